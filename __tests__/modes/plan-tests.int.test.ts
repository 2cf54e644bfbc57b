/**
 * mode: plan against what mode: deploy does with the same inputs: the plan tells the test level
 * the deploy would use, not the input it was given, and claims no tests or backup for a delta
 * with nothing to deploy.
 */
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type GitHubSimulator, startGitHubSimulator } from '../../github-simulator/index.ts'
import type { Simulator } from '../../simulator/index.ts'
import { createRepo, D, type TestRepo } from '../delta/git-repo.ts'
import { PASSING_TEST, startSim, workflowStep } from '../integration/harness.ts'
import { REPO_ROOT } from '../support/repo-root.ts'

let sim: Simulator
let gh: GitHubSimulator
/** The demo project with its passing test class, as a git repository. */
let repo: TestRepo
beforeEach(async () => {
  sim = await startSim()
  gh = await startGitHubSimulator()
  repo = createRepo(path.join(REPO_ROOT, 'examples', 'demo-project'), {
    [`${D}/classes/InvoiceServiceTest.cls`]: PASSING_TEST
  })
})
afterEach(async () => {
  repo.cleanup()
  await sim.close()
  await gh.close()
})

/** mode: plan on a pull request of the repository. */
const planOnPr = (inputs: Record<string, string>): ReturnType<typeof workflowStep> =>
  workflowStep(sim, gh, { ...inputs, mode: 'plan' }, repo.dir, {
    event: 'pull_request',
    pullRequest: gh.openPullRequest()
  })

describe('mode: plan, tests', () => {
  it("says the org's default when run-tests: auto finds no Apex change, as the deploy sends no test level", async () => {
    const base = repo.git('rev-parse', 'HEAD').trim()
    const field = `${D}/objects/Invoice__c/fields/Total__c.field-meta.xml`
    repo.write(field, repo.read(field).replace('<label>Total</label>', '<label>Sum</label>'))
    repo.commit('relabel the total')
    const inputs = {
      'delta-from': base,
      'test-level': 'RunSpecifiedTests',
      'run-tests': 'auto'
    }
    const plan = await planOnPr(inputs)
    expect(plan.failure).toBeUndefined()

    const deploy = await workflowStep(sim, gh, { ...inputs, mode: 'deploy' }, repo.dir)
    expect(deploy.failure).toBeUndefined()
    expect(sim.deploys.at(-1)?.options.testLevel).toBeUndefined()

    expect(plan.summary).toMatch(/\| Tests \| the org's default \(/)
    expect(plan.summary).not.toContain('| Tests | RunSpecifiedTests')
  })

  it('claims no tests and no rollback package for an empty delta, which the deploy never submits', async () => {
    const inputs = { 'delta-from': 'HEAD', 'test-level': 'RunLocalTests', backup: 'true' }
    const plan = await planOnPr(inputs)
    expect(plan.failure).toBeUndefined()

    const deploy = await workflowStep(sim, gh, { ...inputs, mode: 'deploy' }, repo.dir)
    expect(deploy.failure).toBeUndefined()
    expect(deploy.newDeployIds).toEqual([])
    expect(deploy.outputs.status).toBe('NothingToDeploy')

    expect(plan.summary).not.toContain('| Tests | RunLocalTests')
    expect(plan.summary).not.toContain('will be ready')
    expect(plan.summary).toMatch(/\| Tests \| none \(nothing to deploy/)
    expect(plan.summary).toMatch(/\| Rollback package \| ❌ none: nothing to deploy/)
  })

  it('says the receipts could not be read, not that the org id is unknown, when listing them fails', async () => {
    gh.faults.add({
      kind: 'http',
      status: 403,
      body: '{"message":"Resource not accessible by integration"}',
      operation: 'listArtifactsForRepo',
      times: Infinity
    })
    const plan = await planOnPr({ 'delta-from': 'none', 'test-level': 'RunLocalTests' })
    expect(plan.failure).toBeUndefined()
    expect(plan.summary).toContain('Drift: the deploy receipts could not be read')
    expect(plan.summary).not.toContain('the sign-in did not tell the org id')
    expect(plan.summary).toMatch(
      /\| Drift since the last deploy \| not checked: the deploy receipts could not be read/
    )
  })
})
