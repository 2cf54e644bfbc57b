/**
 * Salesforce org ids come as 15 characters (case-sensitive, e.g. the access-token prefix) or 18
 * (case-safe, e.g. the identity URL). Records store 18; comparisons use the 15-character prefix.
 */

const ID = /^00D[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$/
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345'

/** True for a 15- or 18-character org id. */
export function isOrgId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value)
}

/** The 18-character form: each 5-character chunk adds one letter encoding its upper-case positions. */
export function orgId18(id: string): string {
  if (id.length === 18) return id
  let suffix = ''
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0
    for (let i = 0; i < 5; i++) {
      const c = id.charAt(chunk * 5 + i)
      if (c >= 'A' && c <= 'Z') bits |= 1 << i
    }
    suffix += SUFFIX_ALPHABET.charAt(bits)
  }
  return id + suffix
}

/** Whether two org ids (15 or 18 characters) name the same org. */
export function sameOrg(a: string, b: string): boolean {
  return a.slice(0, 15) === b.slice(0, 15)
}
