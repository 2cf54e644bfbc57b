import { describe, expect, it } from 'vitest'
import type { ComponentMessage, DeployResult, TestResult } from '../../src/model/deploy-result.ts'
import { buildAnnotations } from '../../src/report/annotations.ts'
import { buildReport, type ReportInput } from '../../src/report/report-model.ts'
import { renderSummary } from '../../src/report/summary.ts'
import { FakeRepo } from '../support/report-builders.ts'

const ok = (
  componentType: string,
  fullName: string,
  fileName: string,
  extra: Partial<ComponentMessage> = {}
): ComponentMessage => ({
  componentType,
  fullName,
  fileName,
  success: true,
  created: false,
  changed: true,
  deleted: false,
  ...extra
})
const bad = (
  componentType: string,
  fullName: string,
  fileName: string,
  extra: Partial<ComponentMessage> = {}
): ComponentMessage => ({
  componentType,
  fullName,
  fileName,
  success: false,
  created: false,
  changed: false,
  deleted: false,
  problemType: 'Error',
  ...extra
})

function result(over: Partial<DeployResult> = {}): DeployResult {
  return {
    id: '0AfTEST0000000001AA',
    status: 'Succeeded',
    done: true,
    success: true,
    checkOnly: false,
    ignoreWarnings: false,
    rollbackOnError: true,
    runTestsEnabled: false,
    createdDate: new Date('2026-01-01T00:00:00Z'),
    startDate: new Date('2026-01-01T00:00:05Z'),
    completedDate: new Date('2026-01-01T00:01:05Z'),
    numberComponentsTotal: 1,
    numberComponentsDeployed: 1,
    numberComponentErrors: 0,
    numberTestsTotal: 0,
    numberTestsCompleted: 0,
    numberTestErrors: 0,
    details: { componentSuccesses: [], componentFailures: [] },
    ...over
  }
}

const repo = new FakeRepo([
  'force-app/main/default/classes/Foo.cls',
  'force-app/main/default/classes/FooTest.cls',
  'force-app/main/default/classes/Outer.cls',
  'force-app/main/default/triggers/AccountTrigger.trigger',
  'force-app/main/default/objects/Account/fields/Score__c.field-meta.xml',
  'force-app/main/default/lwc/card/card.js'
])
const input = (r: DeployResult, over: Partial<ReportInput> = {}): ReportInput => ({
  result: r,
  mode: 'deploy',
  orgLabel: 'acme.my.salesforce.com',
  instanceUrl: 'https://acme.my.salesforce.com/',
  apiVersion: '64.0',
  resolveSource: repo.resolveSource,
  resolveApexSource: repo.resolveApexSource,
  ...over
})

describe('component mapping', () => {
  const failures = [
    bad('CustomField', 'Account.Score__c', 'objects/Account.object', {
      problem: 'Field type invalid',
      lineNumber: 12,
      columnNumber: 4
    }),
    bad('LightningComponentBundle', 'card', 'lwc/card', {
      problem: '[Line: 3, Col: 5] LWC1503: Unexpected token'
    }),
    bad('ApexClass', 'Ghost', 'classes/Ghost.cls', { problem: 'Not in repo', lineNumber: 1 }),
    bad('', 'package.xml', 'package.xml', { problem: 'No package.xml found' })
  ]
  const report = buildReport(
    input(
      result({
        status: 'Failed',
        success: false,
        details: {
          componentFailures: failures,
          // LWC double message (Q19) and the package.xml row (Q12) are not components.
          componentSuccesses: [
            ok('LightningComponentBundle', 'card', 'lwc/card'),
            ok('', 'package.xml', 'package.xml'),
            ok('ApexClass', 'Foo', 'classes/Foo.cls', { created: true })
          ]
        }
      })
    )
  )

  it('puts a field failure reported on objects/Account.object on the field source file', () => {
    expect(report.components.errors.find((e) => e.fullName === 'Account.Score__c')).toMatchObject({
      path: 'force-app/main/default/objects/Account/fields/Score__c.field-meta.xml',
      line: 12,
      column: 4
    })
  })

  it('reads LWC locations from the problem text and keeps unmapped and manifest errors without a file', () => {
    expect(report.components.errors.find((e) => e.fullName === 'card')).toMatchObject({
      path: 'force-app/main/default/lwc/card/card.js',
      line: 3,
      column: 5
    })
    expect(report.components.errors.find((e) => e.fullName === 'Ghost')?.path).toBeUndefined()
    expect(report.components.errors.find((e) => e.manifest)?.path).toBeUndefined()
    const annotations = buildAnnotations(report)
    expect(annotations).toHaveLength(4)
    expect(annotations.filter((a) => a.path)).toHaveLength(2)
    expect(renderSummary(report)).toContain('classes/Ghost.cls (not mapped)')
  })

  it('drops the package.xml row and lets the failure win over a double LWC message', () => {
    expect(report.components.successes.map((s) => s.fullName)).toEqual(['Foo'])
    expect(report.components.byState).toEqual({ Created: 1, Changed: 0, Unchanged: 0, Deleted: 0 })
  })
})

