/**
 * A backup that fails, through the real run() against the simulator: the deploy (or sync) it
 * guards is not sent, and the message says it was the backup, and how to go on.
 */
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { createRepo, type TestRepo } from '../delta/git-repo.ts'
import { copyDemoProject, runAction, startSim } from '../integration/harness.ts'
import { FIELDS, field, syncOrg } from '../integration/sync-org.ts'
import { REPO_ROOT } from '../support/repo-root.ts'

describe('a backup that fails', () => {
  let sim: Simulator
  afterEach(async () => {
    await sim.close()
  })

  it('stops a production deploy before it is sent, saying the backup failed', async () => {
    sim = await startSim({ orgType: 'Production' })
    sim.faults.add({
      operation: 'retrieve',
      kind: 'error',
      code: 'INSUFFICIENT_ACCESS',
      times: Infinity
    })
    const r = await runAction(
      sim,
      { api: 'soap', 'test-level': 'RunLocalTests' },
      { workspace: copyDemoProject() }
    )
    expect(r.failed).toBe(true)
    expect(r.outputs.success).toBe('false')
    expect(r.newDeployIds).toEqual([])
    expect(r.failure).toBe(
      'The backup before the deploy failed, so nothing was sent to the org: INSUFFICIENT_ACCESS: use of the Metadata API requires a user with the ModifyAllData permission\n' +
        'Fix the cause and run again, or set backup: false to run the deploy without a rollback package.'
    )
    expect(r.summary).toContain('The backup before the deploy failed, so nothing was sent')
  })

  it('stops at the wait limit of a retrieve the org never finishes, with nothing deployed', async () => {
    sim = await startSim({ orgType: 'Production' })
    sim.faults.add({
      operation: 'checkRetrieveStatus',
      kind: 'error',
      code: 'UNKNOWN_EXCEPTION',
      times: Infinity
    })
    const r = await runAction(
      sim,
      { api: 'soap', 'test-level': 'RunLocalTests', wait: '1' },
      { workspace: copyDemoProject() }
    )
    expect(r.failed).toBe(true)
    expect(r.newDeployIds).toEqual([])
    expect(r.failure).toMatch(
      /^The backup before the deploy failed, so nothing was sent to the org: The org kept failing/
    )
  })

  it('stops a sync before its first CRUD call', async () => {
    const repo: TestRepo = createRepo(path.join(REPO_ROOT, 'examples', 'demo-project'))
    try {
      const base = repo.git('rev-parse', 'HEAD').trim()
      repo.write(`${FIELDS}/Due__c.field-meta.xml`, field('Due__c', 'Due', 'Date'))
      repo.commit('a field')
      sim = await startSim(syncOrg())
      sim.faults.add({ operation: 'retrieve', kind: 'error', code: 'INSUFFICIENT_ACCESS' })
      const r = await runAction(
        sim,
        { mode: 'sync', 'delta-from': base, backup: 'true' },
        { workspace: repo.dir }
      )
      expect(r.failed).toBe(true)
      expect(r.failure).toMatch(
        /^The backup before the sync failed, so nothing was sent to the org: INSUFFICIENT_ACCESS/
      )
      expect(r.failure).toContain('set backup: false to run the sync without a rollback package')
      expect(sim.requests.some((q) => q.operation.endsWith('Metadata'))).toBe(false)
      expect(sim.org.has('CustomField', 'Invoice__c.Due__c')).toBe(false)
    } finally {
      repo.cleanup()
    }
  })
})
