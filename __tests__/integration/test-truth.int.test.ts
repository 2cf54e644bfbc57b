import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeFlaky } from '../../simulator/apex/flaky-tests.ts'
import type { Simulator } from '../../simulator/index.ts'
import { testRunState } from '../../simulator/tooling/test-runs.ts'
import { passingProject, runAction, startSim } from './harness.ts'

const META = (v = '62.0'): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>${v}</apiVersion>\n    <status>Active</status>\n</ApexClass>\n`

/** A test class that lives only in the org (the package does not deploy it). */
const LOCK_TEST = `@isTest
private class LockTest {
    @isTest
    static void updatesSharedRecord() {
        Integer n = 1;
        System.assertEquals(1, n);
    }
}
`

const ALWAYS_LOCKED = `@isTest
private class LockTest {
    @isTest
    static void updatesSharedRecord() {
        // sim:test-fail System.DmlException: Update failed. first error: UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record: []
        Integer n = 1;
    }
}
`

function seed(files: Record<string, string>): Map<string, Buffer> {
  return new Map(Object.entries(files).map(([p, text]) => [p, Buffer.from(text)]))
}

const SUITE = (...classes: string[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<ApexTestSuite xmlns="http://soap.sforce.com/2006/04/metadata">\n${classes.map((c) => `    <testClassName>${c}</testClassName>\n`).join('')}</ApexTestSuite>\n`

describe('flaky-test retries through run()', () => {
  let sim: Simulator
  afterEach(async () => {
    await sim.close()
  })

  it('re-runs an org test that hit UNABLE_TO_LOCK_ROW, labels it flaky, resubmits the validation and ends green', async () => {
    sim = await startSim({
      seedFiles: seed({
        'classes/LockTest.cls': LOCK_TEST,
        'classes/LockTest.cls-meta.xml': META()
      })
    })
    makeFlaky(sim.context.org, 'LockTest.updatesSharedRecord')
    const workspace = passingProject()
    const before = sim.requests.length
    const run = await runAction(
      sim,
      {
        mode: 'validate',
        'test-level': 'RunLocalTests',
        'test-retries': '2',
        'retry-validation': 'true',
        wait: '30'
      },
      { workspace }
    )
    expect(run.failure).toBeUndefined()
    expect(run.failed).toBe(false)
    expect(run.newDeployIds).toHaveLength(2)
    expect(run.outputs['tests-flaky']).toBe('LockTest.updatesSharedRecord')
    expect(run.summary).toContain('Flaky-test retries')
    expect(run.summary).toContain('flaky: passed on retry 1')
    // One Tooling run of exactly the failed method.
    expect(testRunState(sim.context).requests).toEqual([
      { tests: [{ className: 'LockTest', testMethods: ['updatesSharedRecord'] }] }
    ])
    const history = JSON.parse(
      readFileSync(path.join(run.outputs['results-dir'] ?? '', 'flaky-tests.json'), 'utf8')
    ) as { runs: { tests: { test: string; verdict: string }[] }[] }
    expect(history.runs.at(-1)?.tests).toEqual([
      expect.objectContaining({ test: 'LockTest.updatesSharedRecord', verdict: 'flaky' })
    ])
    // Bench figure: the requests the retry added beyond one validation's.
    const extra = sim.requests.slice(before).filter((r) => /tooling/.test(r.path)).length
    expect(extra).toBeGreaterThanOrEqual(4)
    expect(run.summary).toMatch(/Retries cost \d+ extra API call/)
    const junit = readFileSync(run.outputs['junit-path'] ?? '', 'utf8')
    expect(junit).toMatch(
      /<testcase classname="LockTest" name="updatesSharedRecord"[^>]*>\s*<flakyFailure type="System\.DmlException" message="System\.DmlException: Update failed\.[^"]*UNABLE_TO_LOCK_ROW[^"]*">[^<]*UNABLE_TO_LOCK_ROW[^<]*<\/flakyFailure>\s*<system-out>flaky: passed on retry 1<\/system-out>\s*<\/testcase>/
    )
    // A flake is a pass: the suite counts no failure.
    expect(junit).toMatch(/<testsuite name="LockTest"[^>]* failures="0"/)
  })

  it('keeps a real failure red: the re-run fails too, so nothing is resubmitted', async () => {
    sim = await startSim({
      seedFiles: seed({
        'classes/LockTest.cls': ALWAYS_LOCKED,
        'classes/LockTest.cls-meta.xml': META()
      })
    })
    const run = await runAction(
      sim,
      {
        mode: 'validate',
        'test-level': 'RunLocalTests',
        'test-retries': '2',
        'retry-validation': 'true',
        wait: '30'
      },
      { workspace: passingProject() }
    )
    expect(run.failed).toBe(true)
    expect(run.newDeployIds).toHaveLength(1)
    expect(testRunState(sim.context).requests).toHaveLength(2)
    expect(run.summary).toContain('real: failed 2 re-runs')
    expect(run.outputs['tests-flaky']).toBe('')
  })

  it('does not retry a run that failed on a real assertion', async () => {
    sim = await startSim()
    const run = await runAction(
      sim,
      { mode: 'validate', 'test-level': 'RunLocalTests', 'test-retries': '2', wait: '30' },
      // The shipped demo test class has a failing assertion.
      {
        workspace: passingProject({
          'force-app/main/default/classes/InvoiceServiceTest.cls': `@isTest\nprivate class InvoiceServiceTest {\n    @isTest\n    static void fails() {\n        System.assertEquals(1, 2);\n    }\n}\n`
        })
      }
    )
    expect(run.failed).toBe(true)
    expect(testRunState(sim.context).requests).toHaveLength(0)
    expect(run.summary).not.toContain('Flaky-test retries')
  })

  it('retries a flaky test of a class in the package by resubmitting the validation', async () => {
    sim = await startSim()
    makeFlaky(sim.context.org, 'InvoiceServiceTest.appliesTax')
    const run = await runAction(
      sim,
      {
        mode: 'validate',
        'test-level': 'RunLocalTests',
        'test-retries': '1',
        'retry-validation': 'true',
        wait: '30'
      },
      { workspace: passingProject() }
    )
    expect(run.failed).toBe(false)
    expect(run.newDeployIds).toHaveLength(2)
    // The org holds no copy of the class: the Tooling runner is not asked.
    expect(testRunState(sim.context).requests).toHaveLength(0)
    expect(run.summary).toContain('flaky: passed on retry 1 (resubmitted)')
    expect(run.outputs['tests-flaky']).toBe('InvoiceServiceTest.appliesTax')
  })

  it('without retry-validation the run stays failed and says the failures were flaky', async () => {
    sim = await startSim({
      seedFiles: seed({
        'classes/LockTest.cls': LOCK_TEST,
        'classes/LockTest.cls-meta.xml': META()
      })
    })
    makeFlaky(sim.context.org, 'LockTest.updatesSharedRecord')
    const run = await runAction(
      sim,
      { mode: 'validate', 'test-level': 'RunLocalTests', 'test-retries': '1', wait: '30' },
      { workspace: passingProject() }
    )
    expect(run.failed).toBe(true)
    expect(run.newDeployIds).toHaveLength(1)
    expect(run.summary).toContain('flaky: passed on retry 1')
    expect(run.summary).toContain('retry-validation: true would submit the run again')
  })
})