describe('test failures', () => {
  const tests: TestResult[] = [
    {
      className: 'FooTest',
      methodName: 'deep',
      outcome: 'Fail',
      timeMs: 10,
      message: 'System.NullPointerException: Attempt to de-reference a null object',
      stackTrace: 'Class.Foo.run: line 40, column 1\nClass.FooTest.deep: line 8, column 3'
    },
    { className: 'FooTest', outcome: 'Fail', timeMs: 0, message: 'System.DmlException: setup' },
    {
      className: 'OtherTest',
      methodName: 'inner',
      outcome: 'Fail',
      timeMs: 1,
      message: 'boom',
      stackTrace: 'Class.Outer.Inner.go: line 5, column 2'
    },
    {
      className: 'OtherTest',
      methodName: 'trig',
      outcome: 'Fail',
      timeMs: 1,
      message: 'boom',
      stackTrace: 'Trigger.AccountTrigger: line 4, column 1'
    }
  ]
  const report = buildReport(
    input(
      result({
        status: 'Failed',
        success: false,
        details: {
          componentSuccesses: [],
          componentFailures: [],
          runTestResult: {
            numTestsRun: 4,
            numFailures: 4,
            totalTimeMs: 20,
            tests,
            coverage: [],
            coverageWarnings: []
          }
        }
      })
    )
  )

  it('annotates at the first frame in the test class, else the first frame in the repository', () => {
    const [deep, classLevel, inner, trig] = report.tests.failures
    expect(deep?.location).toEqual({
      path: 'force-app/main/default/classes/FooTest.cls',
      line: 8,
      column: 3
    })
    expect(classLevel?.location).toBeUndefined()
    expect(inner?.location).toEqual({
      path: 'force-app/main/default/classes/Outer.cls',
      line: 5,
      column: 2
    })
    expect(trig?.location).toEqual({
      path: 'force-app/main/default/triggers/AccountTrigger.trigger',
      line: 4,
      column: 1
    })
    expect(deep?.exceptionType).toBe('System.NullPointerException')
  })

  it('names class-level failures and keeps them in the summary', () => {
    expect(renderSummary(report)).toContain('`FooTest (class-level)`')
    expect(buildAnnotations(report).map((a) => a.title)).toContain(
      'Test failure: FooTest (class-level)'
    )
  })
})

