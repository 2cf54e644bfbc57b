/**
 * Salesforce record ids come as 15 case-sensitive characters or 18 case-safe ones: the 15 plus a
 * 3-character checksum of which letters are upper case. https://help.salesforce.com/s/articleView?id=000385008
 */
const CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345'

/** The 18-character form of a 15-character id; any other length comes back unchanged. */
export function to18(id: string): string {
  if (id.length !== 15) return id
  let suffix = ''
  for (let block = 0; block < 3; block++) {
    let bits = 0
    for (let i = 0; i < 5; i++) {
      const ch = id.charAt(block * 5 + i)
      if (ch >= 'A' && ch <= 'Z') bits |= 1 << i
    }
    suffix += CHECKSUM_ALPHABET.charAt(bits)
  }
  return id + suffix
}

/**
 * The case-safe reading of an 18-character id: the first 15 characters in the case the checksum
 * records, with the checksum after them. 18-character ids exist for tools that ignore case, so
 * `00D5G0000000SIMEA2` (upper-cased by a spreadsheet or a data warehouse) is still the id
 * `00D5g0000000SIMEA2`. Undefined when the last 3 characters cannot be the checksum of the first
 * 15 (a character outside A-Z and 0-5, or a digit where the checksum says upper-case letter): the
 * id was cut or mistyped. Any other length comes back unchanged.
 */
export function caseSafeId(id: string): string | undefined {
  if (id.length !== 18) return id
  let restored = ''
  for (let block = 0; block < 3; block++) {
    const bits = CHECKSUM_ALPHABET.indexOf(id.charAt(15 + block).toUpperCase())
    if (bits < 0) return undefined
    for (let i = 0; i < 5; i++) {
      const ch = id.charAt(block * 5 + i)
      const upper = (bits & (1 << i)) !== 0
      const letter = ch.toLowerCase() !== ch.toUpperCase()
      if (upper && !letter) return undefined
      restored += upper ? ch.toUpperCase() : ch.toLowerCase()
    }
  }
  return to18(restored)
}
