/**
 * Repeated structures of a DeployResult can hold an empty entry (an org sends `locationsNotCovered`
 * with nothing in it right after completion, forcedotcom/cli#3357): '' or a nil element in SOAP,
 * null in JSON. Such an entry is skipped, not read as a nameless message, test or coverage row.
 */
import { describe, expect, it } from 'vitest'
import { normalizeDeployResult } from '../../src/metadata-api/normalize.ts'
import { parseSoapResponse } from '../../src/metadata-api/soap/parse.ts'
import type * as wire from '../../src/metadata-api/wire.ts'

const soapStatus = (inner: string): wire.DeployResult => {
  const answer = parseSoapResponse(
    '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" ' +
      'xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<soapenv:Body><checkDeployStatusResponse><result>${inner}</result></checkDeployStatusResponse></soapenv:Body></soapenv:Envelope>`
  )
  if (answer.kind !== 'result') throw new Error('fault')
  return answer.result as wire.DeployResult
}

const CLASS_SUCCESS =
  '<componentSuccesses><changed>true</changed><componentType>ApexClass</componentType><created>false</created>' +
  '<deleted>false</deleted><fileName>classes/A.cls</fileName><fullName>A</fullName><success>true</success></componentSuccesses>'

describe('empty entries in repeated structures', () => {
  it('SOAP: empty and nil entries are skipped', () => {
    const r = normalizeDeployResult(
      soapStatus(
        '<details><componentFailures></componentFailures><componentFailures xsi:nil="true"/>' +
          CLASS_SUCCESS +
          '<componentSuccesses/>' +
          '<runTestResult><codeCoverage/><codeCoverage><id>01p</id><locationsNotCovered/>' +
          '<name>A</name><namespace xsi:nil="true"/><numLocations>2</numLocations><numLocationsNotCovered>1</numLocationsNotCovered><type>Class</type></codeCoverage>' +
          '<codeCoverageWarnings/><failures xsi:nil="true"/><flowCoverage/><flowCoverageWarnings/>' +
          '<numFailures>0</numFailures><numTestsRun>1</numTestsRun>' +
          '<successes><id>01p</id><methodName>m</methodName><name>ATest</name><namespace xsi:nil="true"/><time>5.0</time></successes><successes/>' +
          '<totalTime>9.0</totalTime></runTestResult></details>' +
          '<done>true</done><id>0Af000000000001AAA</id><status>Succeeded</status><success>true</success>'
      )
    )
    expect(r.details?.componentFailures).toEqual([])
    expect(r.details?.componentSuccesses.map((m) => m.fullName)).toEqual(['A'])
    const tests = r.details?.runTestResult
    expect(tests?.tests.map((t) => `${t.className}.${t.methodName ?? ''}`)).toEqual(['ATest.m'])
    expect(tests?.coverage).toEqual([
      expect.objectContaining({ name: 'A', numLocationsNotCovered: 1, linesNotCovered: [] })
    ])
    expect(tests?.coverageWarnings).toEqual([])
    expect(tests?.flowCoverage).toBeUndefined()
    expect(tests?.flowCoverageWarnings).toBeUndefined()
  })

  it('JSON: null entries are skipped instead of failing the read', () => {
    const r = normalizeDeployResult({
      id: '0Af000000000001AAA',
      status: 'Failed',
      done: true,
      success: false,
      details: {
        componentFailures: [
          null,
          { componentType: 'ApexClass', fullName: 'A', fileName: 'classes/A.cls', problem: 'x' }
        ],
        componentSuccesses: [null],
        runTestResult: {
          numTestsRun: 1,
          numFailures: 1,
          totalTime: 4,
          successes: [null],
          failures: [null, { name: 'ATest', methodName: 'm', message: 'boom', time: 4 }],
          codeCoverage: [
            null,
            { name: 'A', type: 'Class', numLocations: 1, locationsNotCovered: [null] }
          ],
          codeCoverageWarnings: [null],
          flowCoverage: [null],
          flowCoverageWarnings: [null]
        }
      }
    } as unknown as wire.DeployResult)
    expect(r.details?.componentFailures.map((m) => m.fullName)).toEqual(['A'])
    expect(r.details?.componentSuccesses).toEqual([])
    const tests = r.details?.runTestResult
    expect(tests?.tests).toEqual([expect.objectContaining({ className: 'ATest', outcome: 'Fail' })])
    expect(tests?.coverage.map((c) => c.name)).toEqual(['A'])
    expect(tests?.coverageWarnings).toEqual([])
  })
})
