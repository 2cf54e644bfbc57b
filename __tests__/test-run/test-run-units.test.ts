import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DeployResult, TestResult } from '../../src/model/deploy-result.ts'
import { parseAny as parseSettings } from '../support/parse-any.ts'
import {
  appendFlakeHistory,
  FLAKE_HISTORY_FILE,
  labelText
} from '../../src/test-run/flaky-report.ts'
import {
  flowCobertura,
  flowFailures,
  flowPercent,
  flowSection
} from '../../src/test-run/flow-coverage.ts'
import {
  lineRanges,
  parseChangedLines,
  patchCoverage,
  patchFailures
} from '../../src/test-run/patch-coverage.ts'
import { findSuiteFiles, resolveSuites, suiteFileClasses } from '../../src/test-run/suites.ts'
import { isTransient, transientOnlyFailures } from '../../src/test-run/transient.ts'
import { zeroTestProblems } from '../../src/test-run/zero-tests.ts'
import { inputProblems, rawInputs } from '../support/raw-inputs.ts'

const AUTH = { 'access-token': 'tok', 'instance-url': 'https://acme.my.salesforce.com' }

const problemsOf = (values: Record<string, string>): string[] =>
  inputProblems({ ...AUTH, ...values })

describe('test-run inputs', () => {
  it('reads suites, retries and the guard with their defaults', () => {
    const s = parseSettings(
      rawInputs({
        ...AUTH,
        mode: 'validate',
        'test-level': 'RunSpecifiedTests',
        'run-tests': 'FooTest suite:Billing, suite:Nightly',
        'test-retries': '2',
        'retry-validation': 'true',
        'flaky-tests': 'OrderTest.locks LockTest'
      })
    )
    expect(s.deployOptions.runTests).toEqual(['FooTest'])
    expect(s.testRun).toEqual({
      suites: ['Billing', 'Nightly'],
      onNoTests: 'fail',
      retries: 2,
      retryValidation: true,
      flakyTests: ['ordertest.locks', 'locktest']
    })
  })

  it('takes suites alone as the RunSpecifiedTests list', () => {
    expect(
      problemsOf({
        mode: 'validate',
        'test-level': 'RunSpecifiedTests',
        'run-tests': 'suite:Billing'
      })
    ).toEqual([])
  })

  it('refuses bad suite names, retries out of range, bad flaky entries and suites without RunSpecifiedTests', () => {
    expect(
      problemsOf({
        mode: 'validate',
        'test-level': 'RunSpecifiedTests',
        'run-tests': 'suite:bad-name'
      })[0]
    ).toContain('"suite:bad-name" is not')
    expect(problemsOf({ 'test-retries': '9' })[0]).toContain('test-retries: got "9"')
    expect(problemsOf({ 'flaky-tests': 'a.b.c.d' })[0]).toContain('flaky-tests: "a.b.c.d"')
    expect(problemsOf({ 'on-no-tests': 'ignore' })[0]).toContain('on-no-tests')
    expect(
      problemsOf({
        mode: 'validate',
        'test-level': 'RunLocalTests',
        'run-tests': 'suite:Billing'
      })[0]
    ).toContain('which ignores it')
  })
})

const fail = (className: string, methodName: string, message: string): TestResult => ({
  className,
  methodName,
  outcome: 'Fail',
  timeMs: 1,
  message
})

function failedRun(tests: TestResult[], componentFailures = 0): DeployResult {
  return {
    id: '0Af000000000001AAA',
    status: 'Failed',
    done: true,
    success: false,
    checkOnly: true,
    ignoreWarnings: false,
    rollbackOnError: true,
    runTestsEnabled: true,
    numberComponentsTotal: 1,
    numberComponentsDeployed: 1,
    numberComponentErrors: componentFailures,
    numberTestsTotal: tests.length,
    numberTestsCompleted: 0,
    numberTestErrors: tests.length,
    details: {
      componentSuccesses: [],
      componentFailures: [],
      runTestResult: {
        numTestsRun: tests.length,
        numFailures: tests.length,
        totalTimeMs: 1,
        tests,
        coverage: [],
        coverageWarnings: []
      }
    }
  }
}

