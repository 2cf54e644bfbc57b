import { describe, expect, it } from 'vitest'
import type { DeployResult } from '../../src/model/deploy-result.ts'
import { buildReport, type ReportInput } from '../../src/report/report-model.ts'
import { renderSummary } from '../../src/report/summary.ts'
import { headline } from '../../src/report/summary-verdict.ts'
import { deployResult } from '../support/fakes.ts'

const succeeded = (over: Partial<DeployResult> = {}): DeployResult =>
  deployResult({
    status: 'Succeeded',
    done: true,
    success: true,
    numberComponentsDeployed: 10,
    details: {
      componentSuccesses: [
        {
          componentType: 'ApexClass',
          fullName: 'Big',
          fileName: 'classes/Big.cls',
          success: true,
          created: false,
          changed: true,
          deleted: false
        }
      ],
      componentFailures: []
    },
    ...over
  })

const input = (result: DeployResult, over: Partial<ReportInput> = {}): ReportInput => ({
  result,
  mode: 'deploy',
  orgLabel: 'acme.my.salesforce.com',
  instanceUrl: 'https://acme.my.salesforce.com',
  apiVersion: '64.0',
  ...over
})

describe('verdict texts that must not claim what did not happen', () => {
  it('does not blame the coverage threshold when a test check failed the run', () => {
    const report = buildReport(
      input(succeeded(), {
        extraFailures: ['The org ran no Apex tests (test-level RunRelevantTests) although …']
      })
    )
    expect(report.passed).toBe(false)
    expect(report.coverage.threshold).toBeUndefined()
    expect(headline(report)).not.toContain('coverage threshold')
    expect(headline(report)).toBe('❌ Deploy failed the test checks')
  })

  it('still names the coverage threshold when it is what failed', () => {
    const withCoverage = succeeded({
      details: {
        ...succeeded().details!,
        runTestResult: {
          numTestsRun: 1,
          numFailures: 0,
          totalTimeMs: 1,
          tests: [{ className: 'BigTest', methodName: 't', outcome: 'Pass', timeMs: 1 }],
          coverage: [
            {
              type: 'Class',
              name: 'Big',
              numLocations: 10,
              numLocationsNotCovered: 5,
              linesNotCovered: []
            }
          ],
          coverageWarnings: []
        }
      }
    })
    const report = buildReport(
      input(withCoverage, { coverageThreshold: 75, extraFailures: ['guard'] })
    )
    expect(headline(report)).toBe('❌ Deploy failed the coverage threshold')
  })
})

describe('coverage threshold at the rounding edge', () => {
  // 18,000 of 20,001 lines is 89.9955 %: shown as 90 %, but below a 90 % threshold.
  const justBelow = succeeded({
    details: {
      ...succeeded().details!,
      runTestResult: {
        numTestsRun: 1,
        numFailures: 0,
        totalTimeMs: 1,
        tests: [{ className: 'BigTest', methodName: 't', outcome: 'Pass', timeMs: 1 }],
        coverage: [
          {
            type: 'Class',
            name: 'Big',
            numLocations: 20_001,
            numLocationsNotCovered: 2_001,
            linesNotCovered: [7]
          }
        ],
        coverageWarnings: []
      }
    }
  })

  it('fails a class and an aggregate whose exact coverage is below the threshold', () => {
    const report = buildReport(input(justBelow, { coverageThreshold: 90 }))
    expect(report.coverage.aggregate).toEqual({ covered: 18_000, total: 20_001, percent: 90 })
    expect(report.coverage.threshold).toMatchObject({
      evaluated: true,
      passed: false,
      aggregateBelow: true
    })
    expect(report.coverage.threshold?.classesBelow.map((e) => e.name)).toEqual(['Big'])
    expect(report.coverage.entries[0]?.belowThreshold).toBe(true)
    expect(report.passed).toBe(false)
    // The counts row flags the aggregate even though its rounded figure reads 90 %.
    expect(renderSummary(report)).toContain('| 90\u00a0% ⚠ |')
  })

  it('passes at exactly the threshold', () => {
    const exact = succeeded({
      details: {
        ...justBelow.details!,
        runTestResult: {
          ...justBelow.details!.runTestResult!,
          coverage: [
            {
              type: 'Class',
              name: 'Big',
              numLocations: 20_000,
              numLocationsNotCovered: 2_000,
              linesNotCovered: [7]
            }
          ]
        }
      }
    })
    const report = buildReport(input(exact, { coverageThreshold: 90 }))
    expect(report.coverage.threshold).toMatchObject({ passed: true, aggregateBelow: false })
    expect(report.coverage.entries[0]?.belowThreshold).toBe(false)
  })
})
