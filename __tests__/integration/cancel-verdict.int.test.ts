/**
 * Cancellations and the one verdict: what cancel-on-timeout did at the wait limit, and mode: cancel
 * with `wait: 0`, told the same way by the exit code, the outputs, the summary heading and the
 * check run, and always what the org did with the deploy.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { runCli, type CliIo } from '../../src/cli/run-cli.ts'
import type { HttpRequest } from '../../src/http/transport.ts'
import { createUndiciTransport } from '../../src/http/undici-transport.ts'
import type { RunDeps } from '../../src/runner/run-deps.ts'
import type { FakeGitHub } from '../support/fake-github.ts'
import { passingProject, runAction, simClock, startSim, type ActionRun } from './harness.ts'
import { headings, signalsOf, workflowGitHub } from './verdict-matrix-support.ts'

const TOKEN = 'ghs_CancelVerdictToken0123456789abcdef'

let sim: Simulator
let github: FakeGitHub
let stopGitHub: () => Promise<void>
beforeEach(async () => {
  sim = await startSim()
  ;({ github, stop: stopGitHub } = await workflowGitHub())
})
afterEach(async () => {
  await sim.close()
  await stopGitHub()
})

/** One run with a check run; its signals are read from the check runs it created. */
async function act(
  inputs: Record<string, string>,
  options: { workspace?: string; deps?: Partial<RunDeps> } = {}
): Promise<{ run: ActionRun; signals: ReturnType<typeof signalsOf> }> {
  const before = github.checkRuns.length
  const run = await runAction(
    sim,
    { 'check-run': 'true', 'github-token': TOKEN, ...inputs },
    options
  )
  return { run, signals: signalsOf(run, github, before) }
}

/** Run deps whose HTTP moves the org's clock by `ms` just before the cancel request reaches it. */
function lateCancel(ms: number): Partial<RunDeps> {
  const http = createUndiciTransport()
  const isCancel = (request: HttpRequest): boolean =>
    request.method === 'PATCH' && request.url.includes('/metadata/deployRequest/')
  return {
    http: {
      async send(request) {
        if (isCancel(request)) await sim.clock.advance(ms)
        return http.send(request)
      }
    }
  }
}