describe('transient failures', () => {
  it('knows the row lock, the class being modified and the listed tests', () => {
    expect(
      isTransient(
        fail('A', 'm', 'System.DmlException: first error: UNABLE_TO_LOCK_ROW, unable to obtain'),
        []
      )
    ).toBe(true)
    expect(
      isTransient(
        fail(
          'A',
          'm',
          'Could not run tests on class 01p000000000001 because the class is being modified'
        ),
        []
      )
    ).toBe(true)
    expect(isTransient(fail('A', 'm', 'System.AssertException: Assertion Failed'), [])).toBe(false)
    expect(isTransient(fail('A', 'm', 'System.AssertException: Assertion Failed'), ['a.m'])).toBe(
      true
    )
    expect(isTransient(fail('A', 'm', 'System.AssertException: Assertion Failed'), ['a'])).toBe(
      true
    )
  })

  it('retries only a run that failed on transient test failures alone', () => {
    const lock = fail('A', 'm', 'UNABLE_TO_LOCK_ROW')
    const real = fail('B', 'n', 'System.AssertException: Assertion Failed')
    expect(transientOnlyFailures(failedRun([lock]), [])).toEqual([lock])
    expect(transientOnlyFailures(failedRun([lock, real]), [])).toBeUndefined()
    expect(transientOnlyFailures(failedRun([lock], 1), [])).toBeUndefined()
    expect(
      transientOnlyFailures({ ...failedRun([lock]), success: true, status: 'Succeeded' }, [])
    ).toBeUndefined()
  })
})

describe('the zero-test guard', () => {
  const passed = (
    numTestsRun: number,
    coverage: { name: string; numLocations: number; notCovered: number }[] = []
  ): DeployResult => ({
    ...failedRun([]),
    status: 'Succeeded',
    success: true,
    numberTestErrors: 0,
    details: {
      componentSuccesses: [],
      componentFailures: [],
      runTestResult: {
        numTestsRun,
        numFailures: 0,
        totalTimeMs: 0,
        tests: [],
        coverage: coverage.map((c) => ({
          name: c.name,
          type: 'Class' as const,
          numLocations: c.numLocations,
          numLocationsNotCovered: c.notCovered,
          linesNotCovered: []
        })),
        coverageWarnings: []
      }
    }
  })
  const base = {
    testLevel: 'RunRelevantTests',
    autoSelected: false,
    changedApex: [{ type: 'ApexClass' as const, name: 'Orphan' }],
    isTestClass: (name: string) => name.endsWith('Test')
  }

  it('fails zero tests while Apex changed, with the classes named', () => {
    const problems = zeroTestProblems({ ...base, result: passed(0) })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('The org ran no Apex tests (test-level RunRelevantTests)')
    expect(problems[0]).toContain('(Orphan)')
  })

  it('fails a changed class below the threshold or not covered at all', () => {
    expect(
      zeroTestProblems({
        ...base,
        result: passed(2, [{ name: 'Orphan', numLocations: 10, notCovered: 5 }])
      })[0]
    ).toContain('Orphan (50%)')
    expect(
      zeroTestProblems({
        ...base,
        threshold: 40,
        result: passed(2, [{ name: 'Orphan', numLocations: 10, notCovered: 5 }])
      })
    ).toEqual([])
    expect(zeroTestProblems({ ...base, result: passed(2) })[0]).toContain(
      'Orphan (no test that ran covers it)'
    )
  })

  it('stays out of levels the workflow chose, and of packages whose Apex is only tests', () => {
    expect(
      zeroTestProblems({ ...base, testLevel: 'RunSpecifiedTests', result: passed(0) })
    ).toEqual([])
    expect(
      zeroTestProblems({
        ...base,
        changedApex: [{ type: 'ApexClass', name: 'OrphanTest' }],
        result: passed(0)
      })
    ).toEqual([])
    expect(
      zeroTestProblems({
        ...base,
        testLevel: 'RunSpecifiedTests',
        autoSelected: true,
        result: passed(0)
      })[0]
    ).toContain('run-tests: auto')
  })
})

