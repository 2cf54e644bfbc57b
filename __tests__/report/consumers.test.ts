/**
 * Our JUnit and coverage files read back by independent parsers from npm (junit2json, built on
 * xml2js; lcov-parse), not only by our own code.
 */
import { XMLParser } from 'fast-xml-parser'
import { parse as parseJUnit } from 'junit2json'
import lcovParse from 'lcov-parse'
import { describe, expect, it } from 'vitest'
import type { DeployResult } from '../../src/model/deploy-result.ts'
import { toCoberturaXml } from '../../src/report/cobertura.ts'
import { toJsonSummary } from '../../src/report/json-summary.ts'
import { toJUnitXml } from '../../src/report/junit.ts'
import { toLcov } from '../../src/report/lcov.ts'
import { buildReport } from '../../src/report/report-model.ts'
import { FakeRepo, largeResult } from '../support/report-builders.ts'

function parseLcov(text: string): Promise<lcovParse.LcovFile[]> {
  return new Promise((resolve, reject) => {
    lcovParse.source(text, (err, data) =>
      err || !data ? reject(new Error(String(err))) : resolve(data)
    )
  })
}

/** A result whose messages try to break XML: CDATA end, entities, control characters, generics. */
function hostileResult(): DeployResult {
  const hostile = 'System.AssertException: a ]]> b & <List<Account>> "q" \'s\' \u0001\u000b end'
  return {
    id: '0AfHOSTILE0000001AA',
    status: 'Failed',
    done: true,
    success: false,
    checkOnly: true,
    ignoreWarnings: false,
    rollbackOnError: true,
    runTestsEnabled: true,
    startDate: new Date('2026-01-02T03:04:05.678Z'),
    completedDate: new Date('2026-01-02T03:05:05Z'),
    numberComponentsTotal: 1,
    numberComponentsDeployed: 1,
    numberComponentErrors: 0,
    numberTestsTotal: 3,
    numberTestsCompleted: 1,
    numberTestErrors: 2,
    details: {
      componentSuccesses: [
        {
          componentType: 'ApexClass',
          fullName: 'Svc',
          fileName: 'classes/Svc.cls',
          success: true,
          created: false,
          changed: true,
          deleted: false
        }
      ],
      componentFailures: [],
      runTestResult: {
        numTestsRun: 3,
        numFailures: 2,
        totalTimeMs: 1500,
        tests: [
          {
            className: 'SvcTest',
            namespace: 'acme',
            methodName: 'breaks',
            outcome: 'Fail',
            timeMs: 700,
            message: hostile,
            stackTrace: 'Class.acme.SvcTest.breaks: line 7, column 3'
          },
          {
            className: 'SvcTest',
            namespace: 'acme',
            outcome: 'Fail',
            timeMs: 0,
            message: 'System.DmlException: setup failed'
          },
          {
            className: 'SvcTest',
            namespace: 'acme',
            methodName: 'works',
            outcome: 'Pass',
            timeMs: 512
          }
        ],
        coverage: [
          {
            name: 'Svc',
            type: 'Class',
            numLocations: 6,
            numLocationsNotCovered: 2,
            linesNotCovered: [4, 9],
            linesCovered: [2, 3, 5, 8]
          },
          {
            name: 'Helper',
            type: 'Class',
            numLocations: 10,
            numLocationsNotCovered: 3,
            linesNotCovered: [12, 13, 14]
          },
          {
            name: 'InstalledPkgClass',
            namespace: 'other',
            type: 'Class',
            numLocations: 50,
            numLocationsNotCovered: 50,
            linesNotCovered: [1]
          }
        ],
        coverageWarnings: []
      }
    }
  }
}

const repo = FakeRepo.withApex(['Svc', 'SvcTest', 'Helper'])
const hostileReport = buildReport({
  result: hostileResult(),
  mode: 'validate',
  orgLabel: 'acme.my.salesforce.com',
  instanceUrl: 'https://acme.my.salesforce.com',
  apiVersion: '68.0',
  resolveApexSource: repo.resolveApexSource,
  resolveSource: repo.resolveSource
})

