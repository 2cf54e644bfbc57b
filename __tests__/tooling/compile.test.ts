import { describe, expect, it } from 'vitest'
import type { Outcome } from '../../src/deploy/deploy-package.ts'
import { ApiError, TransientError } from '../../src/shared/errors.ts'
import { MemoryLogger } from '../../src/shared/logger.ts'
import { InMemorySourceTree } from '../../src/source/source-tree.ts'
import {
  compileChanges,
  type CompilePorts,
  type CompileRequest
} from '../../src/tooling/compile.ts'
import type {
  MemberType,
  OrgEntity,
  OrgFacts,
  RequestStatus
} from '../../src/tooling/compile-model.ts'
import { ContainerNameTaken, type ToolingApi } from '../../src/tooling/tooling-api.ts'

/** A scripted Tooling API that records every call. */
class FakeTooling implements ToolingApi {
  calls: string[] = []
  org: OrgFacts = {
    isSandbox: true,
    organizationType: 'Enterprise Edition',
    trialExpirationDate: null,
    namespacePrefix: null
  }
  entities: OrgEntity[] = [{ type: 'ApexClass', id: '01pA', name: 'Foo', namespacePrefix: null }]
  /** Per request, the states returned by successive reads. */
  reads: (RequestStatus['state'] | Error)[][] = [['Queued', 'Completed']]
  failSubmit?: Error
  failMember?: Error
  failDelete?: Error
  takenNames = 0
  private requests = 0
  private readIndex = new Map<string, number>()

  readOrg(): Promise<OrgFacts> {
    return Promise.resolve(this.org)
  }
  findEntities(type: MemberType, names: string[]): Promise<OrgEntity[]> {
    this.calls.push(`find ${type} ${names.join(',')}`)
    return Promise.resolve(this.entities.filter((e) => e.type === type && names.includes(e.name)))
  }
  createContainer(name: string): Promise<string> {
    this.calls.push(`container ${name.length <= 32 ? 'ok' : 'too long'}`)
    if (this.takenNames-- > 0)
      return Promise.reject(new ContainerNameTaken('duplicate value found: 1dcX'))
    return Promise.resolve(`1dc${this.calls.length}`)
  }
  createMember(containerId: string, member: { name: string }, entityId: string): Promise<string> {
    this.calls.push(`member ${containerId} ${member.name} ${entityId}`)
    return this.failMember ? Promise.reject(this.failMember) : Promise.resolve('400x')
  }
  submit(containerId: string, checkOnly: boolean): Promise<string> {
    this.calls.push(`submit ${containerId} ${checkOnly}`)
    if (this.failSubmit) return Promise.reject(this.failSubmit)
    return Promise.resolve(`1dr${this.requests++}`)
  }
  readRequest(id: string): Promise<RequestStatus> {
    const n = Number(id.slice(3))
    const i = this.readIndex.get(id) ?? 0
    this.readIndex.set(id, i + 1)
    const script = this.reads[n] ?? ['Completed']
    const next = script[Math.min(i, script.length - 1)] ?? 'Completed'
    if (next instanceof Error) return Promise.reject(next)
    return Promise.resolve({
      id,
      state: next,
      rawState: next,
      failures: [],
      successes: [],
      ...(next === 'Error' ? { errorMsg: 'boom' } : {})
    })
  }
  abortRequest(id: string): Promise<void> {
    this.calls.push(`abort ${id}`)
    this.reads[Number(id.slice(3))] = ['Aborted']
    return Promise.resolve()
  }
  deleteContainer(id: string): Promise<void> {
    this.calls.push(`delete ${id}`)
    return this.failDelete ? Promise.reject(this.failDelete) : Promise.resolve()
  }
  deletes(): string[] {
    return this.calls.filter((c) => c.startsWith('delete'))
  }
}

