/**
 * mode: plan through the real run(), against the org simulator and the GitHub simulator: the
 * sticky comment's content (changes against the org, tests, drift, quick-deploy outlook, rollback),
 * that nothing reaches the org, and what a fork's run without secrets says it could not check.
 */
import { copyFileSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  type GitHubSimulator,
  type RunOptions,
  startGitHubSimulator
} from '../../github-simulator/index.ts'
import type { Simulator } from '../../simulator/index.ts'
import { REPO_ROOT } from '../support/repo-root.ts'
import { createRepo } from '../delta/git-repo.ts'
import { PASSING_TEST, passingProject, runAction, startSim, workflowStep } from './harness.ts'

const CLASS = 'force-app/main/default/classes/InvoiceService.cls'
const HOTFIX_USER = { username: 'hotfix@acme.example', name: 'Hannah Hotfix' }
const DAY = 24 * 60 * 60 * 1000

let sim: Simulator
let gh: GitHubSimulator
beforeEach(async () => {
  sim = await startSim({ users: [HOTFIX_USER] })
  gh = await startGitHubSimulator()
})
afterEach(async () => {
  await sim.close()
  await gh.close()
})

/** One pipeline run: a workflow run in the GitHub simulator, the action with its token. */
const step = (
  inputs: Record<string, string>,
  workspace: string,
  options: RunOptions = {}
): ReturnType<typeof workflowStep> =>
  workflowStep(
    sim,
    gh,
    { 'delta-from': 'none', 'test-level': 'RunLocalTests', ...inputs },
    workspace,
    options
  )

/** The pull request's version of the project: one new class. */
function prProject(): string {
  const meta = readFileSync(path.join(passingProject(), `${CLASS}-meta.xml`), 'utf8')
  return passingProject({
    'force-app/main/default/classes/Discounts.cls': 'public class Discounts {}\n',
    'force-app/main/default/classes/Discounts.cls-meta.xml': meta
  })
}

async function hotfix(): Promise<void> {
  await sim.clock.advance(60_000)
  const source = readFileSync(path.join(passingProject(), CLASS), 'utf8')
  const run = await runAction(
    sim,
    {
      'access-token': sim.issueAccessToken(HOTFIX_USER.username),
      'instance-url': sim.baseUrl,
      mode: 'deploy',
      'delta-from': 'none',
      drift: 'off'
    },
    { workspace: passingProject({ [CLASS]: source.replace('sum = 0;', 'sum = 0; // hot fix') }) }
  )
  expect(run.failed).toBe(false)
  await sim.clock.advance(60_000)
}

const planMarker = '<!-- salesforce-release-plan:v1 key=release-plan -->'
const planComments = (pr: number) => gh.comments(pr).filter((c) => c.body.includes(planMarker))

