/**
 * Small pure readers for input values. Each returns the parsed value or records a problem in
 * `problems` (input name, the value when it is not secret, what was expected) and returns undefined.
 */
export type Problems = string[]

const TRUE = new Set(['true', 'True', 'TRUE'])
const FALSE = new Set(['false', 'False', 'FALSE'])

/** YAML 1.2 core booleans, as the runner's getBooleanInput accepts them. */
export function readBoolean(name: string, value: string, problems: Problems): boolean {
  if (TRUE.has(value.trim())) return true
  if (FALSE.has(value.trim())) return false
  problems.push(`${name}: got "${value}", expected true or false.`)
  return false
}

/** One of a fixed set of words (case-sensitive, as Salesforce is). */
export function readChoice<T extends string>(
  name: string,
  value: string,
  choices: readonly T[],
  problems: Problems
): T | undefined {
  const trimmed = value.trim()
  if ((choices as readonly string[]).includes(trimmed)) return trimmed as T
  const hint = choices.find((c) => c.toLowerCase() === trimmed.toLowerCase())
  problems.push(
    `${name}: got "${value}", expected one of ${choices.join(', ')}` +
      (hint ? ` (did you mean ${hint}?)` : '') +
      '.'
  )
  return undefined
}

/** A number within bounds; empty is a problem because action.yml gives every such input a default. */
export function readNumber(
  name: string,
  value: string,
  bounds: { min: number; max: number },
  problems: Problems
): number | undefined {
  const n = Number(value.trim())
  if (value.trim() === '' || !Number.isFinite(n) || n < bounds.min || n > bounds.max) {
    problems.push(`${name}: got "${value}", expected a number from ${bounds.min} to ${bounds.max}.`)
    return undefined
  }
  return n
}

/** A whole number within bounds: a count such as a number of re-runs has no fractional part. */
export function readInteger(
  name: string,
  value: string,
  bounds: { min: number; max: number },
  problems: Problems
): number | undefined {
  const n = readNumber(name, value, bounds, problems)
  if (n === undefined || Number.isInteger(n)) return n
  problems.push(
    `${name}: got "${value}", expected a whole number from ${bounds.min} to ${bounds.max}.`
  )
  return undefined
}

/** Splits a list given with commas, spaces or newlines (all three work). */
export function splitList(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

/** Splits a list given one per line or with commas; spaces stay inside items (paths may have them). */
export function splitPaths(value: string): string[] {
  return value
    .split(/[\n,]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

/** Optional text: empty means undefined. */
export function optional(value: string): string | undefined {
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed
}