function setup(
  tooling = new FakeTooling(),
  extra: Partial<CompilePorts> = {}
): { ports: CompilePorts; fallbacks: string[][]; logger: MemoryLogger; time: () => number } {
  let now = 0
  const fallbacks: string[][] = []
  const logger = new MemoryLogger()
  const ports: CompilePorts = {
    tooling,
    source: new InMemorySourceTree({
      'fa/classes/Foo.cls': 'public class Foo {}',
      'fa/classes/Bar.cls': 'public class Bar {}'
    }),
    clock: { now: () => now, sleep: (ms) => ((now += ms), Promise.resolve()) },
    logger,
    random: () => 0.3,
    cancelled: () => false,
    onIds: () => undefined,
    fallbackDeploy: (files) => {
      fallbacks.push(files.map((f) => f.path))
      return Promise.resolve({ mode: 'validate', notes: [] } satisfies Outcome)
    },
    ...extra
  }
  return { ports, fallbacks, logger, time: () => now }
}

const request = (over: Partial<CompileRequest> = {}): CompileRequest => ({
  files: [{ path: 'fa/classes/Foo.cls', change: 'changed' }],
  checkOnly: true,
  fallback: 'deploy',
  timeoutMs: 60_000,
  pollCapMs: 5_000,
  ...over
})

