/**
 * Salesforce org ids come as 15 characters (case-sensitive, e.g. the access-token prefix) or 18
 * (case-safe, e.g. the identity URL). Records store 18; comparisons use the 15-character prefix.
 */
const ID = /^00D[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$/

/** True for a 15- or 18-character org id. */
export function isOrgId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value)
}

/** Whether two org ids (15 or 18 characters) name the same org. */
export function sameOrg(a: string, b: string): boolean {
  return a.slice(0, 15) === b.slice(0, 15)
}
