import { describe, expect, it } from 'vitest'
import { compileVerdict } from '../../src/modes/compile/compile-verdict.ts'
import type { CompileOutcome } from '../../src/tooling/compile-outcome.ts'

/** A save whose request ended Failed with the reason in ErrorMsg and DeployDetails null. */
const failedWithErrorMsg: CompileOutcome = {
  checkOnly: false,
  org: {
    isSandbox: true,
    organizationType: 'Enterprise Edition',
    trialExpirationDate: null,
    namespacePrefix: null
  },
  method: 'tooling',
  files: [{ kind: 'member', path: 'fa/classes/Foo.cls', type: 'ApexClass', name: 'Foo' }],
  attempts: [
    {
      containerName: 'gha-1-1-aaaaaa',
      containerId: '1dc1',
      requestId: '1dr1',
      state: 'Failed',
      errorMsg: "Can't alter metadata in an active org",
      queueMs: 1_500,
      cleanup: true
    }
  ],
  final: {
    id: '1dr1',
    state: 'Failed',
    rawState: 'Failed',
    errorMsg: "Can't alter metadata in an active org",
    failures: [],
    successes: []
  },
  fallbackReasons: [],
  timedOut: false,
  cancelled: false,
  totalMs: 2_000
}

describe('compile verdict', () => {
  it("names the org's ErrorMsg when a Failed request carries no component messages", () => {
    const verdict = compileVerdict(failedWithErrorMsg, 60)
    expect(verdict.success).toBe(false)
    expect(verdict.message).toContain("Can't alter metadata in an active org")
  })
})

/** A save cancelled once its request `1dr1` was submitted, which then read `state`. */
function cancelledAfterSubmit(state: 'Aborted' | 'Completed' | 'Queued'): CompileOutcome {
  const [attempt] = failedWithErrorMsg.attempts
  return {
    ...failedWithErrorMsg,
    attempts: [{ ...attempt!, state, stoppedBecause: 'the job was cancelled' }],
    final: { id: '1dr1', state, rawState: state, failures: [], successes: [] },
    cancelled: true
  }
}

describe('compile verdict of a cancelled job', () => {
  it('says nothing was saved when the cancel came before the save was submitted', () => {
    const outcome: CompileOutcome = {
      ...failedWithErrorMsg,
      attempts: [
        { containerName: 'gha-1-1-aaaaaa', stoppedBecause: 'the job was cancelled', cleanup: true }
      ],
      cancelled: true
    }
    delete outcome.final
    expect(compileVerdict(outcome, 60)).toEqual({
      success: false,
      message: 'The job was cancelled before the save was submitted: nothing was saved to the org.'
    })
  })

  it('says nothing was saved once the request was set to Aborted', () => {
    expect(compileVerdict(cancelledAfterSubmit('Aborted'), 60).message).toBe(
      'The job was cancelled; ContainerAsyncRequest 1dr1 was set to Aborted: nothing was saved to the org.'
    )
  })

  // Aborted is accepted only while Queued: a save that already Completed did save.
  it('says the code was saved when the request had already Completed', () => {
    expect(compileVerdict(cancelledAfterSubmit('Completed'), 60)).toEqual({
      success: false,
      message:
        'The job was cancelled, but ContainerAsyncRequest 1dr1 had already Completed: the code was saved to the org.'
    })
  })

  it('does not claim an abort the org did not confirm', () => {
    expect(compileVerdict(cancelledAfterSubmit('Queued'), 60).message).toMatch(
      /^The job was cancelled, but ContainerAsyncRequest 1dr1 was not confirmed Aborted \(last seen Queued\)/
    )
  })
})

/** A request the wait stopped, which then read `state`. */
function timedOut(state: 'Aborted' | 'Completed' | 'Error' | 'Queued'): CompileOutcome {
  const [attempt] = failedWithErrorMsg.attempts
  return {
    ...failedWithErrorMsg,
    attempts: [{ ...attempt!, state, stoppedBecause: 'timed out after 60 s in Queued' }],
    final: {
      id: '1dr1',
      state,
      rawState: state,
      ...(state === 'Error' ? { errorMsg: 'An unexpected error has occurred.' } : {}),
      failures: [],
      successes: []
    },
    timedOut: true
  }
}

describe('compile verdict at the wait limit', () => {
  it('says the request was aborted only when it was, and keeps a result that came first', () => {
    expect(compileVerdict(timedOut('Aborted'), 1).message).toBe(
      "The compile timed out after 60 s in Queued; the request was set to Aborted. Raise wait, or try again when the org's queue is shorter."
    )
    expect(compileVerdict(timedOut('Completed'), 1)).toEqual({ success: true })
    expect(compileVerdict(timedOut('Error'), 1)).toEqual({
      success: false,
      message:
        'The compile timed out after 60 s in Queued; ContainerAsyncRequest 1dr1 had already ended Error (An unexpected error has occurred.).'
    })
  })
})
