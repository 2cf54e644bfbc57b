/**
 * A job cancelled mid-compile: whatever the run had not sent yet is never sent, the container
 * is deleted, and the verdict, summary and outputs say it was cancelled and what was saved.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { RunDeps } from '../../src/runner/run-deps.ts'
import type { Simulator } from '../../simulator/index.ts'
import { toolingControl, type ToolingControl } from '../../simulator/tooling/index.ts'
import { cancelAfter, containerDelete, toolingCreate } from './cancel-during.ts'
import { runAction, startSim } from './harness.ts'
import { changedClassesWorkspace, classBody, classPath, seedClasses } from './changed-classes.ts'

/** More classes than one batch of member creates (four at a time), so a later batch exists. */
const NAMES = ['CancelOne', 'CancelTwo', 'CancelThree', 'CancelFour', 'CancelFive']
const pathOf = classPath
const seed = (): Map<string, Buffer> => seedClasses(NAMES)
const workspace = (): string => changedClassesWorkspace(NAMES)

let sim: Simulator
let tooling: ToolingControl

afterEach(async () => {
  await sim.close()
})

const calls = (operation: string): { body: string; path: string }[] =>
  sim.requests.filter((r) => r.operation === operation)

async function compile(inputs: Record<string, string>, deps: Partial<RunDeps>) {
  return runAction(
    sim,
    { mode: 'compile', 'compile-files': NAMES.map(pathOf).join('\n'), ...inputs },
    { workspace: workspace(), deps }
  )
}

/** What the org still holds: every class as seeded, nothing saved. */
function expectNothingSaved(): void {
  for (const n of NAMES)
    expect(sim.org.files().get(`classes/${n}.cls`)?.toString()).toBe(classBody(n, 1))
  expect(sim.deploys).toHaveLength(0)
}

function expectContainersDeleted(count: number): void {
  expect(calls('createMetadataContainer')).toHaveLength(count)
  expect(tooling.state.deletedContainers).toHaveLength(count)
  expect(tooling.state.containers.size).toBe(0)
}

describe('compile mode cancelled by the job', () => {
  it('a cancel while the members are created sends no ContainerAsyncRequest and saves nothing', async () => {
    sim = await startSim({ seedFiles: seed() })
    tooling = toolingControl(sim.context)
    const r = await compile(
      { 'check-only': 'false' },
      cancelAfter(toolingCreate('ApexClassMember'))
    )
    expect(calls('createContainerAsyncRequest')).toHaveLength(0)
    // The first batch was in flight; the fifth member is never created.
    expect(calls('createContainerMember')).toHaveLength(4)
    expectContainersDeleted(1)
    expectNothingSaved()
    expect(r.failed).toBe(true)
    expect(r.failure).toBe(
      'The job was cancelled before the save was submitted: nothing was saved to the org.'
    )
    expect(r.outputs).toMatchObject({ success: 'false', status: 'Canceled' })
    expect(r.outputs['compile-request-id']).toBeUndefined()
    expect(r.summary).toContain('## ❌ Apex compile and save cancelled')
    expect(r.summary).toContain('nothing was saved to the org')
    expect(r.summary).toMatch(/\| the job was cancelled \| – \| deleted \|/)
  })

  it('a cancel with a failed member create starts no fallback deploy', async () => {
    sim = await startSim({ seedFiles: seed() })
    tooling = toolingControl(sim.context)
    sim.faults.add({
      operation: 'createContainerMember',
      kind: 'error',
      code: 'UNKNOWN_EXCEPTION',
      times: 1
    })
    const r = await compile(
      { 'check-only': 'false', 'compile-fallback': 'deploy' },
      cancelAfter(toolingCreate('ApexClassMember'))
    )
    expect(calls('createContainerAsyncRequest')).toHaveLength(0)
    expectContainersDeleted(1)
    expectNothingSaved()
    expect(r.newDeployIds).toEqual([])
    expect(r.failed).toBe(true)
    expect(r.failure).toContain('cancelled before the save was submitted')
    expect(r.outputs['compile-method']).toBe('tooling')
  })

  it('a cancel in the pause before the retry creates no second container', async () => {
    sim = await startSim({ seedFiles: seed() })
    tooling = toolingControl(sim.context)
    tooling.script('Error')
    const r = await compile({ 'check-only': 'false' }, cancelAfter(containerDelete))
    expect(calls('createContainerAsyncRequest')).toHaveLength(1)
    expectContainersDeleted(1)
    expectNothingSaved()
    expect(r.failed).toBe(true)
    expect(r.failure).toBe(
      'The job was cancelled before the save was submitted: nothing was saved to the org.'
    )
  })

  it('a cancel once the save is queued sets the request to Aborted and says nothing was saved', async () => {
    sim = await startSim({ seedFiles: seed() })
    tooling = toolingControl(sim.context)
    const r = await compile(
      { 'check-only': 'false' },
      cancelAfter(toolingCreate('ContainerAsyncRequest'))
    )
    const [request] = [...tooling.state.requests.values()]
    expect(request?.state).toBe('Aborted')
    expect(JSON.parse(calls('abortContainerAsyncRequest')[0]?.body ?? '{}')).toEqual({
      State: 'Aborted'
    })
    expectContainersDeleted(1)
    expectNothingSaved()
    expect(r.failed).toBe(true)
    expect(r.failure).toMatch(
      /^The job was cancelled; ContainerAsyncRequest 1dr\w+ was set to Aborted: nothing was saved to the org\.$/
    )
    expect(r.outputs).toMatchObject({ success: 'false', status: 'Aborted' })
    expect(r.summary).toContain('## ❌ Apex compile and save cancelled')
  })
})
