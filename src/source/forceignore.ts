import { BuildError } from './build-error.ts'
import { invalidPatternReason } from './glob.ts'

/** One parsed line of a .forceignore file. */
interface IgnoreRule {
  negate: boolean
  regex: RegExp
  /**
   * For patterns that can only match the last path segment (such as `*.dup` or `jsconfig.json`):
   * the same pattern anchored on that segment. The full regex starts with an optional "any
   * folders" group that backtracks over the whole path for every file; testing the last segment
   * gives the same answer for a fraction of the cost.
   */
  base?: { regex: RegExp; dirOnly: boolean }
  /** Lower-case text every match contains: a path without it cannot match (a quick test first). */
  literal?: string
}

/**
 * The longest run of plain characters a pattern's matches always contain (slashes next to
 * wildcards may vanish, so runs are taken without their slashes); undefined for none or non-ASCII.
 */
function requiredLiteral(pattern: string): string | undefined {
  let best = ''
  // Character classes match one of their characters: no literal inside them.
  for (const piece of pattern.replace(/\[[^\]]*\]?/g, '*').split(/[*?[\]\\]/)) {
    const run = piece.replace(/^\/+|\/+$/g, '')
    for (const part of run.split('/')) if (part.length > best.length) best = part
  }
  return best.length >= 2 && /^[\x20-\x7e]+$/.test(best) ? best.toLowerCase() : undefined
}

const NON_ASCII = /[^\t-\x7f]/

/** Characters `.` does not match: a path holding one must go through the full regex. */
const LINE_BREAK = /[\n\r\u2028\u2029]/

/**
 * Patterns the reference prepends whenever a .forceignore file exists (not when there is
 * none): duplicates, every dot-file or dot-folder (but the CLI's own `.sf` state), and the
 * package descriptors.
 */
export const DEFAULT_IGNORE_LINES = [
  '**/*.dup',
  '**/.*',
  '!.sf',
  '**/.sf/**',
  '!**/.sf/orgs',
  '!**/.sf/orgs/**',
  '**/.sf/orgs/*/**',
  '!**/.sf/orgs/*/remoteMetadata',
  '!**/.sf/orgs/*/remoteMetadata/**',
  '**/package2-descriptor.json',
  '**/package2-manifest.json'
]

/**
 * A character class as the reference's matcher (node-ignore) builds it: a leading `!` or `^` is
 * a literal character there, not a negation (`[!a]` matches `!` or `a`).
 */
function classToRegex(body: string): string {
  return `[${body.replace(/^\^/, '\\^').replace(/\\/g, '\\\\')}]`
}

/**
 * Converts one gitignore pattern (without `!`; a folder-only pattern keeps its trailing `/`) to
 * a regex source, as node-ignore reads it: `**` spans folders only as a whole segment (a leading
 * `**\/`, a `/**` before a `/` or at the end); anywhere else (`a**b`, `/**Test`) each star stays
 * inside one segment. A trailing `/*` needs at least one character, so `dir/*` ignores what is in
 * `dir` but not `dir` itself (a later `!dir/keep` can bring a file back).
 */
function patternBody(pattern: string, anchored: boolean): string {
  let p = pattern
  if (p.startsWith('/')) p = p.slice(1)
  let re = ''
  let i = 0
  if (p.startsWith('**/')) {
    re += '(?:.*/)?'
    i = 3
  } else if (!anchored) re += '(?:.*/)?'
  while (i < p.length) {
    const c = p[i] ?? ''
    if (p.startsWith('/**', i) && (i + 3 === p.length || p[i + 3] === '/')) {
      re += i + 3 === p.length ? '/.+' : '(?:/[^/]+)*'
      i += 3
      continue
    }
    if (c === '*') {
      re += p[i - 1] === '/' && i + 1 === p.length ? '[^/]+' : '[^/]*'
      i++
      continue
    }
    if (c === '?') re += '[^/]'
    else if (c === '\\' && i + 1 < p.length) {
      re += (p[i + 1] ?? '').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
      i++
    } else if (c === '[') {
      const end = p.indexOf(']', i + 1)
      if (end === -1) re += '\\['
      else {
        re += classToRegex(p.slice(i + 1, end))
        i = end
      }
    } else re += c.replace(/[.+^${}()|\]\\]/g, '\\$&')
    i++
  }
  return re
}

/**
 * The pattern for the last path segment when `pattern` (without `!` and trailing `/`) can only
 * match that segment: no `/` other than after a leading double star, no other double star, and no character class (a
 * class such as `[^a]` could match a `/`).
 */
