import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeFlaky } from '../../simulator/apex/flaky-tests.ts'
import type { Simulator } from '../../simulator/index.ts'
import { passingProject, runAction, startSim } from './harness.ts'

/** The Tooling queries of DeployRequest the run sent, decoded. */
function deployRequestQueries(sim: Simulator, from = 0): string[] {
  return sim.requests
    .slice(from)
    .filter((r) => r.operation === 'toolingQuery' && /DeployRequest/i.test(r.query.q ?? ''))
    .map((r) => r.query.q ?? '')
}

/** How many deploy submits (deploy or quick deploy) reached the org. */
function submits(sim: Simulator, operation: string, from = 0): number {
  return sim.requests.slice(from).filter((r) => r.operation === operation).length
}

describe.each(['rest', 'soap'] as const)(
  'UNKNOWN_EXCEPTION on a deploy submit through %s',
  (api) => {
    let sim: Simulator
    beforeEach(async () => {
      sim = await startSim({ orgType: 'Production' })
    })
    afterEach(async () => {
      await sim.close()
    })

    it('asks the org, finds no deploy, repeats the submit, and the deploy goes through', async () => {
      sim.faults.add({ operation: 'deploy', kind: 'error', code: 'UNKNOWN_EXCEPTION' })
      const run = await runAction(
        sim,
        { api, 'test-level': 'RunLocalTests' },
        { workspace: passingProject() }
      )
      expect(run.failure).toBeUndefined()
      expect(run.outputs.status).toBe('Succeeded')
      expect(sim.deploys).toHaveLength(1)
      expect(run.outputs['deploy-id']).toBe(sim.deploys[0]?.id)
      expect(submits(sim, 'deploy')).toBe(2)
      const [query] = deployRequestQueries(sim)
      expect(query).toMatch(/FROM DeployRequest WHERE CheckOnly = false AND CreatedDate >= \S+Z/)
      expect(run.commands.join('\n')).toMatch(/the org holds no deploy from it, trying again/)
    })

    it('does not repeat when the org created the deploy before failing: one deploy, named, and a failed step', async () => {
      sim.faults.add({
        operation: 'deploy',
        kind: 'error',
        code: 'UNKNOWN_EXCEPTION',
        afterHandling: true
      })
      const run = await runAction(
        sim,
        { api, 'test-level': 'RunLocalTests' },
        { workspace: passingProject() }
      )
      expect(run.failed).toBe(true)
      expect(sim.deploys).toHaveLength(1)
      expect(submits(sim, 'deploy')).toBe(1)
      const id = sim.deploys[0]?.id ?? ''
      expect(run.failure).toContain('UNKNOWN_EXCEPTION')
      expect(run.failure).toMatch(
        new RegExp(
          `the org holds a deploy created since it was sent: ${id} \\((Pending|InProgress), created `
        )
      )
      expect(run.failure).toContain(`mode: report and deploy-id: ${id}`)
      expect(run.failure).toContain('Setup > Deployment Status')
      // Not adopted: it may be another job's, so the post step must not cancel it as this run's.
      expect(run.outputs['deploy-id']).toBeUndefined()
      expect(run.outputs.success ?? 'false').not.toBe('true')
    })

    it('stops with the unsure message when the org cannot be asked', async () => {
      sim.faults.add({ operation: 'deploy', kind: 'error', code: 'UNKNOWN_EXCEPTION' })
      sim.faults.add({ operation: 'toolingQuery', kind: 'http', status: 503 })
      const run = await runAction(
        sim,
        { api, 'test-level': 'RunLocalTests' },
        { workspace: passingProject() }
      )
      expect(run.failed).toBe(true)
      expect(sim.deploys).toHaveLength(0)
      expect(submits(sim, 'deploy')).toBe(1)
      expect(run.failure).toMatch(/^The deploy request may or may not have reached the org \(/)
      expect(run.failure).toContain('HTTP 503')
    })
  }
)

describe('UNKNOWN_EXCEPTION on a quick deploy submit', () => {
  let sim: Simulator
  let workspace: string
  let validationId: string
  beforeEach(async () => {
    sim = await startSim({ orgType: 'Production' })
    workspace = passingProject()
    const validation = await runAction(
      sim,
      { mode: 'validate', 'test-level': 'RunLocalTests' },
      { workspace }
    )
    expect(validation.failure).toBeUndefined()
    validationId = validation.outputs['validated-id'] ?? ''
  })
  afterEach(async () => {
    await sim.close()
  })

  it('repeats when no quick deploy was created, and the validation is deployed once', async () => {
    const from = sim.requests.length
    sim.faults.add({
      operation: 'deployRecentValidation',
      kind: 'error',
      code: 'UNKNOWN_EXCEPTION'
    })
    const run = await runAction(
      sim,
      { mode: 'quick-deploy', 'validation-id': validationId },
      { workspace }
    )
    expect(run.failure).toBeUndefined()
    expect(run.outputs.success).toBe('true')
    expect(sim.deploys.filter((d) => d.validatedDeployRequestId === validationId)).toHaveLength(1)
    expect(submits(sim, 'deployRecentValidation', from)).toBe(2)
    // The validation itself (CheckOnly) is no candidate for a quick deploy.
    expect(deployRequestQueries(sim, from)[0]).toContain('CheckOnly = false')
  })

  it('stops, naming the quick deploy the org created before failing', async () => {
    const from = sim.requests.length
    sim.faults.add({
      operation: 'deployRecentValidation',
      kind: 'error',
      code: 'UNKNOWN_EXCEPTION',
      afterHandling: true
    })
    const run = await runAction(
      sim,
      { mode: 'quick-deploy', 'validation-id': validationId },
      { workspace }
    )
    expect(run.failed).toBe(true)
    const quick = sim.deploys.filter((d) => d.validatedDeployRequestId === validationId)
    expect(quick).toHaveLength(1)
    expect(submits(sim, 'deployRecentValidation', from)).toBe(1)
    expect(run.failure).toMatch(/^The quick deploy request failed \(UNKNOWN_EXCEPTION/)
    expect(run.failure).toContain(`mode: report and deploy-id: ${quick[0]?.id ?? ''}`)
  })
})

describe('which deploys count as candidates', () => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSim({ users: [{ username: 'other@sim.example.com', name: 'Other Job' }] })
  })
  afterEach(async () => {
    await sim.close()
  })

  /** A deploy another job started just before (wait: 0 leaves it queued). */
  async function deployAs(inputs: Record<string, string>): Promise<string> {
    const run = await runAction(
      sim,
      { wait: '0', 'test-level': 'RunLocalTests', ...inputs },
      { workspace: passingProject() }
    )
    expect(run.failure).toBeUndefined()
    return run.outputs['deploy-id'] ?? ''
  }

  it("with the user known (auth URL), another user's deploy is no candidate: the submit is repeated", async () => {
    await deployAs({
      'access-token': sim.issueAccessToken('other@sim.example.com'),
      'instance-url': sim.baseUrl
    })
    const from = sim.requests.length
    sim.faults.add({ operation: 'deploy', kind: 'error', code: 'UNKNOWN_EXCEPTION' })
    const run = await runAction(
      sim,
      { 'auth-url': sim.authUrl, 'test-level': 'RunLocalTests' },
      { workspace: passingProject() }
    )
    expect(run.failure).toBeUndefined()
    expect(run.outputs.status).toBe('Succeeded')
    const admin = sim.org.users[0]?.id ?? ''
    expect(deployRequestQueries(sim, from)[0]).toContain(`CreatedById = '${admin}'`)
    expect(sim.deploys).toHaveLength(2)
  })

  it("with the same user, another job's fresh deploy stops the run rather than risk a double deploy", async () => {
    const theirs = await deployAs({})
    sim.faults.add({ operation: 'deploy', kind: 'error', code: 'UNKNOWN_EXCEPTION' })
    const run = await runAction(
      sim,
      { 'auth-url': sim.authUrl, 'test-level': 'RunLocalTests' },
      { workspace: passingProject() }
    )
    expect(run.failed).toBe(true)
    expect(sim.deploys.map((d) => d.id)).toEqual([theirs])
    expect(run.failure).toMatch(new RegExp(`${theirs} \\((Pending|InProgress), created `))
    expect(run.failure).toContain('another job signed in as the same user')
  })

  it('a validation in the window is no candidate for a deploy', async () => {
    await deployAs({ mode: 'validate' })
    sim.faults.add({ operation: 'deploy', kind: 'error', code: 'UNKNOWN_EXCEPTION', skip: 0 })
    const run = await runAction(
      sim,
      { 'test-level': 'RunLocalTests' },
      { workspace: passingProject() }
    )
    expect(run.failure).toBeUndefined()
    expect(run.outputs.status).toBe('Succeeded')
    expect(sim.deploys.map((d) => d.checkOnly)).toEqual([true, false])
  })
})

describe('UNKNOWN_EXCEPTION on a flaky-test resubmit', () => {
  let sim: Simulator
  afterEach(async () => {
    await sim.close()
  })

  it("does not take the run's own first validation for a deploy the failed resubmit created", async () => {
    sim = await startSim()
    makeFlaky(sim.context.org, 'InvoiceServiceTest.appliesTax')
    // The first submit goes through; the resubmit after the flaky test meets the fault.
    sim.faults.add({ operation: 'deploy', kind: 'error', code: 'UNKNOWN_EXCEPTION', skip: 1 })
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
    expect(run.failure).toBeUndefined()
    expect(run.failed).toBe(false)
    expect(submits(sim, 'deploy')).toBe(3)
    expect(sim.deploys).toHaveLength(2)
    expect(run.summary).toContain('flaky: passed on retry 1 (resubmitted)')
  })
})