describe('suite files', () => {
  it('runs no class that is only commented out or inside CDATA, and names a malformed file', () => {
    const text = SUITE.replace(
      '</ApexTestSuite>',
      '  <!-- <testClassName>RetiredTest</testClassName> -->\n  <description><![CDATA[<testClassName>NotATest</testClassName>]]></description>\n</ApexTestSuite>'
    )
    expect(suiteFileClasses(text, 'S.testSuite-meta.xml')).toEqual(['ATest', 'BTest'])
    expect(() =>
      suiteFileClasses(
        '<ApexTestSuite>\n<testClassName>A</ApexTestSuite>',
        'testSuites/S.testSuite-meta.xml'
      )
    ).toThrow(/run-tests: testSuites\/S\.testSuite-meta\.xml:2: malformed XML/)
  })

  const SUITE =
    '<ApexTestSuite xmlns="http://soap.sforce.com/2006/04/metadata">\n  <testClassName>ATest</testClassName>\n  <testClassName> BTest </testClassName>\n</ApexTestSuite>\n'

  it('reads the classes and finds suites in source and metadata format, skipping node_modules and links', async () => {
    expect(suiteFileClasses(SUITE, 'S.testSuite-meta.xml')).toEqual(['ATest', 'BTest'])
    const root = mkdtempSync(path.join(tmpdir(), 'sfda-suites-'))
    mkdirSync(path.join(root, 'force-app/main/default/testSuites'), { recursive: true })
    mkdirSync(path.join(root, 'mdapi/testSuites'), { recursive: true })
    mkdirSync(path.join(root, 'node_modules/pkg/testSuites'), { recursive: true })
    writeFileSync(
      path.join(root, 'force-app/main/default/testSuites/Billing.testSuite-meta.xml'),
      SUITE
    )
    writeFileSync(path.join(root, 'mdapi/testSuites/Nightly.testSuite'), SUITE)
    writeFileSync(path.join(root, 'node_modules/pkg/testSuites/Vendor.testSuite-meta.xml'), SUITE)
    const outside = mkdtempSync(path.join(tmpdir(), 'sfda-outside-'))
    mkdirSync(path.join(outside, 'testSuites'))
    writeFileSync(path.join(outside, 'testSuites/Linked.testSuite-meta.xml'), SUITE)
    symlinkSync(outside, path.join(root, 'linked'))
    expect([...findSuiteFiles(root).keys()].sort()).toEqual(['billing', 'nightly'])
    const resolved = await resolveSuites(['billing'], root, () => undefined)
    expect(resolved).toEqual([
      {
        name: 'billing',
        from: 'repository',
        classes: ['ATest', 'BTest'],
        path: 'force-app/main/default/testSuites/Billing.testSuite-meta.xml'
      }
    ])
    await expect(resolveSuites(['Linked'], root, () => undefined)).rejects.toThrow(
      'no test suite named Linked'
    )
  })
})

describe('flake history', () => {
  it('appends each run to results-dir/flaky-tests.json and survives an unreadable file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sfda-flakes-'))
    writeFileSync(path.join(dir, FLAKE_HISTORY_FILE), 'not json')
    const label = {
      test: 'A.m',
      verdict: 'flaky' as const,
      attempts: 1,
      via: 'tooling' as const,
      message: 'UNABLE_TO_LOCK_ROW'
    }
    appendFlakeHistory(dir, { at: new Date(0), deployId: '0Af000000000001AAA', labels: [label] })
    appendFlakeHistory(dir, {
      at: new Date(1000),
      labels: [{ ...label, verdict: 'real', attempts: 2 }]
    })
    const history = JSON.parse(readFileSync(path.join(dir, FLAKE_HISTORY_FILE), 'utf8')) as {
      runs: unknown[]
    }
    expect(history.runs).toHaveLength(2)
    expect(labelText(label)).toBe('flaky: passed on retry 1')
    expect(labelText({ ...label, verdict: 'real', attempts: 2 })).toBe('real: failed 2 re-runs')
  })
})

