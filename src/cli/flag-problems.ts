/**
 * Checks a command line's flags before node's parseArgs sees them, so that every unknown flag and
 * every flag missing its value is named at once, with the closest known flag as a suggestion.
 * (parseArgs stops at the first and explains positional arguments instead.)
 */

/** What a command accepts: flags that take a value, and flags that stand alone. */
export interface FlagSpec {
  valued: readonly string[]
  switches: readonly string[]
}

/** Problems with the flags of `argv`, one message per flag, in order; empty when all are known. */
export function flagProblems(argv: readonly string[], spec: FlagSpec): string[] {
  const valued = new Set(spec.valued)
  const known = [...spec.valued, ...spec.switches]
  const problems: string[] = []
  const end = argv.indexOf('--')
  const args = end === -1 ? argv : argv.slice(0, end)
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    if (!arg.startsWith('-') || arg === '-') continue
    const [flag = '', value] = splitFlag(arg)
    const name = knownName(flag, spec)
    if (name === undefined) {
      problems.push(`unknown flag ${flag}${hint(flag, spec, known)}`)
      continue
    }
    if (!valued.has(name) || value !== undefined) continue
    const next = args[i + 1]
    if (next === undefined || next.startsWith('--')) problems.push(`${flag} needs a value`)
    else i++
  }
  return problems
}

/** The flag's name when the command knows it (`--no-x` for a switch x), else undefined. */
function knownName(flag: string, spec: FlagSpec): string | undefined {
  if (!flag.startsWith('--')) return undefined
  const name = flag.slice(2)
  if (spec.valued.includes(name) || spec.switches.includes(name)) return name
  const negated = /^no-(.+)$/.exec(name)?.[1]
  return negated !== undefined && spec.switches.includes(negated) ? negated : undefined
}

/** `--name=value` into its two halves; `--name` alone has no value. */
function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=')
  return eq === -1 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)]
}

function hint(flag: string, spec: FlagSpec, known: readonly string[]): string {
  const negated = /^--no-(.+)$/.exec(flag)?.[1]
  if (negated !== undefined && spec.valued.includes(negated))
    return ` (--${negated} takes a value, it is not a true/false flag)`
  return suggestion(flag.replace(/^-+/, ''), known)
}

function suggestion(name: string, known: readonly string[]): string {
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(name.length / 4)) + 1
  for (const candidate of known) {
    const d = distance(name, candidate)
    if (d < bestDistance) [best, bestDistance] = [candidate, d]
  }
  return best === undefined ? '' : ` (did you mean --${best}?)`
}

/** Levenshtein distance, with a swap of two neighbours counted as one edit (`tset` → `test`). */
function distance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] as number[]
      const up = rows[i - 1] as number[]
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      row[j] = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] ?? 0, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1)
    }
  return (rows[a.length] as number[])[b.length] ?? 0
}

/** One error message for all the problems, or undefined when there are none. */
export function flagError(problems: readonly string[]): string | undefined {
  if (problems.length === 0) return undefined
  if (problems.length === 1) return `${capitalise(problems[0] ?? '')}.`
  return `${problems.length} flags are wrong:\n${problems.map((p) => `  - ${p}`).join('\n')}`
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)
