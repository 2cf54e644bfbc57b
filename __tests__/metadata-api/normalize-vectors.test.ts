import { describe, expect, it } from 'vitest'
import { normalizeDeployResult } from '../../src/metadata-api/normalize.ts'
import { parseSoapResponse } from '../../src/metadata-api/soap/parse.ts'
import type * as wire from '../../src/metadata-api/wire.ts'
import { vectorText as read } from '../support/fixtures.ts'

const soap = (name: string) => {
  const answer = parseSoapResponse(read(name))
  if (answer.kind !== 'result') throw new Error('fault')
  return normalizeDeployResult(answer.result as wire.DeployResult)
}
const cli = (name: string) =>
  normalizeDeployResult((JSON.parse(read(name)) as { result: wire.DeployResult }).result)

describe('normalising the recorded vectors', () => {
  it('reads a pending validation without inventing a test run', () => {
    const r = soap('soap-checkDeployStatus-pending.xml')
    expect(r).toMatchObject({
      status: 'Pending',
      done: false,
      checkOnly: true,
      numberComponentsTotal: 0
    })
    expect(r.startDate).toBeUndefined()
    expect(r.details?.runTestResult).toBeUndefined()
  })

  it('reads an in-progress deploy', () => {
    const r = soap('soap-checkDeployStatus-inprogress.xml')
    expect(r).toMatchObject({
      status: 'InProgress',
      done: false,
      numberComponentsDeployed: 2,
      numberComponentsTotal: 3
    })
    expect(r.startDate).toBeInstanceOf(Date)
  })

  it('keeps the empty componentType of the package.xml message', () => {
    const r = soap('soap-checkDeployStatus-succeeded.xml')
    expect(r).toMatchObject({ status: 'Succeeded', done: true, success: true })
    const manifest = r.details?.componentSuccesses.find((m) => m.fileName.endsWith('package.xml'))
    expect(manifest?.componentType).toBe('')
    expect(r.details?.componentSuccesses.map((m) => m.componentType)).toContain('ApexSettings')
  })

  it('reads a failure with zero counted errors (no package.xml)', () => {
    const r = soap('soap-checkDeployStatus-failed-no-package-xml.xml')
    expect(r).toMatchObject({
      status: 'Failed',
      done: true,
      success: false,
      numberComponentErrors: 0
    })
    expect(r.details?.componentFailures).toEqual([
      expect.objectContaining({
        fileName: 'package.xml',
        problem: 'No package.xml found',
        problemType: 'Error'
      })
    ])
    expect(r.details?.componentFailures[0]?.lineNumber).toBeUndefined()
  })

  it('reads the invalid-session fault despite the leading newline', () => {
    expect(parseSoapResponse(read('soap-fault-invalid-session-id.xml'))).toEqual({
      kind: 'fault',
      code: 'INVALID_SESSION_ID',
      message: 'Invalid Session ID found in SessionHeader: Illegal Session'
    })
  })

  it('reads the queued deploy response id', () => {
    const answer = parseSoapResponse(read('soap-deployResponse-queued.xml'))
    expect(answer).toMatchObject({
      kind: 'result',
      result: { id: '0Af3B00001CMyfASAT', state: 'Queued', done: 'false' }
    })
  })

  it('reads the REST body: native types, explicit nulls, +0000 dates', () => {
    const body = JSON.parse(read('rest-deployRequest-get-includeDetails-succeeded.json')) as {
      id: string
      deployResult: wire.DeployResult
    }
    const r = normalizeDeployResult(body.deployResult)
    expect(r).toMatchObject({ status: 'Succeeded', done: true, success: true, checkOnly: true })
    expect(r.completedDate?.toISOString()).toMatch(/^2021-05-10T/)
    expect(r.details?.componentSuccesses.length).toBeGreaterThan(0)
  })

  it('reads a test failure with its stack trace and coverage lines', () => {
    const r = cli('sfcli-deploy-test-failure.json')
    const tests = r.details?.runTestResult
    expect(r.numberFiles).toBe(6)
    expect(tests?.numFailures).toBe(1)
    const failure = tests?.tests.find((t) => t.outcome === 'Fail')
    expect(failure).toMatchObject({
      className: 'MyClassNameTest',
      methodName: 'failure',
      stackTrace: 'Class.MyClassNameTest.failure: line 10, column 1',
      timeMs: 129
    })
    expect(failure?.namespace).toBeUndefined()
    const coverage = tests?.coverage.find((c) => c.name === 'MyClassName')
    expect(coverage).toMatchObject({
      type: 'Class',
      numLocations: 1,
      numLocationsNotCovered: 1,
      linesNotCovered: [2]
    })
    expect(coverage?.linesCovered).toBeUndefined()
  })

  it('reads two located compile errors on one class', () => {
    const r = cli('sfcli-deploy-component-failure.json')
    expect(r.numberComponentErrors).toBe(2)
    const failures = r.details?.componentFailures ?? []
    expect(failures).toHaveLength(2)
    for (const f of failures) {
      expect(f.fileName).toBe('classes/MyClassName.cls')
      expect(f.lineNumber).toBeGreaterThan(0)
      expect(f.columnNumber).toBeGreaterThan(0)
    }
  })

  it('reads coverage warnings: the org-wide one has no name', () => {
    const r = cli('sfcli-validate-coverage-warnings.json')
    const tests = r.details?.runTestResult
    expect(r).toMatchObject({ status: 'Failed', success: false, checkOnly: true })
    expect(tests?.tests.filter((t) => t.outcome === 'Pass')).toHaveLength(49)
    expect(tests?.coverage).toHaveLength(31)
    expect(tests?.coverage.filter((c) => c.type === 'Trigger')).toHaveLength(2)
    const orgWide = tests?.coverageWarnings.filter((w) => w.name === undefined)
    expect(orgWide).toHaveLength(1)
    expect(orgWide?.[0]?.message).toMatch(
      /^Average test coverage across all Apex Classes and Triggers is 68%/
    )
    expect(tests?.coverageWarnings).toHaveLength(3)
  })
})
