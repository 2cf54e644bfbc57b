/**
 * The real run() against both simulators, with no GitHub fake in between: the org simulator for
 * Salesforce, the GitHub simulator for everything GitHub (the real @actions/artifact upload
 * through the results service and blob storage, the real Octokit for artifacts, check runs and
 * comments). Each step is one workflow run with the variables and token a runner gives it; the
 * assertions read what landed in the GitHub simulator.
 */
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  type GitHubSimulator,
  type RunOptions,
  startGitHubSimulator
} from '../../github-simulator/index.ts'
import type { Simulator } from '../../simulator/index.ts'
import { RECORD_FILE } from '../../src/validation-record/record.ts'
import { copyDemoProject, passingProject, startSim, workflowStep } from './harness.ts'

const REPORT_ARTIFACT = 'salesforce-deploy-results'

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

/** One workflow run of the action: a new run in the GitHub simulator, its variables and token. */
const step = (
  inputs: Record<string, string>,
  workspace: string,
  options: RunOptions = {}
): ReturnType<typeof workflowStep> =>
  workflowStep(
    sim,
    gh,
    { 'upload-artifact': 'true', 'check-run': 'true', ...inputs },
    workspace,
    options
  )

const validate = (
  workspace: string,
  options: RunOptions = {},
  extra: Record<string, string> = {}
) =>
  // Validations meant for a quick deploy by content build the whole package (`delta-from: none`).
  step(
    { mode: 'validate', 'test-level': 'RunLocalTests', 'delta-from': 'none', ...extra },
    workspace,
    options
  )

const artifactsOf = (runId: number) => gh.artifacts().filter((a) => a.runId === runId)

