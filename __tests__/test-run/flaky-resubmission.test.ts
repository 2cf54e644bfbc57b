import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DeployPackage, Outcome } from '../../src/deploy/deploy-package.ts'
import type { DeployResult, TestResult } from '../../src/model/deploy-result.ts'
import type { DeploySettings } from '../../src/settings/settings.ts'
import { MemoryLogger } from '../../src/shared/logger.ts'
import { checkTests } from '../../src/test-run/check-tests.ts'
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
  const dir = mkdtempSync(path.join(tmpdir(), 'sfda-resubmit-'))
  const settings = {
    mode: 'validate',
    workspace: dir,
    report: { resultsDir: dir },
    testRun: {
      suites: [],
      onNoTests: 'fail',
      retries: 1,
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
    resubmit: async () => ({
      mode: 'validate',
      deployId: '0Af000000000002AAA',
      notes: [],
      result: resubmission
    })
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
  })
})