describe('test suites through run()', () => {
  let sim: Simulator
  afterEach(async () => {
    await sim.close()
  })

  it('resolves suite:NAME from the repository suite file', async () => {
    sim = await startSim()
    const workspace = passingProject({
      'force-app/main/default/testSuites/Billing.testSuite-meta.xml': SUITE('InvoiceServiceTest')
    })
    const run = await runAction(
      sim,
      {
        mode: 'validate',
        'test-level': 'RunSpecifiedTests',
        'run-tests': 'suite:Billing',
        wait: '30'
      },
      { workspace }
    )
    expect(run.failure).toBeUndefined()
    const deploy = sim.deploys.find((d) => d.id === run.newDeployIds[0])
    expect(deploy?.options.runTests).toEqual(['InvoiceServiceTest'])
    expect(run.summary).toContain('### Test suites')
    expect(run.summary).toMatch(
      /\| Billing \| repository `force-app\/main\/default\/testSuites\/Billing.testSuite-meta.xml` \| InvoiceServiceTest \| InvoiceServiceTest: 3 passed \|/
    )
    // The repository answered: no Tooling query was needed.
    expect(sim.requests.some((r) => /ApexTestSuite/.test(decodeURIComponent(r.path)))).toBe(false)
  })

  it('resolves a suite the repository lacks from the org (ApexTestSuite and TestSuiteMembership)', async () => {
    sim = await startSim({
      seedFiles: seed({
        'classes/LockTest.cls': LOCK_TEST,
        'classes/LockTest.cls-meta.xml': META(),
        'testSuites/Nightly.testSuite': SUITE('LockTest')
      })
    })
    const run = await runAction(
      sim,
      {
        mode: 'validate',
        'test-level': 'RunSpecifiedTests',
        'run-tests': 'InvoiceServiceTest suite:Nightly',
        wait: '30'
      },
      { workspace: passingProject() }
    )
    expect(run.failure).toBeUndefined()
    const deploy = sim.deploys.find((d) => d.id === run.newDeployIds[0])
    expect(deploy?.options.runTests).toEqual(['InvoiceServiceTest', 'LockTest'])
    expect(run.summary).toContain(
      '| Nightly | org (ApexTestSuite) | LockTest | LockTest: 1 passed |'
    )
    // The validation record names what the org ran, so a quick deploy by content can match it.
    const record = JSON.parse(run.outputs['validation-record'] ?? '{}') as { runTests?: string[] }
    expect(record.runTests).toEqual(['InvoiceServiceTest', 'LockTest'])
  })

  it('fails before deploying when a suite is found nowhere', async () => {
    sim = await startSim()
    const run = await runAction(
      sim,
      {
        mode: 'validate',
        'test-level': 'RunSpecifiedTests',
        'run-tests': 'suite:Ghost',
        wait: '30'
      },
      { workspace: passingProject() }
    )
    expect(run.failed).toBe(true)
    expect(run.failure).toContain('no test suite named suite:Ghost')
    expect(run.newDeployIds).toHaveLength(0)
  })
})

