import { describe, expect, it } from 'vitest'
import { compileStopLine } from '../../src/cli/compile-stop.ts'
import { handleInterrupt, type CompileIds, type InterruptPorts } from '../../src/cli/interrupt.ts'
import type { CompileState, RequestStatus } from '../../src/tooling/compile-model.ts'

const QUEUED: CompileIds = { containerId: '1dc1', requestId: '1dr1', checkOnly: false }
const CREATING: CompileIds = { containerId: '1dc1', checkOnly: false }

function ports(
  compile: CompileIds,
  overrides: Partial<InterruptPorts> = {}
): InterruptPorts & { lines: string[]; stopped: CompileIds[] } {
  const lines: string[] = []
  const stopped: CompileIds[] = []
  return {
    lines,
    stopped,
    state: () => ({ compile, finished: false }),
    cancel: () => Promise.reject(new Error('no deploy runs')),
    abortPush: () => Promise.reject(new Error('no push runs')),
    stopCompile: async (ids) => {
      stopped.push(ids)
      return 'stopped'
    },
    err: (line) => lines.push(line),
    ...overrides
  }
}

describe('Ctrl-C during a compile', () => {
  it('with a queued request and no terminal, leaves it and says it saves and what is left', async () => {
    const p = ports(QUEUED)
    expect(await handleInterrupt(p, false)).toBe(130)
    expect(p.stopped).toEqual([])
    expect(p.lines).toEqual([
      'Interrupted. ContainerAsyncRequest 1dr1 keeps running in the org and saves the code if it compiles; MetadataContainer 1dc1 is left in the org: delete it through the Tooling API once the request ends.'
    ])
  })

  it('says a check-only request left running saves nothing', async () => {
    const p = ports({ ...QUEUED, checkOnly: true })
    await handleInterrupt(p, false)
    expect(p.lines[0]).toContain('keeps running in the org (check only: it saves nothing)')
  })

  it('--cancel-on-interrupt stops it without asking', async () => {
    const p = ports(QUEUED, { ask: () => Promise.reject(new Error('must not ask')) })
    expect(await handleInterrupt(p, true)).toBe(130)
    expect(p.stopped).toEqual([QUEUED])
    expect(p.lines).toEqual(['stopped'])
  })

  it('before the request is submitted, stops without asking, with or without a terminal', async () => {
    const p = ports(CREATING, { ask: () => Promise.reject(new Error('must not ask')) })
    expect(await handleInterrupt(p, false)).toBe(130)
    expect(p.stopped).toEqual([CREATING])
  })

  it('a failed stop says what to do by hand, and still exits 130', async () => {
    const p = ports(QUEUED, { stopCompile: () => Promise.reject(new Error('503')) })
    expect(await handleInterrupt(p, true)).toBe(130)
    expect(p.lines).toEqual([
      'Could not abort ContainerAsyncRequest 1dr1: 503. Set its State to Aborted through the Tooling API while it is Queued, and delete MetadataContainer 1dc1.'
    ])
  })

  it('a finished run, or a fallback deploy, is not a compile to stop', async () => {
    const finished = ports(QUEUED, { state: () => ({ compile: QUEUED, finished: true }) })
    await handleInterrupt(finished, true)
    expect(finished.lines).toEqual(['Interrupted.'])
    const deploy = ports(QUEUED, {
      state: () => ({ deployId: '0Af1', finished: false }),
      cancel: async (id) => `Cancelled deploy ${id} in the org (canceling).`
    })
    await handleInterrupt(deploy, true)
    expect(deploy.stopped).toEqual([])
  })
})

const status = (state: CompileState, rawState: string = state): RequestStatus => ({
  id: '1dr1',
  state,
  rawState,
  failures: [],
  successes: []
})
const DELETED = { container: { done: true as const } }

describe('compileStopLine', () => {
  it('an aborted request saved nothing', () => {
    expect(compileStopLine(QUEUED, { abort: { done: true }, ...DELETED }, status('Aborted'))).toBe(
      'Aborted ContainerAsyncRequest 1dr1 in the org: nothing was saved. Deleted MetadataContainer 1dc1.'
    )
  })

  it('a request that had completed saved the code, unless check only', () => {
    const refused = { abort: { done: false as const, why: 'INVALID_OPERATION' }, ...DELETED }
    expect(compileStopLine(QUEUED, refused, status('Completed'))).toMatch(
      /^ContainerAsyncRequest 1dr1 had already completed: the code was saved to the org\. /
    )
    expect(compileStopLine({ ...QUEUED, checkOnly: true }, refused, status('Completed'))).toMatch(
      /had already completed \(check only\): nothing was saved\./
    )
    expect(compileStopLine(QUEUED, refused, status('Failed'))).toMatch(
      /had already ended Failed: nothing was saved\./
    )
  })

  it('cannot confirm a request still queued, or one it could not read', () => {
    expect(
      compileStopLine(
        QUEUED,
        { abort: { done: false, why: 'UNKNOWN_EXCEPTION' }, ...DELETED },
        status('Queued')
      )
    ).toBe(
      'Could not confirm that ContainerAsyncRequest 1dr1 was aborted (the abort failed: UNKNOWN_EXCEPTION; it is Queued): it may still save the code. Check its State in the org. Deleted MetadataContainer 1dc1.'
    )
    expect(
      compileStopLine(QUEUED, { abort: { done: true }, ...DELETED }, { readError: 'timed out' })
    ).toMatch(/\(reading its State failed: timed out\): it may still save the code\./)
  })

  it('says whether the container is gone', () => {
    expect(
      compileStopLine(CREATING, { container: { done: true, alreadyGone: true } }, undefined)
    ).toBe(
      'Interrupted before the ContainerAsyncRequest was submitted: nothing was saved to the org. MetadataContainer 1dc1 was already deleted.'
    )
    expect(
      compileStopLine(CREATING, { container: { done: false, why: 'timed out' } }, undefined)
    ).toMatch(
      /Could not delete MetadataContainer 1dc1: timed out; delete it through the Tooling API\.$/
    )
  })
})