describe('validate, then quick deploy by content, through GitHub', () => {
  it('uploads the record and the report, publishes the check run, and a later run quick-deploys it', async () => {
    const v = await validate(passingProject())
    expect(v.failure).toBeUndefined()
    const recordName = v.outputs['validation-record-artifact'] ?? ''
    expect(artifactsOf(v.ghRun.id).map((a) => a.name)).toEqual([recordName, REPORT_ARTIFACT])
    // The artifact client's fixed chatter is dropped; its useful lines stay.
    expect(v.log).not.toMatch(/Artifact name is valid!|Root directory input is valid!/)

    const [record, report] = artifactsOf(v.ghRun.id)
    const recordFiles = (await record?.files()) ?? new Map<string, string>()
    expect(JSON.parse(recordFiles.get(RECORD_FILE) ?? '{}')).toMatchObject({
      validationId: v.outputs['validated-id'],
      contentHash: v.outputs['content-hash'],
      commitSha: v.ghRun.headSha,
      run: { repository: 'acme/app', id: String(v.ghRun.id), attempt: '1' }
    })
    const reportFiles = (await report?.files()) ?? new Map<string, string>()
    expect([...reportFiles.keys()].sort()).toEqual([
      'coverage/cobertura.xml',
      'coverage/coverage-summary.json',
      'coverage/lcov.info',
      'deploy-result.json',
      'junit.xml',
      'summary.md'
    ])
    // The artifact holds the files the run wrote, byte for byte.
    const written = readFileSync(`${v.env.workspace}/sf-deploy-results/summary.md`, 'utf8')
    expect(reportFiles.get('summary.md')).toBe(written)
    expect(reportFiles.get('junit.xml')).toContain('InvoiceServiceTest')

    const [checkRun] = gh.checkRuns()
    expect(checkRun).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      headSha: v.ghRun.headSha,
      externalId: v.outputs['validated-id'],
      detailsUrl: `https://github.com/acme/app/actions/runs/${v.ghRun.id}`
    })
    expect(checkRun?.name).toMatch(/^Salesforce validation \(127\.0\.0\.1:\d+\)$/)

    const q = await step({ mode: 'quick-deploy' }, passingProject())
    expect(q.failure).toBeUndefined()
    expect(q.outputs['validation-record-artifact']).toBe(recordName)
    expect(sim.deploys.at(-1)?.validatedDeployRequestId).toBe(v.outputs['validated-id'])
    expect(q.summary).toContain(`found by package content`)
    const lookups = gh.requests.filter((r) => r.at >= 0 && r.operation === 'listArtifactsForRepo')
    expect(lookups.map((r) => r.query.name)).toEqual([recordName])
    expect(
      gh.requests.filter((r) => r.operation === 'downloadArtifact').map((r) => r.status)
    ).toEqual([302])
    expect(gh.checkRuns().map((c) => [c.name.split(' (')[0], c.conclusion])).toEqual([
      ['Salesforce validation', 'success'],
      ['Salesforce quick deploy', 'success']
    ])
  })

  it('passes over a record uploaded by a pull request from a fork', async () => {
    const forked = await validate(passingProject(), { event: 'pull_request', fork: 'mallory/app' })
    expect(forked.failure).toBeUndefined()
    // The fork's run could upload (artifacts need no token), but its token could not write checks.
    expect(artifactsOf(forked.ghRun.id).map((a) => a.name)).toContain(
      forked.outputs['validation-record-artifact']
    )
    expect(gh.checkRuns()).toEqual([])
    const q = await step(
      { mode: 'quick-deploy', 'quick-deploy-fallback': 'deploy' },
      passingProject()
    )
    expect(q.failure).toBeUndefined()
    expect(q.outputs['quick-deploy-fallback-reason']).toContain(
      'uploaded by a workflow run for a fork, which is not trusted'
    )
    expect(sim.deploys.at(-1)).toMatchObject({
      checkOnly: false,
      validatedDeployRequestId: undefined
    })
    expect(gh.requests.some((r) => r.operation === 'downloadArtifact')).toBe(false)
  })

  it.each<{ what: string; run: RunOptions; inputs: Record<string, string>; reason: string }>([
    {
      what: 'another workflow file',
      run: { workflow: '.github/workflows/anything.yml' },
      inputs: { 'validation-record-workflows': '.github/workflows/validate.yml' },
      reason:
        'uploaded by workflow .github/workflows/anything.yml; validation-record-workflows allows'
    },
    {
      what: 'a branch the quick deploy does not allow',
      run: { branch: 'mallory-branch' },
      inputs: { 'validation-record-branches': 'main, release/*' },
      reason: 'uploaded by a run on branch mallory-branch; validation-record-branches allows'
    }
  ])('passes over a record uploaded by a run of $what', async ({ run, inputs, reason }) => {
    const v = await validate(passingProject(), run)
    expect(v.failure).toBeUndefined()
    expect(artifactsOf(v.ghRun.id).map((a) => a.name)).toContain(
      v.outputs['validation-record-artifact']
    )
    const q = await step(
      { mode: 'quick-deploy', 'quick-deploy-fallback': 'deploy', ...inputs },
      passingProject()
    )
    expect(q.failure).toBeUndefined()
    // Not quick-deployed: the fallback deployed the package itself.
    expect(sim.deploys.at(-1)).toMatchObject({
      checkOnly: false,
      validatedDeployRequestId: undefined
    })
    expect(q.outputs['quick-deploy-fallback-reason']).toContain(reason)
  })
  it('finds the newest deploy receipt of the org for the drift guard, passing over a fork run', async () => {
    const deploy = (options: RunOptions = {}) =>
      step({ mode: 'deploy', 'delta-from': 'none', drift: 'warn' }, passingProject(), options)
    await deploy()
    const newest = await deploy()
    const forked = await deploy({ event: 'pull_request', fork: 'mallory/app' })
    expect(forked.failure).toBeUndefined()
    expect(artifactsOf(forked.ghRun.id).map((a) => a.name)).toContain(`sf-receipt-${sim.orgId}`)

    const before = gh.requests.length
    const guarded = await deploy()
    expect(guarded.failure).toBeUndefined()
    // The fork's receipt is newer, but the baseline is the newest one of this repository's runs.
    expect(guarded.summary).toContain(`Baseline: deploy \`${newest.outputs['deploy-id']}\``)
    expect(guarded.summary).toContain(`of run ${newest.ghRun.id})`)
    expect(guarded.summary).toContain('was uploaded by a run for a fork, which is not trusted')
    // The fork run redeployed the same content: modified since, but identical, so no drift.
    expect(guarded.outputs['drifted-components']).toBe('0')
    // The fork's artifact is never downloaded.
    const downloads = gh.requests.slice(before).filter((r) => r.operation === 'downloadArtifact')
    expect(downloads).toHaveLength(2)
  })
})

/** A project whose deploy fails with one compile error in each of `n` classes. */
function brokenClasses(n: number): string {
  const meta = readFileSync(
    `${passingProject()}/force-app/main/default/classes/InvoiceService.cls-meta.xml`,
    'utf8'
  )
  const files: Record<string, string> = {}
  for (let i = 0; i < n; i++) {
    const name = `Broken${String(i).padStart(3, '0')}`
    files[`force-app/main/default/classes/${name}.cls`] =
      `public class ${name} {\n    // sim:compile-error Variable does not exist: missing${i}\n}\n`
    files[`force-app/main/default/classes/${name}.cls-meta.xml`] = meta
  }
  return passingProject(files)
}

/** A workflow command that annotates a line of a project file (`::error title=…,file=force-app/…`). */
const isLineAnnotation = (command: string): boolean =>
  /^::(error|warning|notice) [^:]*file=force-app\//.test(command)

