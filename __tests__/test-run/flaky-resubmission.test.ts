import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DeployPackage, Outcome } from '../../src/deploy/deploy-package.ts'
import type { DeployResult, TestResult } from '../../src/model/deploy-result.ts'
import type { DeploySettings } from '../../src/settings/settings.ts'
import { ApiError } from '../../src/shared/errors.ts'
import { MemoryLogger } from '../../src/shared/logger.ts'
import { checkTests, type TestCheckContext } from '../../src/test-run/check-tests.ts'
import { deployResult, ManualClock } from '../support/fakes.ts'

const lockFailure: TestResult = {
  className: 'FooTest',
  methodName: 'saves',
  outcome: 'Fail',
  timeMs: 10,
  message: 'System.DmlException: UNABLE_TO_LOCK_ROW, unable to obtain exclusive access'
}

const failedValidation = (over: Partial<DeployResult>): DeployResult =>
  deployResult({
    status: 'Failed',
    done: true,
    success: false,
    checkOnly: true,
    runTestsEnabled: true,
    ...over
  })

/** A validation whose only failure is a row lock, resubmitted once (retry-validation: true). */
async function resubmittedOnce(resubmission: DeployResult): Promise<Outcome> {
  return resubmitted(async () => ({
    mode: 'validate',
    deployId: '0Af000000000002AAA',
    notes: [],
    result: resubmission
  }))
}

/** The failed validation of one row-lock failure, resubmitted through `resubmit`. */
async function resubmitted(resubmit: TestCheckContext['resubmit'], retries = 1): Promise<Outcome> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sfda-resubmit-'))
  const settings = {
    mode: 'validate',
    workspace: dir,
    report: { resultsDir: dir },
    testRun: {
      suites: [],
      onNoTests: 'fail',
      retries,
      retryValidation: true,
      flakyTests: []
    }
  } as unknown as DeploySettings
  // The test class is in the package, so only a resubmission re-runs it.
  const pkg = {
    components: [{ type: 'ApexClass', fullName: 'FooTest' }]
  } as unknown as DeployPackage
  const first: Outcome = {
    mode: 'validate',
    deployId: '0Af000000000001AAA',
    notes: [],
    result: failedValidation({
      numberTestsTotal: 1,
      numberTestErrors: 1,
      details: {
        componentSuccesses: [],
        componentFailures: [],
        runTestResult: {
          numTestsRun: 1,
          numFailures: 1,
          totalTimeMs: 10,
          tests: [lockFailure],
          coverage: [],
          coverageWarnings: []
        }
      }
    })
  }
  return checkTests(first, {
    settings,
    pkg,
    options: {
      checkOnly: true,
      ignoreWarnings: false,
      purgeOnDelete: false,
      rollbackOnError: true,
      singlePackage: true,
      runTests: []
    },
    rest: () => undefined,
    clock: new ManualClock(),
    logger: new MemoryLogger(),
    resubmit
  })
}

describe('flaky-test retries by resubmission', () => {
  it('does not call a test flaky when the resubmitted run did not run it', async () => {
    // The second validation failed on a component before any test ran.
    const outcome = await resubmittedOnce(
      failedValidation({
        id: '0Af000000000002AAA',
        numberComponentErrors: 1,
        details: {
          componentSuccesses: [],
          componentFailures: [
            {
              componentType: 'ApexClass',
              fullName: 'Foo',
              fileName: 'classes/Foo.cls',
              success: false,
              created: false,
              changed: false,
              deleted: false,
              problemType: 'Error',
              problem: 'Variable does not exist: bar'
            }
          ]
        }
      })
    )
    expect(outcome.testCheck?.retry?.labels[0]).toMatchObject({
      test: 'FooTest.saves',
      verdict: 'not re-run',
      attempts: 0
    })
    expect(outcome.testCheck?.outputs['tests-flaky']).toBe('')
  })

  it('calls a test flaky when the resubmitted run passed it', async () => {
    const outcome = await resubmittedOnce(
      failedValidation({
        id: '0Af000000000002AAA',
        status: 'Succeeded',
        success: true,
        numberTestsTotal: 1,
        numberTestsCompleted: 1,
        details: {
          componentSuccesses: [],
          componentFailures: [],
          runTestResult: {
            numTestsRun: 1,
            numFailures: 0,
            totalTimeMs: 10,
            tests: [{ ...lockFailure, outcome: 'Pass', message: undefined }],
            coverage: [],
            coverageWarnings: []
          }
        }
      })
    )
    expect(outcome.testCheck?.retry?.labels[0]).toMatchObject({
      test: 'FooTest.saves',
      verdict: 'flaky',
      via: 'resubmission'
    })
    expect(outcome.testCheck?.outputs['tests-flaky']).toBe('FooTest.saves')
    // The passing row of the resubmitted run keeps the failure it outgrew, for JUnit.
    const row = outcome.result?.details?.runTestResult?.tests[0]
    expect(row?.outcome).toBe('Pass')
    expect(row?.retryNote).toBe('flaky: passed on retry 1 (resubmitted)')
    expect(row?.flakyFailure).toBe(lockFailure.message)
  })
})

