import { describe, expect, it } from 'vitest'
import { parseRetryAfter } from '../../src/http/retry-after.ts'

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z')

  it('reads delay-seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000)
    expect(parseRetryAfter(' 0 ', now)).toBe(0)
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:01:30 GMT', now)).toBe(90_000)
  })

  it('a date in the past means now; absent or unreadable means nothing', () => {
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0)
    for (const value of [undefined, '', '-5', '1.5', 'soon'])
      expect(parseRetryAfter(value, now)).toBeUndefined()
  })
})
