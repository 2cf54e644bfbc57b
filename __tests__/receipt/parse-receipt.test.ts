import { describe, expect, it } from 'vitest'
import { buildReceipt, serializeReceipt } from '../../src/receipt/build-receipt.ts'
import { parseReceipt } from '../../src/receipt/parse-receipt.ts'
import { deployResult } from '../support/fakes.ts'

/** A well-formed receipt as JSON, with some fields replaced (undefined drops a field). */
function receiptText(overrides: Record<string, unknown>): string {
  const receipt = buildReceipt({
    mode: 'deploy',
    result: deployResult({
      status: 'Succeeded',
      done: true,
      success: true,
      completedDate: new Date('2026-01-01T10:00:00Z'),
      createdByName: 'Ada'
    }),
    orgId: '00D5g0000000SIMEA2',
    run: { commitSha: 'abc123' },
    now: '2026-01-01T10:00:00Z'
  })
  return JSON.stringify({ ...JSON.parse(serializeReceipt(receipt)), ...overrides })
}

describe('parseReceipt', () => {
  it('accepts a receipt with no deployedBy (the org named no user)', () => {
    expect('receipt' in parseReceipt(receiptText({ deployedBy: null }), 'x')).toBe(true)
  })

  // The drift guard prints these fields in its summary (a code span, a slice of the commit): a
  // receipt that lacks them or holds another type is not a receipt, not a crash mid-deploy.
  it.each([
    ['no deployId', { deployId: undefined }, 'deployId'],
    ['a numeric deployId', { deployId: 42 }, 'deployId'],
    ['no commitSha', { commitSha: undefined }, 'commitSha'],
    ['a commitSha that is not text', { commitSha: { sha: 'abc' } }, 'commitSha'],
    ['a deployedBy that is not text', { deployedBy: ['Ada'] }, 'deployedBy']
  ])('refuses a receipt with %s', (_what, overrides, field) => {
    const parsed = parseReceipt(receiptText(overrides), 'x')
    expect('problem' in parsed && parsed.problem).toContain(field)
  })
})
