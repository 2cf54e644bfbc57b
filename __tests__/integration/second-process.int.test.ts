import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { runBundledAction } from '../../scripts/run-bundled-action.ts'
import { copyDemoProject, runAction, startSim } from './harness.ts'

// These run the committed bundle (dist/) in a child process, as a later job or the post step would.
describe('the bundled action in another process', () => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSim()
  })
  afterEach(async () => {
    await sim.close()
  })

  it('reports on a deploy started by an earlier run, by id alone', async () => {
    const workspace = copyDemoProject()
    const first = await runAction(
      sim,
      { wait: '0.02', 'test-level': 'RunLocalTests' },
      { workspace }
    )
    const id = first.outputs['deploy-id'] ?? ''
    expect(first.failed).toBe(true)
    await sim.clock.advance(10 * 60_000)
    const report = await runBundledAction(
      {
        mode: 'report',
        'deploy-id': id,
        'auth-url': sim.authUrl,
        'upload-artifact': 'false',
        'check-run': 'false'
      },
      { workspace }
    )
    expect(report.exitCode).toBe(1)
    expect(report.outputs).toMatchObject({
      'deploy-id': id,
      status: 'Failed',
      'tests-failed': '1',
      'tests-run': '3'
    })
    expect(report.summary).toContain('InvoiceServiceTest.appliesTax')
    expect(report.stdout).toContain(`Reporting on deploy ${id}`)
    // No package was built in this run, yet the annotation lands on the repo's test class.
    expect(report.stdout).toMatch(
      /::error title=Test failure%3A InvoiceServiceTest\.appliesTax,file=force-app\/main\/default\/classes\/InvoiceServiceTest\.cls,line=13/
    )
    // Secrets appear only in the ::add-mask:: commands that tell the runner to hide them.
    expect(report.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(sim.refreshToken)
    expect(sim.deploys).toHaveLength(1)
  })

  it('post step cancels the deploy when the main step was killed', async () => {
    const workspace = copyDemoProject()
    const first = await runAction(
      sim,
      { wait: '0.02', 'test-level': 'RunLocalTests', mode: 'validate' },
      { workspace }
    )
    const id = first.outputs['deploy-id'] ?? ''
    const post = await runBundledAction(
      { 'auth-url': sim.authUrl },
      { workspace, entry: 'post.js', state: { 'deploy-id': id, 'check-only': 'true' } }
    )
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toContain(`cancelled deploy ${id} in the org`)
    await sim.clock.advance(5_000)
    expect(sim.deploys.at(-1)?.status).toBe('Canceled')
  })

  it('post step does nothing when the main step finished', async () => {
    const post = await runBundledAction(
      { 'auth-url': sim.authUrl },
      {
        workspace: copyDemoProject(),
        entry: 'post.js',
        state: { 'deploy-id': '0Af5g0000000001CAA', finished: 'true' }
      }
    )
    expect(post.exitCode).toBe(0)
    expect(sim.requests).toHaveLength(0)
  })
})
