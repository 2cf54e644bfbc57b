import type { Leaf } from './wire.ts'

/** Text of a leaf; undefined for null, nil or absent. Numbers and booleans become their text. */
export function text(value: Leaf): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'object') return undefined // {'@_nil': 'true'} or an unexpected element
  return String(value)
}

/** Text that treats '' as absent (fields where empty carries no meaning). */
export function nonEmpty(value: Leaf): string | undefined {
  const t = text(value)
  return t === '' ? undefined : t
}

/** Boolean from true/false or 'true'/'false'; anything else is `fallback`. */
export function bool(value: Leaf, fallback = false): boolean {
  if (typeof value === 'boolean') return value
  const t = text(value)
  if (t === 'true') return true
  if (t === 'false') return false
  return fallback
}

/** Number from a number or numeric string ('0.0', '-1.0', '6'); undefined otherwise. */
export function num(value: Leaf): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  const t = text(value)
  if (t === undefined || t.trim() === '') return undefined
  const n = Number(t)
  return Number.isFinite(n) ? n : undefined
}

/** Positive line or column; null, -1 and 0 mean "not located". */
export function location(value: Leaf): number | undefined {
  const n = num(value)
  return n !== undefined && n > 0 ? n : undefined
}

/** Date from SOAP `...000Z` or REST `...000+0000` (offset without a colon). */
export function date(value: Leaf): Date | undefined {
  const t = nonEmpty(value)
  if (t === undefined) return undefined
  const iso = t.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? undefined : d
}

/**
 * Longest org text kept (an error message, a component problem, a test message or stack trace).
 * The org may answer with megabytes in one of them; uncut, it would become a log line, an
 * annotation and a summary of that size and hold that much memory several times over. Real
 * messages stay below a few KiB, and deploy-result.json keeps everything up to this cap.
 */
export const MAX_ORG_TEXT = 32_768

/** An org text cut to MAX_ORG_TEXT characters, saying how much was cut. */
export function capOrgText(value: string | undefined): string | undefined {
  if (value === undefined || value.length <= MAX_ORG_TEXT) return value
  return `${value.slice(0, MAX_ORG_TEXT)}… [${value.length - MAX_ORG_TEXT} more characters cut]`
}