describe('check runs and workflow annotations', () => {
  it('sends 120 annotations of a failed deploy in 3 batches and concludes the check as failed', async () => {
    const run = await validate(brokenClasses(120))
    expect(run.failed).toBe(true)
    const [check] = gh.checkRuns()
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' })
    expect(check?.annotations).toHaveLength(120)
    expect(check?.batches).toEqual([50, 50, 20, 0])
    expect(check?.annotations[0]).toMatchObject({
      path: 'force-app/main/default/classes/Broken000.cls',
      start_line: 2,
      annotation_level: 'failure'
    })
    // With the check run published, the log gets no per-line annotations.
    expect(run.commands.filter(isLineAnnotation)).toEqual([])
  })

  it('falls back to workflow-command annotations when the token cannot write checks (403)', async () => {
    const run = await validate(copyDemoProject(), { permissions: { checks: 'read' } })
    expect(run.failed).toBe(true)
    expect(
      gh.requests.filter((r) => r.operation === 'createCheckRun').map((r) => r.status)
    ).toEqual([403])
    expect(gh.checkRuns()).toEqual([])
    expect(run.commands.filter(isLineAnnotation).length).toBeGreaterThan(0)
    expect(run.log).toContain('Check run not created: the token cannot write checks')
  })
})

describe('sticky PR comment', () => {
  it('is updated, not duplicated, across 3 runs of the pull request, and checks land on the head commit', async () => {
    const pr = gh.openPullRequest()
    for (let i = 0; i < 120; i++) gh.addComment(pr, `review note ${i}`, 'reviewer')
    const runs = []
    for (let i = 0; i < 3; i++)
      runs.push(
        await validate(
          passingProject(),
          { event: 'pull_request', pullRequest: pr },
          { 'pr-comment': 'true' }
        )
      )
    const ours = gh.comments(pr).filter((c) => c.login === 'github-actions[bot]')
    expect(ours).toHaveLength(1)
    expect(ours[0]?.body).toContain(runs[2]?.outputs['validated-id'])
    expect(ours[0]?.body).not.toContain(runs[0]?.outputs['validated-id'])
    const writes = gh.requests.filter(
      (r) => /IssueComment$/.test(r.operation) && r.method !== 'GET'
    )
    expect(writes.map((r) => r.operation)).toEqual([
      'createIssueComment',
      'updateIssueComment',
      'updateIssueComment'
    ])
    // A check run belongs to the pull request's head commit, never the merge commit in GITHUB_SHA.
    expect(gh.checkRuns().map((c) => c.headSha)).toEqual(runs.map((r) => r.ghRun.headSha))
    expect(runs.every((r) => r.ghRun.env.GITHUB_SHA !== r.ghRun.headSha)).toBe(true)
  })
})

describe('rollback artifact', () => {
  it('uploads the rollback package of a deploy beside the report', async () => {
    const seeded = await step(
      { mode: 'deploy', 'test-level': 'RunLocalTests', backup: 'false' },
      passingProject()
    )
    expect(seeded.failed).toBe(false)
    const run = await step(
      { mode: 'deploy', 'test-level': 'RunLocalTests', backup: 'true' },
      passingProject({
        'force-app/main/default/classes/InvoiceService.cls': readFileSync(
          `${passingProject()}/force-app/main/default/classes/InvoiceService.cls`,
          'utf8'
        ).replace('public class', '// changed\npublic class')
      })
    )
    expect(run.failed).toBe(false)
    const names = artifactsOf(run.ghRun.id).map((a) => a.name)
    expect(names.sort()).toEqual([
      REPORT_ARTIFACT,
      `${REPORT_ARTIFACT}-rollback`,
      `sf-receipt-${sim.orgId}`
    ])
    const rollback = artifactsOf(run.ghRun.id).find((a) => a.name.endsWith('-rollback'))
    const files = (await rollback?.files()) ?? new Map<string, string>()
    // The org's version before the deploy: the first deploy's class, without the change.
    const before = [...files.entries()].find(([name]) =>
      name.endsWith('classes/InvoiceService.cls')
    )
    expect(before?.[1]).toBeDefined()
    expect(before?.[1]).not.toContain('// changed')
  })
})

describe('artifact upload failure', () => {
  it('is a warning and leaves a green deploy green', async () => {
    gh.setStorageQuota(0)
    const run = await step({ mode: 'deploy', 'test-level': 'RunLocalTests' }, passingProject())
    expect(run.failed).toBe(false)
    expect(run.outputs.success).toBe('true')
    expect(gh.artifacts()).toEqual([])
    expect(run.commands.join('\n')).toContain(
      `Artifact "${REPORT_ARTIFACT}" not uploaded: Failed to CreateArtifact: Artifact storage quota has been hit`
    )
    expect(gh.checkRuns()[0]?.conclusion).toBe('success')
  })
})