describe('patch coverage', () => {
  const DIFF = [
    'diff --git a/classes/A.cls b/classes/A.cls',
    '--- a/classes/A.cls',
    '+++ b/classes/A.cls',
    '@@ -3 +3 @@ public class A {',
    '-old',
    '+new',
    '@@ -9,0 +10,3 @@',
    '+x',
    '+y',
    '+z',
    'diff --git a/classes/Gone.cls b/classes/Gone.cls',
    '--- a/classes/Gone.cls',
    '+++ /dev/null',
    '@@ -1,2 +0,0 @@'
  ].join('\n')
  const entry = (linesCovered?: number[]) => ({
    name: 'A',
    type: 'Class' as const,
    numLocations: 6,
    numLocationsNotCovered: 2,
    linesNotCovered: [11, 12],
    ...(linesCovered ? { linesCovered } : {})
  })

  it('reads the new-side lines of each hunk, not deleted files', () => {
    expect([...parseChangedLines(DIFF)]).toEqual([['classes/A.cls', [3, 10, 11, 12]]])
  })

  it('takes an added line that starts with ++ for content, not for a file header', () => {
    const diff = DIFF.replace('+x\n', '+++ i;\n')
    expect(diff).toContain('+++ i;')
    expect([...parseChangedLines(diff)]).toEqual([['classes/A.cls', [3, 10, 11, 12]]])
    const later = `${diff}\n-deleted\n-lines\ndiff --git a/classes/B.cls b/classes/B.cls\n--- a/classes/B.cls\n+++ b/classes/B.cls\n@@ -1,0 +2 @@\n+++ j;\n@@ -5 +6,0 @@\n-gone`
    expect([...parseChangedLines(later)]).toEqual([
      ['classes/A.cls', [3, 10, 11, 12]],
      ['classes/B.cls', [2]]
    ])
  })

  it('counts only executable changed lines, and no percentage without locationsCovered', () => {
    const changed = parseChangedLines(DIFF)
    const at68 = patchCoverage(changed, [entry([3, 4, 5, 10])], () => 'classes/A.cls')
    expect(at68.files[0]).toMatchObject({ covered: [3, 10], uncovered: [11, 12], known: true })
    expect(at68.percent).toBe(50)
    expect(patchFailures(at68, 60)[0]).toContain(
      'Patch coverage 50% is below patch-coverage-threshold 60%'
    )
    expect(patchFailures(at68, 50)).toEqual([])
    const below68 = patchCoverage(changed, [entry()], () => 'classes/A.cls')
    expect(below68.percent).toBeUndefined()
    expect(below68.files[0]?.uncovered).toEqual([11, 12])
    expect(patchFailures(below68, 50)[0]).toContain('cannot be checked')
    expect(lineRanges([12, 3, 11, 4, 9])).toEqual([
      [3, 4],
      [9, 9],
      [11, 12]
    ])
  })
})

describe('flow coverage', () => {
  const flow = (name: string, numElements: number, notCovered: string[]) => ({
    flowName: name,
    processType: 'AutoLaunchedFlow',
    numElements,
    numElementsNotCovered: notCovered.length,
    elementsNotCovered: notCovered
  })

  it('names the flows below the threshold and none at or above it', () => {
    const flows = [flow('Tax', 4, ['A']), flow('Mail', 2, ['B', 'C'])]
    expect(flowFailures(flows, 75)).toEqual([
      'Flow coverage below flow-coverage-threshold 75%: Mail (0%).'
    ])
    expect(flowFailures(flows, undefined)).toEqual([])
    expect(flowPercent(flow('Empty', 0, []))).toBe(100)
  })

  it('writes one Cobertura class per flow with its uncovered elements, escaped', () => {
    const xml = flowCobertura([flow('Tax<1>', 4, ['A&B'])], () => undefined, new Date(0))
    expect(xml).toContain('<class name="Tax&lt;1&gt;" filename="flows/Tax&lt;1&gt;.flow"')
    expect(xml).toContain('line-rate="0.7500"')
    expect(xml).toContain('<method name="A&amp;B"')
  })

  it('the summary escapes flow names and element names', () => {
    const section = flowSection([flow('Tax|x', 1, ['@team'])], [], () => undefined, undefined)
    expect(section).toContain('Tax\\|x')
    expect(section).toContain('@&#8203;team')
  })
})
