/**
 * Ctrl-C during `compile` at a terminal, against the org simulator: a queued ContainerAsyncRequest
 * is offered for abort as a deploy is offered for cancel (yes aborts it and deletes the container,
 * no leaves it to save), and an interrupt while the members are created stops the run there and
 * deletes the container without a question. In-process runs raise the interrupt from the clock's
 * first pause (the request is queued by then) or right after a member create; one run spawns the
 * real CLI and sends it SIGINT.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { toolingControl, type ToolingControl } from '../../simulator/tooling/index.ts'
import { runCli, type CliIo } from '../../src/cli/run-cli.ts'
import type { HttpTransport } from '../../src/http/transport.ts'
import { createUndiciTransport } from '../../src/http/undici-transport.ts'
import type { Clock } from '../../src/shared/clock.ts'
import { simClock, startSim } from '../integration/harness.ts'
import { interruptRealCli } from './interrupt-real-cli.ts'
import {
  changedClassesWorkspace,
  classBody,
  classPath,
  seedClasses
} from '../integration/changed-classes.ts'

/** More classes than one batch of member creates (four at a time), so a later batch exists. */
const NAMES = ['StopOne', 'StopTwo', 'StopThree', 'StopFour', 'StopFive']
const pathOf = classPath
const seed = (): Map<string, Buffer> => seedClasses(NAMES)
const workspace = (): string => changedClassesWorkspace(NAMES)

/** compile and save, the files named on the command line. */
const COMPILE = [
  'compile',
  '--no-check-only',
  ...NAMES.flatMap((n) => ['--compile-files', pathOf(n)])
]

let sim: Simulator
let tooling: ToolingControl

beforeEach(async () => {
  sim = await startSim({ seedFiles: seed() })
  tooling = toolingControl(sim.context)
})
afterEach(async () => {
  await sim.close()
})

const calls = (operation: string): { body: string }[] =>
  sim.requests.filter((r) => r.operation === operation)

const saved = (): boolean[] =>
  NAMES.map((n) => sim.org.files().get(`classes/${n}.cls`)?.toString() === classBody(n, 2))

/** When the in-process run raises its interrupt. */
type When = 'queued' | 'member-created'

/** A clock that raises the interrupt at its first pause: the first poll of the queued request. */
function interruptingClock(interrupt: () => Promise<unknown>): Clock {
  const clock = simClock(sim)
  let raised = false
  return {
    now: clock.now,
    async sleep(ms) {
      if (!raised) {
        raised = true
        await interrupt()
      }
      await clock.sleep(ms)
    }
  }
}

/** HTTP that raises the interrupt once the first ApexClassMember create has been answered. */
function interruptingHttp(interrupt: () => Promise<unknown>): HttpTransport {
  const http = createUndiciTransport()
  let raised = false
  return {
    async send(request) {
      const response = await http.send(request)
      const member =
        request.method === 'POST' &&
        new URL(request.url).pathname.endsWith('/tooling/sobjects/ApexClassMember')
      if (member && !raised) {
        raised = true
        await interrupt()
      }
      return response
    }
  }
}

async function compileAtTerminal(
  argv: string[],
  when: When,
  ask?: (q: string) => Promise<boolean>
): Promise<{ code: number; err: string }> {
  const err: string[] = []
  let handler: (() => Promise<number>) | undefined
  const interrupt = async (): Promise<unknown> => handler?.()
  const io: CliIo = {
    out: () => undefined,
    err: (l) => err.push(l),
    env: { SF_ACCESS_TOKEN: sim.accessToken, SF_INSTANCE_URL: sim.baseUrl, NO_COLOR: '1' },
    cwd: workspace(),
    engineDeps:
      when === 'queued'
        ? { clock: interruptingClock(interrupt) }
        : { clock: simClock(sim), http: interruptingHttp(interrupt) },
    onInterrupt: (h) => {
      handler = h
    },
    ...(ask ? { ask } : {})
  }
  const code = await runCli(argv, io)
  return { code, err: err.join('\n') }
}