describe('outcomes and explanations', () => {
  it('maps statuses to check-run conclusions', () => {
    expect(buildReport(input(result())).conclusion).toBe('success')
    expect(
      buildReport(input(result({ status: 'SucceededPartial', success: true }))).conclusion
    ).toBe('failure')
    expect(
      buildReport(
        input(result({ status: 'SucceededPartial', success: true }), { acceptPartial: true })
      ).conclusion
    ).toBe('neutral')
    expect(
      buildReport(input(result({ status: 'Canceled', success: false, canceledByName: 'Ann' })))
        .reasons
    ).toEqual(['The deploy was canceled by Ann.'])
    const running = buildReport(
      input(result({ status: 'InProgress', done: false, success: false }))
    )
    expect(running.conclusion).toBe('timed_out')
    expect(running.reasons[0]).toContain('still running')
  })

  it('says so when Salesforce failed without details, and shows a deploy error first', () => {
    const bare = buildReport(input(result({ status: 'Failed', success: false })))
    expect(bare.reasons[0]).toMatch(/^Salesforce reported Failed without details/)
    const errored = buildReport(
      input(
        result({
          status: 'Failed',
          success: false,
          errorStatusCode: 'UNKNOWN_EXCEPTION',
          errorMessage: 'An unexpected error occurred'
        })
      )
    )
    expect(renderSummary(errored)).toMatch(
      /\*\*Deploy error:\*\* `UNKNOWN_EXCEPTION`: An unexpected error occurred[\s\S]*\*\*Why:\*\*/
    )
  })

  it('links the deploy id to the deployment status page and shows queue and run time', () => {
    const report = buildReport(input(result()))
    expect(report.verdict.deployUrl).toBe(
      'https://acme.my.salesforce.com/lightning/setup/DeployStatus/page?address=%2Fchangemgmt%2FmonitorDeploymentsDetails.apexp%3FasyncId%3D0AfTEST0000000001AA%26retURL%3D%252Fchangemgmt%252FmonitorDeployment.apexp'
    )
    expect(report.verdict).toMatchObject({ queuedMs: 5000, runMs: 60000 })
    expect(renderSummary(report)).toContain('running 1 min 00 s, queued 5 s')
  })

  it('gives a successful validation its quick-deploy handle, and a quick deploy its validation id', () => {
    const validation = buildReport(input(result({ checkOnly: true }), { mode: 'validate' }))
    expect(validation.verdict.validationExpiresAt?.toISOString()).toBe('2026-01-11T00:01:05.000Z')
    expect(renderSummary(validation)).toContain('can be quick-deployed until 2026-01-11 00:01 UTC')
    const quick = buildReport(
      input(result(), { mode: 'quick-deploy', validationId: '0AfVALID000000001AA' })
    )
    expect(renderSummary(quick)).toContain('from validation `0AfVALID000000001AA`')
  })
})

describe('coverage threshold', () => {
  const coverage = [
    {
      name: 'Foo',
      type: 'Class' as const,
      numLocations: 10,
      numLocationsNotCovered: 4,
      linesNotCovered: [3, 4, 5, 9]
    },
    {
      name: 'NotDeployed',
      type: 'Class' as const,
      numLocations: 100,
      numLocationsNotCovered: 0,
      linesNotCovered: []
    },
    {
      name: 'Empty',
      type: 'Class' as const,
      numLocations: 0,
      numLocationsNotCovered: 0,
      linesNotCovered: []
    }
  ]
  const withCoverage = result({
    runTestsEnabled: true,
    details: {
      componentSuccesses: [ok('ApexClass', 'Foo', 'classes/Foo.cls')],
      componentFailures: [],
      runTestResult: {
        numTestsRun: 1,
        numFailures: 0,
        totalTimeMs: 5,
        tests: [{ className: 'FooTest', methodName: 't', outcome: 'Pass', timeMs: 5 }],
        coverage,
        coverageWarnings: []
      }
    }
  })

  it('fails a successful deploy when a deployed class is below the threshold, listing it', () => {
    const report = buildReport(input(withCoverage, { coverageThreshold: 75 }))
    expect(report.coverage.aggregate).toEqual({ covered: 106, total: 110, percent: 96.36 })
    expect(report.coverage.threshold).toMatchObject({
      evaluated: true,
      passed: false,
      aggregateBelow: false
    })
    expect(report.coverage.threshold?.classesBelow.map((e) => e.name)).toEqual(['Foo'])
    expect(report).toMatchObject({ passed: false, conclusion: 'failure' })
    expect(report.reasons[0]).toBe(
      'Coverage below the configured threshold of 75 %: deployed classes and triggers below it (1): Foo 60 %.'
    )
    expect(renderSummary(report)).toContain('## ❌ Deploy failed the coverage threshold')
    expect(report.coverage.entries.map((e) => e.percent)).toEqual([60, 100, undefined])
  })

  it('fails on the aggregate, and passes when everything is at or above it', () => {
    expect(
      buildReport(input(withCoverage, { coverageThreshold: 97 })).coverage.threshold
    ).toMatchObject({ aggregateBelow: true, passed: false })
    expect(buildReport(input(withCoverage, { coverageThreshold: 60 }))).toMatchObject({
      passed: true,
      conclusion: 'success'
    })
  })

  it('is not evaluated without coverage data (quick deploy, no tests)', () => {
    const report = buildReport(input(result(), { coverageThreshold: 75 }))
    expect(report.coverage.threshold).toMatchObject({ evaluated: false, passed: true })
    expect(report.passed).toBe(true)
    expect(report.notes).toEqual([
      'Coverage threshold 75 % not evaluated: no coverage data in this result.'
    ])
  })
})