describe('mode: plan', () => {
  it('posts one sticky comment telling what merging would do, and deploys nothing', async () => {
    await step({ mode: 'deploy' }, passingProject())
    await hotfix()
    const pr = gh.openPullRequest()
    const onPr = { event: 'pull_request', pullRequest: pr }
    const v = await step({ mode: 'validate' }, prProject(), onPr)
    expect(v.failure).toBeUndefined()
    const deploysBefore = sim.deploys.length

    const plan = await step({ mode: 'plan' }, prProject(), onPr)
    expect(plan.failure).toBeUndefined()
    expect(sim.deploys.length).toBe(deploysBefore)
    const [comment] = planComments(pr)
    const body = comment?.body ?? ''
    expect(body.startsWith(planMarker)).toBe(true)
    expect(body).toContain(
      `Merging this pull request and deploying it to \`${new URL(sim.baseUrl).host}\` would:`
    )
    expect(body).toMatch(
      /\| Components \| 1 new, 1 changed, 0 deleted, 4 unchanged \(6 components\) \|/
    )
    expect(body).toContain('| Tests | RunLocalTests (from test-level) |')
    expect(body).not.toContain('drift: warn')
    expect(body).toContain('⚠️ 1 component changed in the org since the last deploy')
    expect(body).toContain('| ApexClass `InvoiceService` | Hannah Hotfix |')
    expect(body).toContain(`✅ possible: validation ${v.outputs['validated-id']}`)
    expect(body).toMatch(/used until \d{4}-\d\d-\d\dT[\d:.]+Z, the org's limit is \d{4}-/)
    expect(body).toContain('❌ none: backup: auto, and the org is not a production org')
    expect(body).toContain('Nothing was deployed')
    // The diff of the changed class against the org: the deploy would undo the hot fix.
    expect(body).toContain('-        Decimal sum = 0; // hot fix')
    expect(plan.summary).toContain('## 📋 Release plan')
    expect(plan.outputs).toMatchObject({
      'drifted-components': '1',
      'changes-new': '1',
      'changes-changed': '1'
    })

    // A second run updates the comment instead of adding one.
    await step({ mode: 'plan' }, prProject(), onPr)
    expect(planComments(pr)).toHaveLength(1)
  })

  it('says a quick deploy will not be possible once another deploy reached the org after the validation', async () => {
    await step({ mode: 'deploy' }, passingProject())
    const pr = gh.openPullRequest()
    const onPr = { event: 'pull_request', pullRequest: pr }
    const v = await step({ mode: 'validate' }, prProject(), onPr)
    await sim.clock.advance(60_000)
    const later = await step({ mode: 'deploy' }, passingProject())
    const plan = await step({ mode: 'plan' }, prProject(), onPr)
    const body = planComments(pr)[0]?.body ?? ''
    expect(body).toContain(
      `❌ not possible: deploy ${later.outputs['deploy-id']} reached the org at`
    )
    expect(body).toContain(`after validation ${v.outputs['validated-id']}`)
    expect(plan.failure).toBeUndefined()
  })

  it("with drift-baseline, still sees a deploy after the validation in the org's newest receipt", async () => {
    const first = await step({ mode: 'deploy' }, passingProject())
    const pr = gh.openPullRequest()
    const onPr = { event: 'pull_request', pullRequest: pr }
    const ws = prProject()
    copyFileSync(first.outputs['receipt-path'] ?? '', path.join(ws, 'baseline.json'))
    const v = await step({ mode: 'validate' }, prProject(), onPr)
    await sim.clock.advance(60_000)
    const later = await step({ mode: 'deploy' }, passingProject())
    await step({ mode: 'plan', drift: 'warn', 'drift-baseline': 'baseline.json' }, ws, onPr)
    const body = planComments(pr)[0]?.body ?? ''
    expect(body).toContain(
      `❌ not possible: deploy ${later.outputs['deploy-id']} reached the org at`
    )
    expect(body).toContain(`after validation ${v.outputs['validated-id']}`)
  })

  it('says the validation expired after 10 days', async () => {
    const pr = gh.openPullRequest()
    const onPr = { event: 'pull_request', pullRequest: pr }
    const v = await step({ mode: 'validate' }, prProject(), onPr)
    await sim.clock.advance(10 * DAY)
    await step({ mode: 'plan' }, prProject(), onPr)
    const body = planComments(pr)[0]?.body ?? ''
    expect(body).toContain('❌ not possible: no usable validation record of this package content')
    expect(body).toContain(`validation ${v.outputs['validated-id']} is too old`)
  })

  it('names the tests a delta with run-tests: auto would run, and why', async () => {
    const D = 'force-app/main/default'
    const repo = createRepo(path.join(REPO_ROOT, 'examples', 'demo-project'), {
      [`${D}/classes/InvoiceServiceTest.cls`]: PASSING_TEST
    })
    try {
      const base = repo.git('rev-parse', 'HEAD').trim()
      const service = `${D}/classes/InvoiceService.cls`
      repo.write(service, repo.read(service).replace('return sum;', 'return sum.setScale(2);'))
      repo.commit('round the total')
      const pr = gh.openPullRequest()
      const plan = await step(
        {
          mode: 'plan',
          'delta-from': base,
          'test-level': 'RunSpecifiedTests',
          'run-tests': 'auto'
        },
        repo.dir,
        { event: 'pull_request', pullRequest: pr }
      )
      expect(plan.failure).toBeUndefined()
      const body = planComments(pr)[0]?.body ?? ''
      expect(body).toContain(
        '| Tests | RunSpecifiedTests: InvoiceServiceTest (chosen by run-tests: auto for the Apex code the delta changes (see below)) |'
      )
      expect(body).toContain('#### Tests chosen (run-tests: auto)')
      expect(body).toMatch(
        /\| Components \| 1 new, 0 changed, 0 deleted, 0 unchanged \(1 component\) \|/
      )
    } finally {
      repo.cleanup()
    }
  })

  it('says in the summary when the pull request refuses the comment, and still passes', async () => {
    const pr = gh.openPullRequest()
    gh.faults.add({
      kind: 'http',
      status: 403,
      body: '{"message":"Resource not accessible by integration"}',
      operation: 'createIssueComment',
      times: Infinity
    })
    const plan = await step({ mode: 'plan' }, prProject(), {
      event: 'pull_request',
      pullRequest: pr
    })
    expect(plan.failed).toBe(false)
    expect(plan.outputs.success).toBe('true')
    expect(planComments(pr)).toHaveLength(0)
    expect(plan.summary).toContain('## 📋 Release plan')
    expect(plan.summary).toMatch(/\n> The PR comment was not posted \(.*403.*\)/)
  })

  it('on a fork pull request without secrets, says what it could not check', async () => {
    const plan = await step({ mode: 'plan', 'access-token': '' }, prProject(), {
      event: 'pull_request',
      fork: 'mallory/app'
    })
    expect(plan.failure).toBeUndefined()
    expect(plan.summary).toContain('## 📋 Release plan · org not checked')
    expect(plan.summary).toContain(
      'this run has no credentials (pull requests from forks get no secrets)'
    )
    expect(plan.summary).toContain('6 components (not compared with the org)')
    expect(plan.summary).toContain('The plan could not be posted on the pull request')
    expect(gh.requests.some((r) => r.operation === 'createIssueComment')).toBe(false)
  })
})
