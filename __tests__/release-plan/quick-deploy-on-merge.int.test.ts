/**
 * The release plan's "quick deploy on merge" row against what the merge's quick deploy then does,
 * through the real run() with the org and GitHub simulators: a validation that ran no Apex tests
 * is recorded, but the org refuses to quick-deploy it, so the plan must not promise one, and the
 * merge's quick deploy refuses it without sending the request.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type GitHubSimulator, startGitHubSimulator } from '../../github-simulator/index.ts'
import type { Simulator } from '../../simulator/index.ts'
import { passingProject, startSim, workflowStep } from '../integration/harness.ts'

const planMarker = '<!-- salesforce-release-plan:v1 key=release-plan -->'

let sim: Simulator
let gh: GitHubSimulator
beforeEach(async () => {
  sim = await startSim()
  gh = await startGitHubSimulator()
})
afterEach(async () => {
  await sim.close()
  await gh.close()
})

describe('mode: plan, quick deploy on merge', () => {
  it('says no quick deploy for a validation that ran no Apex tests, as the merge then finds', async () => {
    const pr = gh.openPullRequest()
    const onPr = { event: 'pull_request', pullRequest: pr }
    const inputs = { 'delta-from': 'none', drift: 'off' }
    const v = await workflowStep(
      sim,
      gh,
      { ...inputs, mode: 'validate', 'test-level': 'NoTestRun' },
      passingProject(),
      onPr
    )
    expect(v.failure).toBeUndefined()
    expect(v.outputs['validation-record-artifact']).toBeDefined()

    const plan = await workflowStep(sim, gh, { ...inputs, mode: 'plan' }, passingProject(), onPr)
    expect(plan.failure).toBeUndefined()
    const body = gh.comments(pr).find((c) => c.body.includes(planMarker))?.body ?? ''
    const row = body.split('\n').find((l) => l.startsWith('| Quick deploy on merge')) ?? ''
    expect(row).toContain(
      `❌ not possible: validation ${v.outputs['validated-id']}: it ran no Apex tests (NoTestRun)`
    )
    expect(row).toContain('quick-deploy-fallback decides')

    // The merge: the quick deploy finds the same record, and refuses it before asking the org.
    const merge = await workflowStep(
      sim,
      gh,
      { ...inputs, mode: 'quick-deploy' },
      passingProject(),
      { event: 'push' }
    )
    expect(merge.failed).toBe(true)
    expect(merge.outputs['quick-deploy-fallback-reason']).toContain(
      `Validation ${v.outputs['validated-id']} cannot be quick-deployed: it ran no Apex tests (NoTestRun)`
    )
    expect(sim.deploys.filter((d) => !d.checkOnly)).toHaveLength(0)
    const quickDeploys = sim.requests.filter((r) => r.operation === 'deployRecentValidation')
    expect(quickDeploys).toEqual([])
  })
})