describe('cancel-on-timeout', () => {
  it('a deploy still queued at the wait limit is canceled at once: reported canceled, not running', async () => {
    // The org holds a deploy in Pending for 1.5 s: 0.01 minutes ends the wait before it starts.
    const { run, signals } = await act(
      { wait: '0.01', 'cancel-on-timeout': 'true', 'test-level': 'RunLocalTests' },
      { workspace: passingProject() }
    )
    expect(sim.deploys.at(-1)?.status).toBe('Canceled')
    expect(signals).toEqual({
      failed: true,
      success: 'false',
      heading: expect.stringMatching(/^## 🚫 Deploy canceled/),
      conclusion: 'cancelled'
    })
    expect(run.outputs.status).toBe('Canceled')
    expect(run.failure).toMatch(
      /was canceled by cancel-on-timeout: it was still running at the 0\.01-minute wait limit/
    )
    expect(run.summary).toContain('cancel-on-timeout canceled the deploy')
    expect(run.summary).not.toMatch(/still running|continues in the org/)
  })

  it('a deploy canceling at the wait limit says so, not that it continues', async () => {
    const { run, signals } = await act(
      { wait: '0.04', 'cancel-on-timeout': 'true', 'test-level': 'RunLocalTests' },
      { workspace: passingProject() }
    )
    expect(signals.failed).toBe(true)
    expect(signals.conclusion).toBe('timed_out')
    // Nothing is kept until the deploy ends, whatever the org had processed by then.
    expect(run.outputs).toMatchObject({
      status: 'Canceling',
      success: 'false',
      'components-deployed': '0'
    })
    expect(run.failure).toMatch(/accepted the cancellation \(cancel-on-timeout\)/)
    // A deploy can still end before the cancellation takes hold: only a later read tells.
    expect(run.failure).toMatch(/mode: report and deploy-id: \S+ to see how it ends/)
    expect(run.failure).not.toMatch(/continues in the org|stop it with mode: cancel/)
  })

  it('a deploy finalizing at the wait limit cannot be canceled: reported still running, then it succeeds', async () => {
    // From API 65.0 the org refuses to cancel a deploy in its finalizing stage.
    sim.faults.finalizing(true, 'FinalizingDeploy')
    const { run, signals } = await act(
      { wait: '0.045', 'cancel-on-timeout': 'true', 'test-level': 'RunLocalTests' },
      { workspace: passingProject() }
    )
    expect(signals).toEqual({
      failed: true,
      success: 'false',
      heading: expect.stringMatching(/^## ⏳ Deploy still running/),
      conclusion: 'timed_out'
    })
    expect(run.outputs).toMatchObject({
      status: 'Finalizing',
      'deploy-id': sim.deploys.at(-1)?.id,
      'components-deployed': '0'
    })
    expect(Number(run.outputs['components-total'])).toBeGreaterThan(0)
    expect(run.failure).toMatch(
      /still Finalizing after the 0\.045-minute wait limit, and the org refused to cancel it \(INVALID_ID_FIELD: .*\); it continues in the org/
    )
    expect(run.summary).toContain("the org refused cancel-on-timeout's cancellation")
    await sim.clock.advance(5_000)
    expect(sim.deploys.at(-1)?.status).toBe('Succeeded')
  })

  it('a deploy that ends as the cancel reaches the org is reported as it ended', async () => {
    // The wait limit comes while the tests run; the org finishes the deploy before the cancel lands.
    const { run, signals } = await act(
      { wait: '0.04', 'cancel-on-timeout': 'true', 'test-level': 'RunLocalTests' },
      { workspace: passingProject(), deps: lateCancel(10_000) }
    )
    expect(sim.deploys.at(-1)?.status).toBe('Succeeded')
    expect(sim.org.has('ApexClass', 'InvoiceService')).toBe(true)
    expect(signals).toEqual({
      failed: false,
      success: 'true',
      heading: expect.stringMatching(/^## ✅ Deploy succeeded/),
      conclusion: 'success'
    })
    expect(run.outputs).toMatchObject({ status: 'Succeeded', 'components-deployed': '5' })
    expect(run.summary).toContain('as the deploy ended (Succeeded): it was not canceled')
  })

  it('the CLI exits 3 (still running) for a deploy finalizing at the wait limit', async () => {
    sim.faults.finalizing(true, 'FinalizingDeploy')
    const out: string[] = []
    const io: CliIo = {
      out: (l) => out.push(l),
      err: (l) => out.push(l),
      env: { SF_ACCESS_TOKEN: sim.accessToken, SF_INSTANCE_URL: sim.baseUrl },
      isTty: false,
      cwd: passingProject(),
      engineDeps: { clock: simClock(sim) }
    }
    const code = await runCli(['deploy', '--test-level', 'RunLocalTests', '--wait', '0.045'], io)
    expect(out.join('\n')).toMatch(/still Finalizing after the 0\.045-minute wait limit/)
    expect(code).toBe(3)
  })
})

describe('mode: cancel with wait 0', () => {
  it('of a deploy that had already succeeded: nothing was canceled, and the run fails', async () => {
    const deployed = await act({ 'test-level': 'RunLocalTests' }, { workspace: passingProject() })
    const id = deployed.run.outputs['deploy-id'] ?? ''
    expect(deployed.run.outputs.success).toBe('true')
    const { run, signals } = await act({ mode: 'cancel', 'deploy-id': id, wait: '0' })
    expect(signals).toEqual({
      failed: true,
      success: 'false',
      heading: expect.stringMatching(/^## ⚠️ Nothing to cancel — Deploy had already succeeded/),
      conclusion: 'failure'
    })
    expect(run.outputs).toMatchObject({ 'deploy-id': id, status: 'Succeeded' })
    expect(run.failure).toContain(`Nothing was canceled: deploy ${id} had already succeeded`)
    expect(headings(run).join('\n')).not.toContain('submitted')
  })

  it('of a running deploy: submitted, and followed with mode: report (it is already the stop)', async () => {
    const started = await act(
      { wait: '0', 'test-level': 'RunLocalTests' },
      { workspace: passingProject() }
    )
    const id = started.run.outputs['deploy-id'] ?? ''
    await sim.clock.advance(1_600)
    const { run } = await act({ mode: 'cancel', 'deploy-id': id, wait: '0' })
    expect(run.failed).toBe(false)
    expect(run.outputs).toMatchObject({ 'deploy-id': id, status: 'Submitted', success: 'true' })
    expect(headings(run)[0]).toMatch(/^## ⏳ Cancellation submitted/)
    expect(run.summary).toContain(`deploy-id: ${id}`)
    expect(run.summary).not.toContain('stop it with `mode: cancel`')
  })
})
