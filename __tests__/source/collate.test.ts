import { describe, expect, it } from 'vitest'
import { compareEnglish } from '../../src/source/collate.ts'

// The reference orders child ids with localeCompare under English ICU collation; the fast path
// for plain-ASCII ids must give the very same order.
const collator = new Intl.Collator('en')
const ALPHABET = 'aAbBzZ09_-. __cC1x'

/** A small deterministic generator, so a failure can be reproduced. */
function randomIds(count: number, seed: number): string[] {
  let state = seed
  const next = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state
  }
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + (next() % 8) }, () => ALPHABET[next() % ALPHABET.length]).join('')
  )
}

describe('compareEnglish', () => {
  it('orders ASCII ids exactly as Intl.Collator("en") does', () => {
    const ids = randomIds(3_000, 7)
    for (let i = 0; i + 1 < ids.length; i++) {
      const a = ids[i] ?? ''
      const b = ids[i + 1] ?? ''
      expect(Math.sign(compareEnglish(a, b)), `${a} vs ${b}`).toBe(
        Math.sign(collator.compare(a, b))
      )
    }
  })

  it('sorts field names the way the reference converter does, including case and underscores', () => {
    const names = [
      'Zeta__c',
      'alpha__c',
      'Alpha__c',
      'a_b__c',
      'ab__c',
      'A__c',
      'b__c',
      'Name',
      'name'
    ]
    expect([...names].sort(compareEnglish)).toEqual(
      [...names].sort((a, b) => collator.compare(a, b))
    )
  })

  it('falls back to ICU for non-ASCII ids', () => {
    expect(Math.sign(compareEnglish('Éclair', 'eclair'))).toBe(
      Math.sign(collator.compare('Éclair', 'eclair'))
    )
  })
})
