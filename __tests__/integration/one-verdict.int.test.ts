/**
 * One verdict per run: the exit code, the `success` output, the summary heading and the counts
 * all say what the org did, whatever the mode.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { runPost } from '../../src/action/post-step.ts'
import { copyDemoProject, passingProject, runAction, simClock, startSim } from './harness.ts'

const heading = (summary: string): string =>
  summary.split('\n').find((l) => l.startsWith('## ')) ?? ''

describe('one verdict', () => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSim()
  })
  afterEach(async () => {
    await sim.close()
  })

  it('a deploy the org rolled back (a failing test) reports nothing deployed', async () => {
    // The demo project's InvoiceServiceTest.appliesTax fails.
    const r = await runAction(
      sim,
      { 'test-level': 'RunLocalTests' },
      { workspace: copyDemoProject() }
    )
    expect(r.failed).toBe(true)
    expect(r.outputs).toMatchObject({
      status: 'Failed',
      success: 'false',
      'components-deployed': '0'
    })
    expect(heading(r.summary)).toMatch(/^## ❌ Deploy failed/)
    expect(r.summary).toContain('Rolled back — nothing was deployed')
    expect(r.summary).not.toMatch(/Deployed components|\d+\/\d+ deployed/)
    // The closing progress line agrees: the org's counter is what it processed, not what landed.
    expect(r.log).toMatch(/^Failed · components rolled back, nothing deployed \(5\/5 processed/m)
    expect(r.log).not.toMatch(/\d+\/\d+ deployed/)
    expect(sim.org.has('ApexClass', 'InvoiceService')).toBe(false)
    const writes = r.env.outputWrites()
    expect(writes.filter((name, i) => writes.indexOf(name) !== i)).toEqual([])
  })

  it('a validation with a failing test says not validated in the log, as in the summary', async () => {
    const r = await runAction(
      sim,
      { mode: 'validate', 'test-level': 'RunLocalTests' },
      { workspace: copyDemoProject() }
    )
    expect(r.failed).toBe(true)
    expect(r.summary).toContain('Not validated')
    expect(r.log).toMatch(/^Failed · components not validated \(5\/5 processed/m)
    expect(r.log).not.toMatch(/\d+\/\d+ validated/)
  })

  it('a quick deploy the org refuses (validation already used) still writes a summary and outputs', async () => {
    const validation = await runAction(
      sim,
      { mode: 'validate', 'test-level': 'RunLocalTests' },
      { workspace: passingProject() }
    )
    const id = validation.outputs['validated-id'] ?? ''
    expect(id).toMatch(/^0Af/)
    const first = await runAction(sim, { mode: 'quick-deploy', 'validation-id': id })
    expect(first.outputs.success).toBe('true')
    const again = await runAction(sim, { mode: 'quick-deploy', 'validation-id': id })
    expect(again.failed).toBe(true)
    expect(again.outputs).toMatchObject({ status: 'Refused', success: 'false' })
    expect(heading(again.summary)).toBe('## ❌ Quick deploy refused — nothing was deployed')
    expect(again.summary).toContain(`Quick deploy of ${id} refused`)
  })

  it('cancel of a deploy that had already finished says nothing was canceled, and fails', async () => {
    const deployed = await runAction(
      sim,
      { 'test-level': 'RunLocalTests' },
      { workspace: passingProject() }
    )
    const id = deployed.outputs['deploy-id'] ?? ''
    expect(deployed.outputs.success).toBe('true')
    const r = await runAction(sim, { mode: 'cancel', 'deploy-id': id })
    expect(r.failed).toBe(true)
    expect(r.outputs).toMatchObject({ 'deploy-id': id, status: 'Succeeded', success: 'false' })
    expect(r.failure).toContain(`Nothing was canceled: deploy ${id} had already succeeded`)
    expect(heading(r.summary)).toMatch(/^## ⚠️ Nothing to cancel — Deploy had already succeeded/)
    expect(r.summary).not.toMatch(/^## ✅/m)
  })

  it('report mode names what happened to the deploy, not the mode', async () => {
    const deployed = await runAction(
      sim,
      { 'test-level': 'RunLocalTests' },
      { workspace: passingProject() }
    )
    const r = await runAction(sim, {
      mode: 'report',
      'deploy-id': deployed.outputs['deploy-id'] ?? ''
    })
    expect(r.failed).toBe(false)
    expect(heading(r.summary)).toMatch(/^## ✅ Deploy succeeded/)
    expect(r.summary).not.toContain('Report succeeded')
  })

  it('report mode on a failed validation calls it a validation in the failure, as in the heading', async () => {
    const validated = await runAction(
      sim,
      { mode: 'validate', 'test-level': 'RunLocalTests' },
      { workspace: copyDemoProject() }
    )
    const id = validated.outputs['deploy-id'] ?? ''
    const r = await runAction(sim, { mode: 'report', 'deploy-id': id })
    expect(r.failed).toBe(true)
    expect(heading(r.summary)).toMatch(/^## ❌ Validation failed/)
    expect(r.log).toContain(`::error::Validation ${id} failed (status Failed)`)
    expect(r.log).not.toContain(`Deploy ${id} failed`)
  })

  it('the post step leaves a deploy alone when the main step failed for its own reason', async () => {
    // A non-transient fault while polling ends the main step; the deploy is still running.
    sim.faults.add({ operation: 'checkDeployStatus', kind: 'http', status: 400, times: 100 })
    sim.faults.add({ operation: 'deployRequestStatus', kind: 'http', status: 400, times: 100 })
    const r = await runAction(
      sim,
      { 'test-level': 'RunLocalTests' },
      { workspace: passingProject() }
    )
    expect(r.failed).toBe(true)
    expect(r.outputs).toMatchObject({ success: 'false' })
    expect(r.outputs['deploy-id']).toMatch(/^0Af/)
    expect(r.env.state()).toMatchObject({ finished: 'true' })
    sim.faults.clear()
    r.env.exposeStateForPost()
    await runPost({ clock: simClock(sim) })
    r.env.restore()
    expect(sim.requests.some((q) => q.operation === 'cancelDeploy')).toBe(false)
  })
})

describe('wait: 0', () => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSim()
  })
  afterEach(async () => {
    await sim.close()
  })

  it('submits the deploy, outputs its id and exits 0; mode: report follows it later', async () => {
    const r = await runAction(
      sim,
      { wait: '0', 'test-level': 'RunLocalTests' },
      { workspace: passingProject() }
    )
    expect(r.failed).toBe(false)
    const id = r.outputs['deploy-id'] ?? ''
    expect(id).toMatch(/^0Af/)
    expect(r.outputs).toMatchObject({ status: 'Submitted', success: 'true' })
    expect(heading(r.summary)).toMatch(/^## ⏳ Deploy submitted/)
    expect(r.summary).toContain(`deploy-id: ${id}`)
    expect(sim.deploys.at(-1)?.done).toBe(false)
    expect(
      sim.requests.some(
        (q) => q.operation === 'checkDeployStatus' || q.operation === 'deployRequestStatus'
      )
    ).toBe(false)
    const later = await runAction(sim, { mode: 'report', 'deploy-id': id, wait: '10' })
    expect(later.outputs).toMatchObject({ status: 'Succeeded', success: 'true' })
  })

  it('mode: report that cannot read the status says the outcome is unknown, not "still running"', async () => {
    const r = await runAction(
      sim,
      { wait: '0', 'test-level': 'RunLocalTests' },
      { workspace: passingProject() }
    )
    const id = r.outputs['deploy-id'] ?? ''
    sim.faults.add({ operation: 'checkDeployStatus', kind: 'http', status: 503, times: 1 })
    const later = await runAction(sim, { mode: 'report', 'deploy-id': id, wait: '0' })
    expect(later.failed).toBe(true)
    expect(later.outputs.success).toBe('false')
    // No status: the CLI exits 1 for it, not 3 ("still running").
    expect(later.outputs.status).toBeUndefined()
    expect(heading(later.summary)).toMatch(/outcome unknown/)
    expect(later.summary).toContain(`The status of deploy ${id} could not be read`)
    expect(later.summary).not.toMatch(/still running after/)
  })
})

describe('build mode', () => {
  it('summarises what a deploy would deploy and delete, by type with names, and sends nothing', async () => {
    const sim = await startSim()
    try {
      const workspace = passingProject({
        'destructive/destructiveChangesPost.xml':
          '<?xml version="1.0" encoding="UTF-8"?>\n<Package xmlns="http://soap.sforce.com/2006/04/metadata"><types><members>LegacyInvoiceHelper</members><name>ApexClass</name></types><version>62.0</version></Package>\n'
      })
      const r = await runAction(
        sim,
        { mode: 'build', 'post-destructive-changes': 'destructive/destructiveChangesPost.xml' },
        { workspace }
      )
      expect(r.failed).toBe(false)
      expect(heading(r.summary)).toBe('## 📦 Package built — 5 components to deploy, 1 deletion')
      expect(r.summary).toMatch(/\| ApexClass \| 2 \| `InvoiceService`, `InvoiceServiceTest` \|/)
      expect(r.summary).toContain('### To delete (1)')
      expect(r.summary).toMatch(/\| ApexClass \| 1 \| `LegacyInvoiceHelper` \|/)
      expect(r.outputs['package-path']).toMatch(/package\.zip$/)
      expect(sim.requests).toHaveLength(0)
      const writes = r.env.outputWrites()
      expect(writes.filter((name, i) => writes.indexOf(name) !== i)).toEqual([])
    } finally {
      await sim.close()
    }
  })
})

describe('counts', () => {
  it('components and deletions are counted apart, the same in the log, the summary and the outputs', async () => {
    const sim = await startSim()
    try {
      const r = await runAction(
        sim,
        {
          mode: 'validate',
          'ignore-warnings': 'true',
          'test-level': 'RunLocalTests',
          'post-destructive-changes': 'manifest/destructiveChangesPost.xml'
        },
        { workspace: passingProject() }
      )
      expect(r.failed).toBe(false)
      expect(r.log).toContain('Validating 5 components and 1 deletion (')
      expect(r.log).toMatch(/Succeeded · components 5\/5 validated, 1 deletion/)
      expect(r.summary).toContain('| 5/5 validated, 1 deletion, 0 errors |')
      expect(r.summary).toContain('### Validated components (5)')
      expect(r.outputs).toMatchObject({
        'components-total': '5',
        'components-deployed': '5',
        'components-deleted': '1'
      })
    } finally {
      await sim.close()
    }
  })
})

describe('files that are not metadata', () => {
  it('are left out of the deploy and named in one note of the summary', async () => {
    const sim = await startSim()
    try {
      const r = await runAction(
        sim,
        { 'test-level': 'RunLocalTests' },
        {
          workspace: passingProject({
            'force-app/test/jest-mocks/apex.js': 'export default {}\n'
          })
        }
      )
      expect(r.failed).toBe(false)
      expect(r.summary).toMatch(
        /1 file is not metadata and is left out of the package, as the Salesforce CLI leaves it out: force-app\/test\/jest-mocks\/apex\.js/
      )
      expect([...(sim.deploys.at(-1)?.files.keys() ?? [])].some((f) => f.endsWith('.js'))).toBe(
        false
      )
    } finally {
      await sim.close()
    }
  })
})