function segmentPattern(pattern: string): string | undefined {
  const rest = pattern.startsWith('**/') ? pattern.slice(3) : pattern
  if (rest === '' || /[/[]|\*\*|\\/.test(rest)) return undefined
  return rest
}

/**
 * The case-insensitive RegExp of a pattern's regex source. A class such as `[z-a]` makes none:
 * that is an error naming the file and the line, not a SyntaxError showing a regex nobody wrote.
 */
function patternRegExp(source: string, file: string, line: string): RegExp {
  try {
    return new RegExp(source, 'i')
  } catch (error) {
    throw new BuildError([
      `${file}: "${line.trim()}" is not a valid pattern (${invalidPatternReason(error)}); fix or remove the line.`
    ])
  }
}

/** A .forceignore matcher with gitignore semantics, relative to the folder holding the file. */
export class ForceIgnore {
  private readonly rules: IgnoreRule[] = []
  private readonly dirCache = new Map<string, boolean>()
  /** Lines that earned a warning (backslash separators). */
  readonly warnings: string[] = []

  private readonly quick: boolean

  /**
   * `text`: the file's content; `withDefaults`: prepend DEFAULT_IGNORE_LINES (the reference
   * does); `quick`: skip a pattern whose required text is absent (off only to check that it never
   * changes an answer).
   */
  constructor(text: string, file = '.forceignore', withDefaults = true, quick = true) {
    this.quick = quick
    const lines = [...(withDefaults ? DEFAULT_IGNORE_LINES : []), ...text.split(/\r?\n/)]
    for (const rawLine of lines) this.addLine(rawLine, file)
  }

  private addLine(rawLine: string, file: string): void {
    // A line ending in one backslash is no pattern for node-ignore: skipped.
    if (/(?:[^\\]|^)\\$/.test(rawLine)) return
    let line = rawLine.replace(/(?<!\\)\s+$/, '')
    if (line === '' || rawLine.startsWith('#')) return
    if (/\\(?![*?[\]!# \\])/.test(line)) {
      this.warnings.push(`${file}: "${line}" uses a backslash; patterns take "/" as the separator.`)
    }
    const negate = line.startsWith('!')
    if (negate) line = line.slice(1)
    if (line.startsWith('\\!') || line.startsWith('\\#')) line = line.slice(1)
    // node-ignore decides on the untrimmed line whether a pattern is anchored (a `/` before its
    // end): `__tests__/ ` with a trailing space only matches a top-level `__tests__`.
    const untrimmed = rawLine.slice(negate ? 1 : 0)
    const anchored = /\/(?!$)/.test(untrimmed.replace(/^\\([!#])/, '$1'))
    const dirOnly = line.endsWith('/')
    // A lone `!` is node-ignore's empty pattern, which matches every path: all is re-included
    // that no ignored folder hides.
    if (negate && line === '') {
      this.rules.push({ negate, regex: /(?:)/ })
      return
    }
    if ((dirOnly ? line.slice(0, -1) : line) === '') return
    // A folder-only pattern keeps its `/` in the body so that `a/**/` also matches `a/` itself.
    const rule: IgnoreRule = {
      negate,
      regex: patternRegExp(`^${patternBody(line, anchored)}${dirOnly ? '$' : '/?$'}`, file, rawLine)
    }
    if (dirOnly) line = line.slice(0, -1)
    const literal = this.quick ? requiredLiteral(line) : undefined
    if (literal !== undefined) rule.literal = literal
    const segment = anchored ? undefined : segmentPattern(line)
    if (segment !== undefined)
      rule.base = {
        regex: patternRegExp(`^${patternBody(segment, false)}$`, file, rawLine),
        dirOnly
      }
    this.rules.push(rule)
  }

  private test(candidate: string): boolean | undefined {
    let result: boolean | undefined
    let last: string | undefined
    const slashEnd = candidate.endsWith('/')
    const plain = !LINE_BREAK.test(candidate)
    // Case-insensitive matching folds a few non-ASCII letters to ASCII: no quick test then.
    const lower = NON_ASCII.test(candidate) ? undefined : candidate.toLowerCase()
    for (const rule of this.rules) {
      if (rule.negate ? result === true : result !== true) {
        let hit: boolean
        if (lower !== undefined && rule.literal !== undefined && !lower.includes(rule.literal))
          hit = false
        else if (rule.base && plain) {
          if (last === undefined) {
            const end = slashEnd ? candidate.length - 1 : candidate.length
            last = candidate.slice(candidate.lastIndexOf('/', end - 1) + 1, end)
          }
          hit = (slashEnd || !rule.base.dirOnly) && rule.base.regex.test(last)
        } else hit = rule.regex.test(candidate)
        if (hit) result = !rule.negate
      }
    }
    return result
  }

  private dirIgnored(dir: string): boolean {
    const cached = this.dirCache.get(dir)
    if (cached !== undefined) return cached
    const slash = dir.lastIndexOf('/')
    const ignored =
      (slash !== -1 && this.dirIgnored(dir.slice(0, slash))) || this.test(`${dir}/`) === true
    this.dirCache.set(dir, ignored)
    return ignored
  }

  /** Whether a file (posix path relative to the .forceignore folder) is ignored; ignored folders hide their content. */
  ignores(path: string): boolean {
    const slash = path.lastIndexOf('/')
    if (slash !== -1 && this.dirIgnored(path.slice(0, slash))) return true
    return this.test(path) === true
  }

  /** Whether a folder is ignored (tested as `dir/`, and through its parents). */
  ignoresDir(dir: string): boolean {
    return this.dirIgnored(dir)
  }
}
