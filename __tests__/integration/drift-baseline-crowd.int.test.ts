/**
 * The drift guard's baseline against artifacts it must not trust, through the real run(): pull
 * requests from forks run in this repository and can upload artifacts under any name, so they
 * can bury the pipeline's newest receipt, or validation record, under newer ones. The drift guard
 * and the quick deploy must still find it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type GitHubSimulator, startGitHubSimulator } from '../../github-simulator/index.ts'
import type { Simulator } from '../../simulator/index.ts'
import { createArtifactUploader } from '../../src/action/github/artifact-uploader.ts'
import { NEWEST_READ } from '../../src/github/repo-artifacts.ts'
import { inRun } from '../github-simulator/support.ts'
import { passingProject, runAction, startSim, workflowStep } from './harness.ts'

const CLASS = 'force-app/main/default/classes/InvoiceService.cls'
const HOTFIX_USER = { username: 'hotfix@acme.example', name: 'Hannah Hotfix' }

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

const step = (inputs: Record<string, string>): ReturnType<typeof workflowStep> =>
  workflowStep(sim, gh, { 'delta-from': 'none', ...inputs }, passingProject())

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

/** A pull request from a fork uploads an artifact under the receipt's name. */
async function forkUpload(name: string, i: number): Promise<void> {
  const fork = gh.startRun({ event: 'pull_request', fork: 'mallory/app' })
  const dir = mkdtempSync(path.join(tmpdir(), 'fork-receipt-'))
  const file = path.join(dir, 'deploy-receipt.json')
  writeFileSync(file, JSON.stringify({ kind: 'not a receipt', i }))
  await inRun(fork, () => createArtifactUploader().upload(name, [file], dir))
  fork.complete('success')
}

describe('drift baseline', () => {
  it('finds the pipeline receipt behind more fork artifacts of its name than it reads', async () => {
    const first = await step({ mode: 'deploy', drift: 'warn' })
    expect(first.outputs['receipt-path']).toBeDefined()
    const name = gh.artifacts().find((a) => a.name.startsWith('sf-receipt-'))?.name ?? ''
    expect(name).toMatch(/^sf-receipt-00D\w{15}$/)
    await hotfix()
    for (let i = 0; i <= NEWEST_READ; i++) await forkUpload(name, i)

    const d = await step({ mode: 'deploy', drift: 'fail' })
    expect(d.summary).not.toContain('No deploy receipt of this org was found')
    expect(d.summary).toContain(`Baseline: deploy \`${first.outputs['deploy-id']}\``)
    expect(d.summary).toContain('was uploaded by a run for a fork, which is not trusted')
    expect(d.outputs['drifted-components']).toBe('1')
    expect(d.failed).toBe(true)
    expect(d.failure).toContain('ApexClass InvoiceService')
    expect(d.newDeployIds).toEqual([])
  })
})

describe('drift baseline passed over', () => {
  it('names the expired receipt in the summary and warns that drift went unchecked', async () => {
    await step({ mode: 'deploy', drift: 'warn' })
    gh.advance(91 * 86_400_000)
    const d = await step({ mode: 'deploy', drift: 'fail' })
    expect(d.failed).toBe(false)
    expect(d.outputs['drifted-components']).toBeUndefined()
    expect(d.summary).toMatch(/Passed over: artifact sf-receipt-00D\w{15} \(id \d+\) has expired\./)
    expect(
      d.commands.some((c) => c.startsWith('::warning::Drift guard: no usable deploy receipt'))
    ).toBe(true)
  })

  it('says nothing was passed over on the first deploy', async () => {
    const d = await step({ mode: 'deploy', drift: 'fail' })
    expect(d.summary).toContain('No deploy receipt of this org was found')
    expect(d.summary).not.toContain('Passed over')
    expect(d.commands.some((c) => c.startsWith('::warning::Drift guard'))).toBe(false)
  })

  it('finds the validation record behind more fork artifacts of its name than it reads', async () => {
    const pr = gh.openPullRequest()
    const v = await workflowStep(
      sim,
      gh,
      { 'delta-from': 'none', mode: 'validate', 'test-level': 'RunLocalTests' },
      passingProject(),
      { event: 'pull_request', pullRequest: pr }
    )
    const name = v.outputs['validation-record-artifact'] ?? ''
    expect(name).not.toBe('')
    for (let i = 0; i <= NEWEST_READ; i++) await forkUpload(name, i)

    const q = await step({ mode: 'quick-deploy' })
    expect(q.failure).toBeUndefined()
    expect(q.outputs['quick-deploy-fallback-reason']).toBeUndefined()
    expect(q.outputs['quick-deploy-id']).toBeDefined()
    expect(q.summary).toContain(v.outputs['validated-id'] ?? 'no id')
  })
})