/** A metadata-format package with one class no test references. */
function orphanPackage(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sfda-orphan-'))
  mkdirSync(path.join(dir, 'classes'))
  writeFileSync(
    path.join(dir, 'package.xml'),
    '<?xml version="1.0" encoding="UTF-8"?>\n<Package xmlns="http://soap.sforce.com/2006/04/metadata">\n    <types>\n        <members>Orphan</members>\n        <name>ApexClass</name>\n    </types>\n    <version>66.0</version>\n</Package>\n'
  )
  writeFileSync(
    path.join(dir, 'classes', 'Orphan.cls'),
    'public class Orphan {\n    public static Integer one() {\n        return 1;\n    }\n}\n'
  )
  writeFileSync(path.join(dir, 'classes', 'Orphan.cls-meta.xml'), META('66.0'))
  return dir
}

describe('the zero-test guard through run()', () => {
  let sim: Simulator
  let workspace: string
  beforeEach(async () => {
    sim = await startSim()
    workspace = orphanPackage()
  })
  afterEach(async () => {
    await sim.close()
  })

  it('fails a RunRelevantTests validation the org passed with zero tests while Apex changed', async () => {
    const run = await runAction(
      sim,
      { mode: 'validate', 'metadata-dir': '.', 'test-level': 'RunRelevantTests', wait: '30' },
      { workspace }
    )
    // The org itself said Succeeded.
    expect(sim.deploys.find((d) => d.id === run.newDeployIds[0])?.status).toBe('Succeeded')
    expect(run.failed).toBe(true)
    expect(run.failure).toContain('The org ran no Apex tests (test-level RunRelevantTests)')
    expect(run.failure).toContain('Orphan')
    expect(run.summary).toContain('Zero-test guard')
    expect(run.outputs.success).toBe('false')
  })

  it('on-no-tests: rerun-local validates again at RunLocalTests and reports that run', async () => {
    const run = await runAction(
      sim,
      {
        mode: 'validate',
        'metadata-dir': '.',
        'test-level': 'RunRelevantTests',
        'on-no-tests': 'rerun-local',
        wait: '30'
      },
      { workspace }
    )
    expect(run.newDeployIds).toHaveLength(2)
    const second = sim.deploys.find((d) => d.id === run.newDeployIds[1])
    expect(second?.options.testLevel).toBe('RunLocalTests')
    expect(run.outputs['deploy-id']).toBe(run.newDeployIds[1])
    expect(run.summary).toContain('on-no-tests: rerun-local ran the package again at RunLocalTests')
  })

  it('on-no-tests: rerun-local in deploy mode says the first deploy stays when the second rolls back', async () => {
    const run = await runAction(
      sim,
      {
        mode: 'deploy',
        'metadata-dir': '.',
        'test-level': 'RunRelevantTests',
        'on-no-tests': 'rerun-local',
        wait: '30'
      },
      { workspace }
    )
    const [first, second] = run.newDeployIds.map((id) => sim.deploys.find((d) => d.id === id))
    expect(first?.status).toBe('Succeeded')
    expect(second?.options).toMatchObject({ checkOnly: false, testLevel: 'RunLocalTests' })
    expect(second?.status).toBe('Failed')
    expect(sim.org.has('ApexClass', 'Orphan')).toBe(true)
    expect(run.failed).toBe(true)
    expect(run.outputs).toMatchObject({ success: 'false', 'components-deployed': '1' })
    expect(run.log).toContain('Deploying again at RunLocalTests')
    expect(run.summary).not.toContain('nothing was deployed')
    expect(run.summary).toContain(`Rolled back; the org keeps 1 deployed by \`${first?.id}\``)
    expect(run.failure).toContain(
      `Deploy ${first?.id} had committed the package before any test ran, and the org keeps it`
    )
  })

  it('passes quietly when the package changes no Apex', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sfda-noapex-'))
    mkdirSync(path.join(dir, 'labels'))
    writeFileSync(
      path.join(dir, 'package.xml'),
      '<?xml version="1.0" encoding="UTF-8"?>\n<Package xmlns="http://soap.sforce.com/2006/04/metadata">\n    <types>\n        <members>*</members>\n        <name>CustomLabels</name>\n    </types>\n    <version>66.0</version>\n</Package>\n'
    )
    writeFileSync(
      path.join(dir, 'labels', 'CustomLabels.labels'),
      '<?xml version="1.0" encoding="UTF-8"?>\n<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">\n    <labels>\n        <fullName>Greeting</fullName>\n        <language>en_US</language>\n        <protected>false</protected>\n        <shortDescription>Greeting</shortDescription>\n        <value>Hello</value>\n    </labels>\n</CustomLabels>\n'
    )
    expect(existsSync(dir)).toBe(true)
    const run = await runAction(
      sim,
      { mode: 'validate', 'metadata-dir': '.', 'test-level': 'RunRelevantTests', wait: '30' },
      { workspace: dir }
    )
    expect(run.failure).toBeUndefined()
    expect(run.summary).not.toContain('Zero-test guard')
  })
})

