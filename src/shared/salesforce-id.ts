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
