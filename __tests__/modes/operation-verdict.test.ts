import { describe, expect, it } from 'vitest'
import type { Outcome } from '../../src/deploy/deploy-package.ts'
import { operationVerdict } from '../../src/modes/operation/operation-verdict.ts'
import type { Report } from '../../src/report/report-types.ts'
import { deployResult } from '../support/fakes.ts'

const outcome = (extra: Partial<Outcome> = {}): Outcome => ({
  mode: 'deploy',
  deployId: '0Af000000000001AAA',
  notes: [],
  ...extra
})
const report = (passed: boolean, failures: string[] = []) => ({
  report: { passed } as Report,
  failures
})

describe('operationVerdict', () => {
  it("takes the report's verdict when the org answered, even over a clean result", () => {
    const clean = outcome({
      result: deployResult({
        status: 'Succeeded',
        done: true,
        success: true,
        numberComponentsDeployed: 10
      })
    })
    expect(operationVerdict(clean, 10, report(true))).toEqual({ success: true })
    expect(
      operationVerdict(clean, 10, report(false, ['Coverage 60 % is below the threshold 75 %.']))
    ).toEqual({ success: false, message: 'Coverage 60 % is below the threshold 75 %.' })
  })

  it('names the org failure first, then the report failures', () => {
    const failed = outcome({
      result: deployResult({ status: 'Failed', done: true, success: false, errorMessage: 'Boom' })
    })
    const verdict = operationVerdict(failed, 10, report(false, ['A test guard failure.']))
    expect(verdict.success).toBe(false)
    expect(verdict.message?.split('\n')).toEqual([
      expect.stringContaining('Boom'),
      'A test guard failure.'
    ])
  })

  it('without a report: wait 0 and an empty delta pass, a timeout fails with how to follow it', () => {
    expect(operationVerdict(outcome({ submitted: true }), 0, undefined)).toEqual({ success: true })
    expect(operationVerdict(outcome({ nothingToDeploy: 'no change' }), 10, undefined)).toEqual({
      success: true
    })
    const timedOut = operationVerdict(outcome({ timedOut: {} }), 5, undefined)
    expect(timedOut.success).toBe(false)
    expect(timedOut.message).toMatch(/5-minute wait limit.*mode: report/)
  })
})