describe('compileChanges', () => {
  it('compiles through one container and deletes it', async () => {
    const tooling = new FakeTooling()
    const { ports } = setup(tooling)
    const outcome = await compileChanges(request(), ports)
    expect(outcome).toMatchObject({
      method: 'tooling',
      final: { state: 'Completed' },
      timedOut: false,
      cancelled: false
    })
    expect(outcome.attempts).toHaveLength(1)
    expect(outcome.attempts[0]).toMatchObject({ cleanup: true, state: 'Completed', queueMs: 2_000 })
    expect(tooling.calls).toEqual([
      'find ApexClass Foo',
      'container ok',
      'member 1dc2 Foo 01pA',
      'submit 1dc2 true',
      'delete 1dc2'
    ])
  })

  it('deletes the container and rethrows when submitting fails', async () => {
    const tooling = new FakeTooling()
    tooling.failSubmit = new ApiError('INVALID_OPERATION', 'busy', 400)
    await expect(compileChanges(request(), setup(tooling).ports)).rejects.toThrow(
      'INVALID_OPERATION'
    )
    expect(tooling.deletes()).toEqual(['delete 1dc2'])
  })

  it('deletes the container when polling fails for good', async () => {
    const tooling = new FakeTooling()
    tooling.reads = [['Queued', new ApiError('INVALID_SESSION_ID', 'gone', 401)]]
    await expect(compileChanges(request(), setup(tooling).ports)).rejects.toThrow(
      'INVALID_SESSION_ID'
    )
    expect(tooling.deletes()).toHaveLength(1)
  })

  it('keeps polling through transient errors', async () => {
    const tooling = new FakeTooling()
    tooling.reads = [['Queued', new TransientError('HTTP 503'), 'Failed']]
    const { ports, logger } = setup(tooling)
    const outcome = await compileChanges(request(), ports)
    expect(outcome.final?.state).toBe('Failed')
    expect(logger.lines.some((l) => l.includes('HTTP 503'))).toBe(true)
  })

  it('aborts and deletes when the job is cancelled', async () => {
    const tooling = new FakeTooling()
    tooling.reads = [['Queued']]
    let polls = 0
    const { ports } = setup(tooling, { cancelled: () => polls++ > 2 })
    const outcome = await compileChanges(request(), ports)
    expect(outcome).toMatchObject({
      cancelled: true,
      method: 'tooling',
      final: { state: 'Aborted' }
    })
    expect(tooling.calls.slice(-2)).toEqual(['abort 1dr0', 'delete 1dc2'])
  })

  it('aborts at the timeout', async () => {
    const tooling = new FakeTooling()
    tooling.reads = [['Queued']]
    const { ports, time } = setup(tooling)
    const outcome = await compileChanges(request({ timeoutMs: 30_000 }), ports)
    expect(outcome.timedOut).toBe(true)
    expect(outcome.attempts[0]?.stoppedBecause).toBe('timed out after 30 s in Queued')
    expect(time()).toBe(30_000)
    expect(tooling.deletes()).toHaveLength(1)
  })

  it('retries Error once with a fresh container, then falls back with the reason', async () => {
    const tooling = new FakeTooling()
    tooling.reads = [['Error'], ['Error']]
    const { ports, fallbacks } = setup(tooling)
    const outcome = await compileChanges(request(), ports)
    expect(outcome.method).toBe('metadata-api')
    expect(outcome.fallbackReasons).toEqual(['the Tooling API answered Error twice (boom)'])
    expect(fallbacks).toEqual([['fa/classes/Foo.cls']])
    expect(tooling.deletes()).toHaveLength(2)
  })

  it('gives the retry what the first attempt left of the wait, not a second wait', async () => {
    const tooling = new FakeTooling()
    // Error 20 s after submit (reads 1 s apart for 10 s, then 2 s apart), then a retry stuck Queued.
    tooling.reads = [[...Array<'Queued'>(14).fill('Queued'), 'Error'], ['Queued']]
    const { ports, time } = setup(tooling)
    const outcome = await compileChanges(request({ timeoutMs: 30_000 }), ports)
    expect(outcome.attempts.map((a) => a.stoppedBecause)).toEqual([
      undefined,
      'timed out after 8 s in Queued'
    ])
    expect(time()).toBe(30_000)
    expect(outcome.timedOut).toBe(true)
    expect(tooling.deletes()).toHaveLength(2)
  })

  it('does not retry when the wait is used up, and says why it falls back', async () => {
    const tooling = new FakeTooling()
    tooling.reads = [[...Array<'Queued'>(9).fill('Queued'), 'Error']]
    const { ports, fallbacks, time } = setup(tooling)
    const outcome = await compileChanges(request({ timeoutMs: 10_000 }), ports)
    expect(outcome.attempts).toHaveLength(1)
    expect(outcome.fallbackReasons).toEqual([
      'the Tooling API answered Error (boom), and the wait of 10 s leaves no time to retry'
    ])
    expect(fallbacks).toEqual([['fa/classes/Foo.cls']])
    expect(time()).toBe(10_000)
  })

  it('fails instead of falling back when compile-fallback is fail', async () => {
    const tooling = new FakeTooling()
    tooling.entities = []
    const { ports, fallbacks } = setup(tooling)
    const outcome = await compileChanges(request({ fallback: 'fail' }), ports)
    expect(outcome.method).toBe('none')
    expect(outcome.refused).toContain('ApexClass Foo is new to the org')
    expect(fallbacks).toEqual([])
  })

  it('falls back after a member create fails, with the container deleted', async () => {
    const tooling = new FakeTooling()
    tooling.failMember = new ApiError('NOT_FOUND', 'no such entity', 404)
    const { ports, fallbacks } = setup(tooling)
    const outcome = await compileChanges(request(), ports)
    expect(outcome.method).toBe('metadata-api')
    expect(outcome.fallbackReasons[0]).toContain('creating the ApexClassMember for Foo failed')
    expect(fallbacks).toHaveLength(1)
    expect(tooling.deletes()).toHaveLength(1)
    expect(tooling.calls.some((c) => c.startsWith('submit'))).toBe(false)
  })

  it('records the clean-up of the container a failed member create stopped', async () => {
    const tooling = new FakeTooling()
    tooling.failMember = new ApiError('NOT_FOUND', 'no such entity', 404)
    const deleted = await compileChanges(request(), setup(tooling).ports)
    expect(tooling.deletes()).toHaveLength(1)
    expect(deleted.attempts[0]?.cleanup).toBe(true)
    tooling.failDelete = new ApiError('INSUFFICIENT_ACCESS', 'nope', 403)
    const kept = await compileChanges(request(), setup(tooling).ports)
    expect(kept.attempts[0]?.cleanup).toBe('INSUFFICIENT_ACCESS: nope')
  })

  it('tries a second name once when the first is taken', async () => {
    const tooling = new FakeTooling()
    tooling.takenNames = 1
    const outcome = await compileChanges(request(), setup(tooling).ports)
    expect(outcome.final?.state).toBe('Completed')
    tooling.takenNames = 2
    await expect(compileChanges(request(), setup(tooling).ports)).rejects.toThrow('duplicate value')
  })

  it('records a failed delete instead of hiding the result', async () => {
    const tooling = new FakeTooling()
    tooling.failDelete = new ApiError('INSUFFICIENT_ACCESS', 'nope', 403)
    const outcome = await compileChanges(request(), setup(tooling).ports)
    expect(outcome.final?.state).toBe('Completed')
    expect(outcome.attempts[0]?.cleanup).toBe('INSUFFICIENT_ACCESS: nope')
  })
})
