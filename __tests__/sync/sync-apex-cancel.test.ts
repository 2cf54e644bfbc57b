import { describe, expect, it } from 'vitest'
import { answerOf } from '../../src/sync/sync-apex.ts'
import type { CompileOutcome } from '../../src/tooling/compile-outcome.ts'
import type { PlannedComponent } from '../../src/sync/sync-plan.ts'

const component: PlannedComponent = {
  type: 'ApexClass',
  fullName: 'InvoiceService',
  change: 'upsert',
  path: 'tooling'
}

function outcome(over: Partial<CompileOutcome>): CompileOutcome {
  return {
    checkOnly: false,
    method: 'tooling',
    files: [],
    attempts: [],
    fallbackReasons: [],
    timedOut: false,
    cancelled: false,
    totalMs: 0,
    ...over
  }
}

describe('sync Apex answer after a cancelled job', () => {
  it('does not hand the Apex to a deploy when the cancel stopped the compile before a fallback', () => {
    const answer = answerOf(
      outcome({ method: 'none', cancelled: true, fallbackReasons: ['a new class'] }),
      [component]
    )
    expect(answer.fallbackReason).toBeUndefined()
    expect(answer.results).toEqual([
      expect.objectContaining({
        fullName: 'InvoiceService',
        state: 'not applied',
        detail: 'the job was cancelled; the Apex was not saved'
      })
    ])
  })

  it('still reads a save that had already completed as saved', () => {
    const answer = answerOf(
      outcome({ cancelled: true, final: { id: '1dr000000000001', state: 'Completed' } as never }),
      [component]
    )
    expect(answer.results[0]?.state).toBe('saved')
  })

  it('does not claim "not saved" for a save never confirmed aborted', () => {
    const answer = answerOf(
      outcome({ cancelled: true, final: { id: '1dr000000000002', state: 'Queued' } as never }),
      [component]
    )
    expect(answer.results[0]?.detail).toMatch(/not confirmed Aborted/)
  })
})
