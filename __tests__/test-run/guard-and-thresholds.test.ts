/**
 * The zero-test guard on runs that stopped before their tests, and the flow and guard
 * thresholds judged on counts (docs/reports.md: "Thresholds are judged on the line counts").
 */
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import type { DeployResult, FlowCoverage } from '../../src/model/deploy-result.ts'
import { toCoberturaXml } from '../../src/report/cobertura.ts'
import { buildReport } from '../../src/report/report-model.ts'
import { flowCobertura, flowFailures } from '../../src/test-run/flow-coverage.ts'
import { zeroTestProblems } from '../../src/test-run/zero-tests.ts'

function run(over: Partial<DeployResult>, coverage: [string, number, number][] = []): DeployResult {
  const tested = coverage.length > 0
  return {
    id: '0Af000000000001AAA',
    status: 'Succeeded',
    done: true,
    success: true,
    checkOnly: true,
    ignoreWarnings: false,
    rollbackOnError: true,
    runTestsEnabled: true,
    numberComponentsTotal: 1,
    numberComponentsDeployed: 1,
    numberComponentErrors: 0,
    numberTestsTotal: tested ? 1 : 0,
    numberTestsCompleted: tested ? 1 : 0,
    numberTestErrors: 0,
    details: {
      componentSuccesses: [],
      componentFailures: [],
      ...(tested
        ? {
            runTestResult: {
              numTestsRun: 1,
              numFailures: 0,
              totalTimeMs: 1,
              tests: [],
              coverage: coverage.map(([name, numLocations, numLocationsNotCovered]) => ({
                name,
                type: 'Class' as const,
                numLocations,
                numLocationsNotCovered,
                linesNotCovered: []
              })),
              coverageWarnings: []
            }
          }
        : {})
    },
    ...over
  }
}

const flow = (numElements: number, notCovered: number): FlowCoverage => ({
  flowName: 'Tax',
  numElements,
  numElementsNotCovered: notCovered,
  elementsNotCovered: []
})

const guard = {
  testLevel: 'RunRelevantTests',
  autoSelected: false,
  changedApex: [{ type: 'ApexClass' as const, name: 'Orphan' }],
  isTestClass: (name: string) => name.endsWith('Test')
}

describe('the zero-test guard on runs that stopped before their tests', () => {
  it('does not blame zero tests on a canceled deploy or one that failed on its components', () => {
    // Still fires on the silent green it exists for.
    expect(zeroTestProblems({ ...guard, result: run({}) })).toHaveLength(1)
    // A deploy canceled in Setup ran no test because it was canceled: with on-no-tests:
    // rerun-local a problem here would submit the package again as a real deploy.
    expect(
      zeroTestProblems({ ...guard, result: run({ status: 'Canceled', success: false }) })
    ).toEqual([])
    // Component errors stop the deploy before the tests; the org's own errors explain it.
    expect(
      zeroTestProblems({
        ...guard,
        result: run({
          status: 'Failed',
          success: false,
          numberComponentErrors: 1,
          numberComponentsDeployed: 0,
          details: {
            componentSuccesses: [],
            componentFailures: [
              {
                componentType: 'ApexClass',
                fullName: 'Orphan',
                fileName: 'classes/Orphan.cls',
                success: false,
                created: false,
                changed: false,
                deleted: false,
                problem: 'Unexpected token',
                problemType: 'Error'
              }
            ]
          }
        })
      })
    ).toEqual([])
  })
})

describe('thresholds judged on counts, not on a floating-point percent', () => {
  it('passes a flow exactly at flow-coverage-threshold', () => {
    // 57 of 100 elements is 57 %, but (57 / 100) * 100 is 56.99999999999999 in floating point.
    expect(flowFailures([flow(100, 43)], 57)).toEqual([])
    expect(flowFailures([flow(40, 17)], 57.5)).toEqual([])
    expect(flowFailures([flow(100, 44)], 57)).toHaveLength(1)
  })

  it('passes a changed class exactly at coverage-threshold', () => {
    expect(
      zeroTestProblems({ ...guard, threshold: 29, result: run({}, [['Orphan', 100, 71]]) })
    ).toEqual([])
    expect(
      zeroTestProblems({ ...guard, threshold: 29, result: run({}, [['Orphan', 100, 72]]) })[0]
    ).toContain('Orphan (28%)')
  })
})

describe('the flow coverage file', () => {
  it('writes its timestamp in milliseconds, as Cobertura and our Apex coverage file do', () => {
    const at = new Date('2026-04-06T02:02:22.500Z')
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' })
    const timestamp = (xml: string): number =>
      Number((parser.parse(xml) as { coverage: { timestamp: string } }).coverage.timestamp)
    const apex = toCoberturaXml(
      buildReport({
        result: run({ completedDate: at }),
        mode: 'validate',
        orgLabel: 'acme.my.salesforce.com',
        instanceUrl: 'https://acme.my.salesforce.com',
        apiVersion: '66.0'
      })
    )
    expect(timestamp(apex)).toBe(at.getTime())
    expect(timestamp(flowCobertura([flow(4, 1)], () => undefined, at))).toBe(at.getTime())
  })
})