const FLOW = `<?xml version="1.0" encoding="UTF-8"?>
<!-- sim:flow-not-covered Notify_Owner -->
<Flow xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>62.0</apiVersion>
    <actionCalls>
        <name>Notify_Owner</name>
        <label>Notify Owner</label>
        <actionName>chatterPost</actionName>
        <actionType>chatterPost</actionType>
        <inputParameters>
            <name>text</name>
            <value><stringValue>Big invoice</stringValue></value>
        </inputParameters>
    </actionCalls>
    <assignments>
        <name>Set_Tax</name>
        <label>Set Tax</label>
    </assignments>
    <decisions>
        <name>Is_Big</name>
        <label>Is Big</label>
        <rules>
            <name>Big</name>
            <label>Big</label>
        </rules>
    </decisions>
    <label>Invoice Tax</label>
    <processType>AutoLaunchedFlow</processType>
    <start>
        <object>Invoice__c</object>
        <recordTriggerType>Create</recordTriggerType>
        <triggerType>RecordAfterSave</triggerType>
    </start>
    <status>Active</status>
</Flow>
`

describe('flow coverage through run()', () => {
  let sim: Simulator
  afterEach(async () => {
    await sim.close()
  })

  it("reports each flow's elements covered and not in the summary, deploy-result.json and flow-coverage.xml", async () => {
    sim = await startSim()
    const workspace = passingProject({
      'force-app/main/default/flows/Invoice_Tax.flow-meta.xml': FLOW
    })
    const run = await runAction(
      sim,
      { mode: 'validate', 'test-level': 'RunLocalTests', wait: '30' },
      { workspace }
    )
    expect(run.failed).toBe(false)
    expect(run.summary).toContain('### Flow coverage (1 flow)')
    expect(run.summary).toContain(
      '| Invoice_Tax | `force-app/main/default/flows/Invoice_Tax.flow-meta.xml` | AutoLaunchedFlow | 2/3 | 66.66% | Notify_Owner |'
    )
    const dir = run.outputs['results-dir'] ?? ''
    const json = JSON.parse(readFileSync(path.join(dir, 'deploy-result.json'), 'utf8')) as {
      result: { details: { runTestResult: { flowCoverage: unknown[] } } }
    }
    expect(json.result.details.runTestResult.flowCoverage).toEqual([
      expect.objectContaining({
        flowName: 'Invoice_Tax',
        numElements: 3,
        numElementsNotCovered: 1,
        elementsNotCovered: ['Notify_Owner']
      })
    ])
    const xml = readFileSync(path.join(dir, 'flow-coverage.xml'), 'utf8')
    expect(xml).toContain('<class name="Invoice_Tax"')
    expect(xml).toContain('line-rate="0.6667"')
    expect(xml).toContain('<method name="Notify_Owner"')
  })

  it('fails a flow below flow-coverage-threshold', async () => {
    sim = await startSim()
    const run = await runAction(
      sim,
      {
        mode: 'validate',
        'test-level': 'RunLocalTests',
        'flow-coverage-threshold': '75',
        wait: '30'
      },
      {
        workspace: passingProject({
          'force-app/main/default/flows/Invoice_Tax.flow-meta.xml': FLOW
        })
      }
    )
    expect(run.failed).toBe(true)
    expect(run.failure).toContain(
      'Flow coverage below flow-coverage-threshold 75%: Invoice_Tax (66.66%)'
    )
  })
})
