/**
 * Salesforce-style record ids: 15 significant characters plus a 3-character case checksum.
 * The simulator mints them from a counter, so ids are deterministic within one simulator
 * instance.
 */

const CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345'
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** Expands a 15-character id to its 18-character form (case checksum suffix). */
export function to18(id15: string): string {
  if (id15.length !== 15) return id15
  let suffix = ''
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0
    for (let i = 0; i < 5; i++) {
      const ch = id15.charAt(chunk * 5 + i)
      if (ch >= 'A' && ch <= 'Z') bits |= 1 << i
    }
    suffix += CHECKSUM_ALPHABET.charAt(bits)
  }
  return id15 + suffix
}

/** The 15-character prefix of an id (what `createdBy` carries). */
export function to15(id: string): string {
  return id.slice(0, 15)
}

/** Key prefixes of the record types the simulator mints ids for. */
export const KEY_PREFIX = {
  deployRequest: '0Af',
  retrieveRequest: '09S',
  user: '005',
  organization: '00D',
  queryLocator: '01g'
} as const

/** Mints unique 18-character ids per key prefix; `pod` keeps ids of different sims apart. */
export class IdMinter {
  private counter = 0
  private readonly pod: string

  constructor(pod = '5g') {
    this.pod = pod
  }

  /** A new id with the given 3-character key prefix. */
  next(prefix: string): string {
    this.counter += 1
    let n = this.counter
    let digits = ''
    for (let i = 0; i < 6; i++) {
      digits = BASE62.charAt(n % 62) + digits
      n = Math.floor(n / 62)
    }
    return to18(`${prefix}${this.pod}0000${digits}`.slice(0, 15))
  }
}

/** True when `id` looks like a Salesforce id (15 or 18 alphanumerics). */
export function isIdShaped(id: string): boolean {
  return /^[A-Za-z0-9]{15}([A-Za-z0-9]{3})?$/.test(id)
}

/** Compares two ids on their 15-character (case-sensitive) prefix. */
export function sameId(a: string, b: string): boolean {
  return to15(a) === to15(b)
}
