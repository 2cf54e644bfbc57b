/**
 * Resubmissions that fail, through the real run(): the org refuses the new validation, the submit
 * is lost on the network, or the new validation is created and cannot be followed. The report
 * stays that of the run before (its failures, JUnit, coverage, a red verdict), says why the
 * resubmission was not made, and names a created one so it can be followed. Flaky-test retries
 * and the zero-test guard's rerun-local both resubmit.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeFlaky } from '../../simulator/apex/flaky-tests.ts'
import type { Simulator } from '../../simulator/index.ts'
import type { Clock } from '../../src/shared/clock.ts'
import { passingProject, runAction, startSim } from './harness.ts'

/** Shaped like a session id: the org may echo one, and no report may carry it. */
const SESSION_LIKE = '00D5g000004SbTQ!AQ4AQNtT1VZ8tqH7pXPLlq1nmrWMnQ0Mc9dYc3qPWhE'

const INPUTS = {
  mode: 'validate',
  'test-level': 'RunLocalTests',
  'test-retries': '1',
  'retry-validation': 'true',
  wait: '30'
}

let sim: Simulator
afterEach(async () => {
  await sim.close()
})

/** A validation whose only failure is a flaky test of a class in the package: a resubmit is due. */
async function flakyValidation(): Promise<Simulator> {
  const started = await startSim()
  makeFlaky(started.context.org, 'InvoiceServiceTest.appliesTax')
  return started
}

function junitOf(run: { outputs: Record<string, string> }): string {
  return readFileSync(run.outputs['junit-path'] ?? '', 'utf8')
}

/** What every failed resubmission leaves: the first run's red report, its tests labeled. */
function expectFirstRunReported(
  run: Awaited<ReturnType<typeof runAction>>,
  firstId: string,
  reason: RegExp
): void {
  expect(run.failed).toBe(true)
  expect(run.outputs['deploy-id']).toBe(firstId)
  expect(run.outputs.success).toBe('false')
  expect(run.outputs.status).toBe('Failed')
  expect(run.outputs['tests-failed']).toBe('1')
  expect(run.outputs['tests-flaky']).toBe('')
  // The first run's failure, not a bare error line.
  expect(run.failure ?? '').not.toMatch(/could not be (made|followed)/)
  expect(run.summary).toContain('InvoiceServiceTest.appliesTax')
  expect(run.summary).toContain('UNABLE_TO_LOCK_ROW')
  expect(run.summary).toContain('### Flaky-test retries')
  expect(run.summary).toMatch(reason)
  expect(run.summary).not.toContain('its class is in the package; retry-validation re-runs it')
  const junit = junitOf(run)
  expect(junit).toMatch(/<testcase classname="InvoiceServiceTest" name="appliesTax"/)
  expect(junit).toMatch(/<system-out>not re-run \(the resubmi/)
  expect(junit).toMatch(/<testcase classname="InvoiceServiceTest" name="totalsAmounts"/)
}

describe('a flaky-test resubmission that fails', () => {
  it('reports the first run when the org refuses the resubmitted validation', async () => {
    sim = await flakyValidation()
    sim.faults.add({
      operation: 'deploy',
      kind: 'error',
      code: 'INSUFFICIENT_ACCESS',
      message: `insufficient access for session ${SESSION_LIKE}`,
      skip: 1
    })
    const run = await runAction(sim, INPUTS, { workspace: passingProject() })
    expect(run.newDeployIds).toHaveLength(1)
    const firstId = run.newDeployIds[0] ?? ''
    expectFirstRunReported(
      run,
      firstId,
      /The resubmission could not be made: INSUFFICIENT\\?_ACCESS/
    )
    expect(run.summary).toMatch(
      /\| InvoiceServiceTest\.appliesTax \| not re-run \(the resubmission could not be made: INSUFFICIENT_ACCESS: insufficient access for session (\\?\*){3}\) \|/
    )
    // The org's text is redacted everywhere it lands: summary, JUnit, the flake history.
    const history = readFileSync(
      path.join(run.outputs['results-dir'] ?? '', 'flaky-tests.json'),
      'utf8'
    )
    for (const text of [run.summary, junitOf(run), history, run.log])
      expect(text).not.toContain(SESSION_LIKE)
    expect(history).toContain('the resubmission could not be made')
    // Coverage of the first run is still reported.
    expect(run.summary).toMatch(/InvoiceService/)
  })

  it('reports the first run when the resubmit is lost on the network', async () => {
    sim = await flakyValidation()
    sim.faults.add({ operation: 'deploy', kind: 'reset', skip: 1 })
    const run = await runAction(sim, INPUTS, { workspace: passingProject() })
    expect(run.newDeployIds).toHaveLength(1)
    expectFirstRunReported(
      run,
      run.newDeployIds[0] ?? '',
      /The resubmission could not be made: The deploy request may or may not have reached the org/
    )
  })

  it('keeps the id of a resubmitted validation that was created and could not be followed', async () => {
    sim = await flakyValidation()
    // Once the second validation exists, every status read fails: it cannot be followed.
    let armed = false
    const clock: Clock = {
      now: () => sim.clock.now(),
      sleep: async (ms) => {
        if (!armed && sim.deploys.length >= 2) {
          armed = true
          sim.faults.add({
            operation: 'checkDeployStatus',
            kind: 'error',
            code: 'INSUFFICIENT_ACCESS',
            times: Infinity
          })
        }
        return sim.clock.advance(ms)
      }
    }
    const run = await runAction(sim, INPUTS, { workspace: passingProject(), clock })
    expect(run.newDeployIds).toHaveLength(2)
    const [firstId = '', secondId = ''] = run.newDeployIds
    expectFirstRunReported(
      run,
      firstId,
      new RegExp(
        `The resubmitted validation ${secondId} could not be followed: INSUFFICIENT\\\\?_ACCESS`
      )
    )
    expect(run.summary).toContain(`Resubmitted: ${secondId}.`)
    expect(run.summary).toContain(`mode: report and deploy-id: ${secondId}`)
  })
})

/** A metadata-format package with one class no test references: RunRelevantTests runs none. */
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
  writeFileSync(
    path.join(dir, 'classes', 'Orphan.cls-meta.xml'),
    '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>66.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n'
  )
  return dir
}

describe('an on-no-tests: rerun-local resubmission that fails', () => {
  it('fails the zero-test run that stands, with the guard reason and why no rerun was made', async () => {
    sim = await startSim()
    sim.faults.add({
      operation: 'deploy',
      kind: 'error',
      code: 'INSUFFICIENT_ACCESS',
      message: 'deploys are switched off',
      skip: 1
    })
    const run = await runAction(
      sim,
      {
        mode: 'validate',
        'metadata-dir': '.',
        'test-level': 'RunRelevantTests',
        'on-no-tests': 'rerun-local',
        wait: '30'
      },
      { workspace: orphanPackage() }
    )
    expect(run.newDeployIds).toHaveLength(1)
    expect(run.failed).toBe(true)
    expect(run.outputs['deploy-id']).toBe(run.newDeployIds[0])
    expect(run.outputs.success).toBe('false')
    expect(run.outputs.status).toBe('Succeeded')
    expect(run.failure).toContain('The org ran no Apex tests (test-level RunRelevantTests)')
    expect(run.summary).toContain('### Zero-test guard')
    expect(run.summary).toMatch(
      /on-no-tests: rerun-local: The resubmission could not be made: INSUFFICIENT\\?_ACCESS: deploys are switched off/
    )
    expect(run.outputs['validated-id'] ?? '').toBe('')
  })
})
