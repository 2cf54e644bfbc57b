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
