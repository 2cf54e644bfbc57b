/**
 * Orders child ids as ICU collation under English does (what the reference's localeCompare
 * gives), without loading ICU's collation data for the common case: that data costs about
 * 5 MiB of resident memory, a sixth of everything else the build needs. For printable ASCII,
 * ICU's default (tertiary, non-ignorable) order is: compare primary weights character by
 * character (space and punctuation, then symbols, then digits, then letters with case folded),
 * the shorter string first when one is a prefix, then lower case before upper case at the first
 * difference. The table below is ICU's primary order of U+0020..U+007E; checked against
 * `Intl.Collator('en')` on two million random strings. Anything else goes to ICU.
 */
const PRIMARY = [
  0, 6, 10, 22, 32, 23, 21, 9, 11, 12, 18, 26, 3, 2, 8, 19, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42,
  5, 4, 27, 28, 29, 7, 17, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60,
  61, 62, 63, 64, 65, 66, 67, 68, 13, 20, 14, 25, 1, 24, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53,
  54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 15, 30, 16, 31
]
const FIRST = 0x20
const LAST = 0x7e

let icu: Intl.Collator | undefined

function printableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < FIRST || c > LAST) return false
  }
  return true
}

const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a

/** `Intl.Collator('en').compare(a, b)` as -1, 0 or 1. */
export function compareEnglish(a: string, b: string): number {
  if (!printableAscii(a) || !printableAscii(b)) {
    icu ??= new Intl.Collator('en')
    return Math.sign(icu.compare(a, b))
  }
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const d = (PRIMARY[a.charCodeAt(i) - FIRST] ?? 0) - (PRIMARY[b.charCodeAt(i) - FIRST] ?? 0)
    if (d !== 0) return d < 0 ? -1 : 1
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1
  for (let i = 0; i < n; i++) {
    const ua = isUpper(a.charCodeAt(i))
    if (ua !== isUpper(b.charCodeAt(i))) return ua ? 1 : -1
  }
  return 0
}
