/**
 * JSON serialisation for REST answers. Doubles (`Dbl`) keep their decimal point (`0.0`, `712.0`),
 * as the recorded REST body shows; everything else is plain JSON.
 */
import { Dbl } from '../core/soap-xml.ts'

/** Serialises a value to JSON, rendering `Dbl` values with a decimal point. */
export function toJson(value: unknown): string {
  if (value instanceof Dbl) return value.toString()
  if (value === null || value === undefined) return 'null'
  if (Array.isArray(value)) return `[${value.map((item) => toJson(item)).join(',')}]`
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([, v]) => v !== undefined
    )
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}
