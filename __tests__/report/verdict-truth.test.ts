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

/** A success whose one test covered class Big: `numLocations` lines, `notCovered` of them not. */
const coveringBig = (
  numLocations: number,
  notCovered: number,
  lines: number[] = []
): DeployResult =>
  succeeded({
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
            numLocations,
            numLocationsNotCovered: notCovered,
            linesNotCovered: lines
          }
        ],
        coverageWarnings: []
      }
    }
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
    const withCoverage = coveringBig(10, 5)
    const report = buildReport(
      input(withCoverage, { coverageThreshold: 75, extraFailures: ['guard'] })
    )
    expect(headline(report)).toBe('❌ Deploy failed the coverage threshold')
  })
})

describe('coverage threshold at the rounding edge', () => {
  // 18,000 of 20,001 lines is 89.9955 %: shown as 90 %, but below a 90 % threshold.
  const justBelow = coveringBig(20_001, 2_001, [7])

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
    const exact = coveringBig(20_000, 2_000, [7])
    const report = buildReport(input(exact, { coverageThreshold: 90 }))
    expect(report.coverage.threshold).toMatchObject({ passed: true, aggregateBelow: false })
    expect(report.coverage.entries[0]?.belowThreshold).toBe(false)
  })
})
