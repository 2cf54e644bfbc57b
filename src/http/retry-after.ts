/**
 * Reads a `Retry-After` header: delay-seconds or an HTTP date. A server that
 * is down for maintenance or rate-limiting says when to come back; polling sooner only adds load
 * and errors. Returns milliseconds from `nowMs`, or undefined when absent or unreadable. Pure.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  const text = value?.trim()
  if (!text) return undefined
  if (/^\d+$/.test(text)) return Number(text) * 1000
  // Only a date with a month name (Date.parse reads "1.5" or "-5" as dates too).
  if (!/[A-Za-z]{3}/.test(text)) return undefined
  const at = Date.parse(text)
  if (Number.isNaN(at)) return undefined
  return Math.max(0, at - nowMs)
}
