/**
 * What drift: fail stops, through the real run() against the org and GitHub simulators: only
 * drift this deploy would overwrite. A change the repository has already taken (accepted with
 * mode: retrieve and committed, as the summary advises) is reported, and the release goes on.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type GitHubSimulator, startGitHubSimulator } from '../../github-simulator/index.ts'
import type { Simulator } from '../../simulator/index.ts'
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

const step = (inputs: Record<string, string>, workspace: string): ReturnType<typeof workflowStep> =>
  workflowStep(sim, gh, { 'delta-from': 'none', ...inputs }, workspace)

function hotfixed(): Record<string, string> {
  const source = readFileSync(path.join(passingProject(), CLASS), 'utf8')
  return {
    [CLASS]: source.replace('Decimal sum = 0;', 'Decimal sum = 0; // hot fix: start at zero')
  }
}

/** Someone deploys the hot fix as another user, outside any workflow: no receipt. */
async function hotfix(): Promise<void> {
  await sim.clock.advance(60_000)
  const run = await runAction(
    sim,
    {
      'access-token': sim.issueAccessToken(HOTFIX_USER.username),
      'instance-url': sim.baseUrl,
      mode: 'deploy',
      'delta-from': 'none',
      drift: 'off'
    },
    { workspace: passingProject(hotfixed()) }
  )
  expect(run.failed).toBe(false)
  await sim.clock.advance(60_000)
}

const orgClass = () =>
  sim.org
    .component('ApexClass', 'InvoiceService')
    ?.files.get('classes/InvoiceService.cls')
    ?.toString('utf8')

describe('drift: fail', () => {
  it('lets a release go on once the repository holds the hot fix, and still reports it', async () => {
    await step({ mode: 'deploy', drift: 'warn' }, passingProject())
    await hotfix()
    const d = await step({ mode: 'deploy', drift: 'fail' }, passingProject(hotfixed()))
    expect(d.failure).toBeUndefined()
    expect(d.failed).toBe(false)
    expect(d.outputs['drifted-components']).toBe('1')
    expect(d.summary).toMatch(
      /\| ApexClass `InvoiceService` \| Hannah Hotfix \| [^|]+ \| content changed \| keeps it/
    )
    expect(d.summary).not.toContain('stopped the run before anything was deployed')
    expect(d.newDeployIds).toHaveLength(1)
    expect(orgClass()).toContain('hot fix')
    // That deploy's receipt is the new baseline: nothing drifted since.
    const next = await step({ mode: 'deploy', drift: 'fail' }, passingProject(hotfixed()))
    expect(next.outputs['drifted-components']).toBe('0')
  })

  it('still stops a release that would overwrite the hot fix', async () => {
    await step({ mode: 'deploy', drift: 'warn' }, passingProject())
    await hotfix()
    const d = await step({ mode: 'deploy', drift: 'fail' }, passingProject())
    expect(d.failed).toBe(true)
    expect(d.newDeployIds).toEqual([])
    expect(orgClass()).toContain('hot fix')
  })
})