describe('a flaky-test resubmission that throws', () => {
  const refused = new ApiError('INSUFFICIENT_ACCESS', 'no deploy for you', 500)

  it('keeps the first run, says why, and labels the tests it would have re-run', async () => {
    const outcome = await resubmitted(() => Promise.reject(refused))
    expect(outcome.deployId).toBe('0Af000000000001AAA')
    expect(outcome.result?.success).toBe(false)
    const reason = 'the resubmission could not be made: INSUFFICIENT_ACCESS: no deploy for you'
    expect(outcome.testCheck?.retry?.labels[0]).toMatchObject({
      test: 'FooTest.saves',
      verdict: 'not re-run',
      reason
    })
    expect(outcome.result?.details?.runTestResult?.tests[0]?.retryNote).toBe(
      `not re-run (${reason})`
    )
    expect(outcome.testCheck?.retry?.resubmissions).toEqual([])
    expect(outcome.notes).toContain(
      'The resubmission could not be made: INSUFFICIENT_ACCESS: no deploy for you'
    )
    expect(outcome.extraSections?.join('\n')).toContain('This report is of the run before it.')
  })

  it('names a resubmitted run the org created when following it throws', async () => {
    const outcome = await resubmitted((_options, onSubmitted) => {
      onSubmitted?.('0Af000000000002AAA')
      return Promise.reject(refused)
    })
    expect(outcome.deployId).toBe('0Af000000000001AAA')
    expect(outcome.testCheck?.retry?.resubmissions).toEqual(['0Af000000000002AAA'])
    expect(outcome.notes.join('\n')).toContain(
      'The resubmitted validation 0Af000000000002AAA could not be followed: INSUFFICIENT_ACCESS'
    )
    expect(outcome.notes.join('\n')).toContain('mode: report and deploy-id: 0Af000000000002AAA')
  })

  it('keeps the last run that ended when a later resubmission throws', async () => {
    let calls = 0
    const outcome = await resubmitted(() => {
      calls += 1
      if (calls > 1) return Promise.reject(refused)
      return Promise.resolve({
        mode: 'validate',
        deployId: '0Af000000000002AAA',
        notes: [],
        result: failedValidation({
          id: '0Af000000000002AAA',
          numberTestsTotal: 1,
          numberTestErrors: 1,
          details: {
            componentSuccesses: [],
            componentFailures: [],
            runTestResult: {
              numTestsRun: 1,
              numFailures: 1,
              totalTimeMs: 10,
              tests: [lockFailure],
              coverage: [],
              coverageWarnings: []
            }
          }
        })
      })
    }, 2)
    expect(calls).toBe(2)
    expect(outcome.deployId).toBe('0Af000000000002AAA')
    expect(outcome.testCheck?.retry?.labels[0]).toMatchObject({ verdict: 'real', attempts: 1 })
    expect(outcome.testCheck?.retry?.resubmissions).toEqual(['0Af000000000002AAA'])
    expect(outcome.notes.join('\n')).toContain('The resubmission could not be made')
  })
})