describe('Ctrl-C while a compile runs', () => {
  it('with the request queued, asks; yes aborts it in the org, deletes the container and exits 130', async () => {
    const questions: string[] = []
    const t = await compileAtTerminal(COMPILE, 'queued', async (q) => {
      questions.push(q)
      return true
    })
    expect(t.code, t.err).toBe(130)
    const [request] = [...tooling.state.requests.values()]
    const [containerId] = tooling.state.deletedContainers
    expect(questions).toEqual([
      `Interrupted. Abort ContainerAsyncRequest ${request?.id} (possible while it is queued) and delete MetadataContainer ${containerId} in the org? [y/N] `
    ])
    expect(request?.state).toBe('Aborted')
    expect(JSON.parse(calls('abortContainerAsyncRequest')[0]?.body ?? '{}')).toEqual({
      State: 'Aborted'
    })
    expect(tooling.state.containers.size).toBe(0)
    expect(saved()).toEqual(NAMES.map(() => false))
    expect(t.err).toContain(
      `Aborted ContainerAsyncRequest ${request?.id} in the org: nothing was saved. Deleted MetadataContainer ${containerId}.`
    )
  })

  it('on no, leaves the request to run and save, and says so', async () => {
    const t = await compileAtTerminal(COMPILE, 'queued', async () => false)
    expect(t.code).toBe(130)
    const [request] = [...tooling.state.requests.values()]
    expect(calls('abortContainerAsyncRequest')).toHaveLength(0)
    expect(t.err).toMatch(
      new RegExp(
        `Interrupted\\. ContainerAsyncRequest ${request?.id} keeps running in the org and saves the code if it compiles; MetadataContainer 1dc\\w+ is left in the org`
      )
    )
    // It did: the in-process run carries on to the end the real CLI no longer waits for.
    expect(request?.state).toBe('Completed')
    expect(saved()).toEqual(NAMES.map(() => true))
  })

  it('while the members are created, stops there without asking: no request, container deleted', async () => {
    let asked = false
    const t = await compileAtTerminal(COMPILE, 'member-created', async () => (asked = true))
    expect(t.code, t.err).toBe(130)
    expect(asked).toBe(false)
    expect(calls('createContainerAsyncRequest')).toHaveLength(0)
    // The first batch was in flight; the fifth member is never created.
    expect(calls('createContainerMember').length).toBeLessThanOrEqual(4)
    expect(calls('createMetadataContainer')).toHaveLength(1)
    expect(tooling.state.containers.size).toBe(0)
    const [containerId] = tooling.state.deletedContainers
    expect(t.err).toContain(
      `Interrupted before the ContainerAsyncRequest was submitted: nothing was saved to the org. Deleted MetadataContainer ${containerId}.`
    )
    // Nor a Metadata API deploy instead.
    expect(sim.deploys).toEqual([])
    expect(saved()).toEqual(NAMES.map(() => false))
  })

  it('the real CLI, sent SIGINT with the request queued and --cancel-on-interrupt, aborts it and exits 130', async () => {
    const cwd = workspace()
    // The simulator's clock stands still, so the request stays Queued until aborted.
    const { code, stdout, stderr } = await interruptRealCli(
      sim,
      [...COMPILE, '--cancel-on-interrupt'],
      cwd,
      /Submitted ContainerAsyncRequest/
    )
    expect(code, `${stdout}\n${stderr}`).toBe(130)
    const [request] = [...tooling.state.requests.values()]
    expect(request?.state).toBe('Aborted')
    expect(tooling.state.containers.size).toBe(0)
    expect(saved()).toEqual(NAMES.map(() => false))
    expect(stderr).toMatch(
      new RegExp(
        `Aborted ContainerAsyncRequest ${request?.id} in the org: nothing was saved\\. Deleted MetadataContainer 1dc\\w+\\.`
      )
    )
  }, 20_000)
})