describe('JUnit read by junit2json', () => {
  it('parses suites, cases, times, failures and properties, keeping hostile text intact', async () => {
    const parsed = await parseJUnit(toJUnitXml(hostileReport))
    expect(parsed).toMatchObject({ tests: 3, failures: 2, errors: 0, time: 1.5 })
    const [suite] = (
      parsed as {
        testsuite: {
          name: string
          tests: number
          time: number
          testcase: Record<string, unknown>[]
          properties: { name: string; value: string }[]
        }[]
      }
    ).testsuite
    expect(suite).toMatchObject({ name: 'acme.SvcTest', tests: 3, time: 1.212 })
    expect(suite?.properties).toContainEqual({ name: 'deployId', value: '0AfHOSTILE0000001AA' })
    const [breaks, classLevel, works] = suite?.testcase ?? []
    expect(breaks).toMatchObject({
      classname: 'acme.SvcTest',
      name: 'breaks',
      time: 0.7,
      file: 'force-app/main/default/classes/SvcTest.cls',
      line: 7
    })
    const failure = (breaks?.failure as { message: string; type: string; inner: string }[])[0]
    expect(failure?.type).toBe('System.AssertException')
    // Control characters are stripped (illegal in XML 1.0); everything else survives the round trip.
    expect(failure?.message).toBe(
      'System.AssertException: a ]]> b & <List<Account>> "q" \'s\'  end'
    )
    expect(failure?.inner).toContain('Class.acme.SvcTest.breaks: line 7, column 3')
    expect(classLevel).toMatchObject({ name: '(class)' })
    expect(works).toMatchObject({ name: 'works', time: 0.512 })
    expect(works?.failure).toBeUndefined()
  })

  it('parses 1,000 tests in 100 suites with consistent counts', async () => {
    const { result, repo: largeRepo } = largeResult({
      classes: 500,
      tests: 1000,
      failingTests: 40,
      componentErrors: 0
    })
    const report = buildReport({
      result,
      mode: 'deploy',
      orgLabel: 'a',
      instanceUrl: 'https://a',
      apiVersion: '66.0',
      resolveApexSource: largeRepo.resolveApexSource
    })
    const parsed = (await parseJUnit(toJUnitXml(report))) as {
      tests: number
      failures: number
      testsuite: { tests: number; failures: number; testcase: unknown[] }[]
    }
    expect(parsed.tests).toBe(1000)
    expect(parsed.failures).toBe(40)
    expect(parsed.testsuite).toHaveLength(100)
    expect(parsed.testsuite.reduce((n, s) => n + s.testcase.length, 0)).toBe(1000)
    expect(parsed.testsuite.reduce((n, s) => n + s.failures, 0)).toBe(40)
  })

  it('parses the empty file written when no test ran', async () => {
    const report = buildReport({
      ...hostileInput(),
      result: { ...hostileResult(), details: { componentSuccesses: [], componentFailures: [] } }
    })
    const parsed = (await parseJUnit(toJUnitXml(report))) as {
      tests: number
      testsuite?: unknown[]
    }
    expect(parsed.tests).toBe(0)
    expect(parsed.testsuite).toBeUndefined()
  })
})

function hostileInput() {
  return {
    mode: 'validate' as const,
    orgLabel: 'a',
    instanceUrl: 'https://a',
    apiVersion: '68.0',
    resolveApexSource: repo.resolveApexSource
  }
}

describe('LCOV read by lcov-parse', () => {
  it('reads repo paths, exact totals, and only lines the org named', async () => {
    const files = await parseLcov(toLcov(hostileReport))
    expect(files.map((f) => f.file)).toEqual([
      'force-app/main/default/classes/Helper.cls',
      'force-app/main/default/classes/Svc.cls'
    ])
    const [helper, svc] = files
    // Without locationsCovered: totals are exact, only uncovered lines are listed.
    expect(helper?.lines).toMatchObject({ found: 10, hit: 7 })
    expect(helper?.lines.details).toEqual([
      { line: 12, hit: 0 },
      { line: 13, hit: 0 },
      { line: 14, hit: 0 }
    ])
    // With locationsCovered (API >= 68): every line exact.
    expect(svc?.lines).toMatchObject({ found: 6, hit: 4 })
    expect(svc?.lines.details).toEqual(
      [2, 3, 4, 5, 8, 9].map((line) => ({ line, hit: [4, 9].includes(line) ? 0 : 1 }))
    )
  })
})

describe('Cobertura and JSON summary agree with LCOV', () => {
  it('has the same files and totals, and leaves out classes not in the repository', async () => {
    const xml = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => ['package', 'class', 'line'].includes(name)
    }).parse(toCoberturaXml(hostileReport)) as {
      coverage: {
        'lines-valid': string
        'lines-covered': string
        packages: {
          package: {
            name: string
            classes: {
              class: { filename: string; lines: { line?: { number: string; hits: string }[] } }[]
            }
          }[]
        }
      }
    }
    expect(xml.coverage['lines-valid']).toBe('16')
    expect(xml.coverage['lines-covered']).toBe('11')
    const classes = xml.coverage.packages.package.flatMap((p) => p.classes.class)
    expect(classes.map((c) => c.filename)).toEqual([
      'force-app/main/default/classes/Helper.cls',
      'force-app/main/default/classes/Svc.cls'
    ])
    const lcov = await parseLcov(toLcov(hostileReport))
    expect(lcov.reduce((n, f) => n + f.lines.found, 0)).toBe(16)
    const summary = JSON.parse(toJsonSummary(hostileReport)) as Record<
      string,
      { lines: { total: number; covered: number; pct: number } }
    >
    expect(summary.total?.lines).toMatchObject({ total: 16, covered: 11, pct: 68.75 })
    expect(Object.keys(summary)).not.toContain('InstalledPkgClass')
  })
})
