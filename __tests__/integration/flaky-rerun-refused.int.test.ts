/**
 * Flaky-test retries whose Tooling re-run the org refuses, through the real run(): the test is
 * labeled "not re-run" for that reason, in the summary and in JUnit, and never said to be in the
 * package when it is not.
 */
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { makeFlaky } from '../../simulator/apex/flaky-tests.ts'
import type { Simulator } from '../../simulator/index.ts'
import { passingProject, runAction, startSim } from './harness.ts'

const META = `<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>62.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n`

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

let sim: Simulator
afterEach(async () => {
  await sim.close()
})

describe('a flaky-test re-run the org refuses', () => {
  it('labels the org test not re-run because the re-run failed, not because of the package', async () => {
    sim = await startSim({
      seedFiles: new Map([
        ['classes/LockTest.cls', Buffer.from(LOCK_TEST)],
        ['classes/LockTest.cls-meta.xml', Buffer.from(META)]
      ])
    })
    makeFlaky(sim.context.org, 'LockTest.updatesSharedRecord')
    sim.faults.add({
      operation: 'runTestsAsynchronous',
      kind: 'error',
      code: 'INSUFFICIENT_ACCESS',
      message: 'insufficient access rights on object id',
      times: Infinity
    })
    const run = await runAction(
      sim,
      { mode: 'validate', 'test-level': 'RunLocalTests', 'test-retries': '2', wait: '30' },
      { workspace: passingProject() }
    )
    expect(run.failed).toBe(true)
    expect(run.outputs['tests-flaky']).toBe('')
    expect(run.summary).toContain('The test re-run could not be made')
    expect(run.summary).not.toContain('its class is in the package')
    expect(run.summary).toMatch(
      /\| LockTest\.updatesSharedRecord \| not re-run \(the Tooling re-run could not be made\) \|/
    )
    const junit = readFileSync(run.outputs['junit-path'] ?? '', 'utf8')
    expect(junit).toContain(
      '<system-out>not re-run (the Tooling re-run could not be made)</system-out>'
    )
  })
})
