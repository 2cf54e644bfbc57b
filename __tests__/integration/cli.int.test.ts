import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { runCli, type CliIo } from '../../src/cli/run-cli.ts'
import { copyDemoProject, passingProject, simClock, startSim } from './harness.ts'

let sim: Simulator

beforeEach(async () => {
  sim = await startSim()
})
afterEach(async () => {
  await sim.close()
})

interface Captured {
  out: string[]
  err: string[]
  code: number
}

/** Runs the CLI in a project against the simulator; credentials come from SF_* variables. */
async function cli(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string>; isTty?: boolean } = {}
): Promise<Captured> {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { SF_ACCESS_TOKEN: sim.accessToken, SF_INSTANCE_URL: sim.baseUrl, ...options.env },
    isTty: options.isTty ?? false,
    cwd: options.cwd ?? passingProject(),
    engineDeps: { clock: simClock(sim) }
  }
  const code = await runCli(argv, io)
  return { out, err, code }
}

describe('CLI against the org simulator', () => {
  it('validate: exits 0, prints the verdict, and the org received a check-only deploy', async () => {
    const r = await cli(['validate', '--test-level', 'RunLocalTests'])
    expect(r.code).toBe(0)
    const text = r.out.join('\n')
    expect(text).toMatch(/✔ validate succeeded \(Succeeded\)/)
    expect(text).toMatch(/tests {7}3 run, 0 failed/)
    expect(text).not.toContain('::')
    expect(text).not.toContain(sim.accessToken)
    expect(sim.deploys).toHaveLength(1)
    expect(sim.deploys[0]?.checkOnly).toBe(true)
  })

  it('deploy with a failing test: exits 1 and lists the failure as file:line', async () => {
    const r = await cli(['deploy', '--test-level', 'RunLocalTests'], { cwd: copyDemoProject() })
    expect(r.code).toBe(1)
    const text = r.out.join('\n')
    expect(text).toMatch(/✖ deploy failed/)
    expect(text).toMatch(
      /Failures:\n {2}force-app\/main\/default\/classes\/InvoiceServiceTest\.cls:\d+/
    )
    expect(sim.deploys[0]?.checkOnly).toBe(false)
  })

  it('--json prints one document shaped like deploy-result.json, progress on stderr', async () => {
    const r = await cli(['validate', '--test-level', 'RunLocalTests', '--json'])
    expect(r.code).toBe(0)
    expect(r.out).toHaveLength(1)
    const doc = JSON.parse(r.out[0] ?? '') as Record<string, unknown>
    expect(doc).toMatchObject({
      mode: 'validate',
      passed: true,
      exitCode: 0,
      counts: { testsTotal: 3, testsFailed: 0 }
    })
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(['outcome', 'org', 'result']))
  })

  it('bad input: exits 2 and the org receives nothing', async () => {
    const r = await cli(['deploy', '--test-level', 'Sometimes'])
    expect(r.code).toBe(2)
    expect(r.out.join('\n')).toContain('test-level')
    expect(sim.deploys).toHaveLength(0)
    expect(await cli(['deploy', '--no-such-flag', 'x'])).toMatchObject({ code: 2 })
    expect(sim.requests).toHaveLength(0)
  })

  it('wait limit: exits 3 with the deploy still running, then report and cancel by id', async () => {
    const cwd = copyDemoProject()
    const r = await cli(['deploy', '--wait', '0.02', '--test-level', 'RunLocalTests'], { cwd })
    expect(r.code).toBe(3)
    const id = sim.deploys[0]?.id ?? ''
    expect(r.out.join('\n')).toContain(`deploy id   ${id}`)
    expect(sim.deploys[0]?.done).toBe(false)
    const cancel = await cli(['cancel', '--deploy-id', id], { cwd })
    expect(cancel.code).toBe(0)
    expect(sim.deploys[0]?.status).toBe('Canceled')
    const report = await cli(['report', '--deploy-id', id, '--json'], { cwd })
    expect(report.code).toBe(1)
    expect(JSON.parse(report.out[0] ?? '')).toMatchObject({ mode: 'report', passed: false })
  })

  it('quick-deploy: deploys the validation by id', async () => {
    const cwd = passingProject()
    await cli(['validate', '--test-level', 'RunLocalTests'], { cwd })
    const validated = sim.deploys[0]?.id ?? ''
    const r = await cli(['quick-deploy', '--validation-id', validated], { cwd })
    expect(r.code).toBe(0)
    expect(sim.deploys.at(-1)?.validatedDeployRequestId).toBe(validated)
  })

  it('retrieve: writes what the org holds under --results-dir', async () => {
    const cwd = passingProject()
    await cli(['deploy'], { cwd })
    const r = await cli(['retrieve', '--results-dir', 'out', '--json'], { cwd })
    expect(r.code).toBe(0)
    expect(sim.requests.some((q) => q.operation === 'retrieve')).toBe(true)
  })

  it('an auth URL flag warns about shell history and is never printed; NO_COLOR wins over a TTY', async () => {
    const r = await cli(['validate', '--auth-url', sim.authUrl], {
      env: { NO_COLOR: '1' },
      isTty: true
    })
    const all = [...r.out, ...r.err].join('\n')
    expect(r.err[0]).toMatch(/--auth-url lands in your shell history/)
    expect(r.code).toBe(0)
    expect(all).toContain('✔ validate succeeded')
    const refreshToken = sim.authUrl.split(':').at(-2)?.split('@')[0] ?? ''
    expect(refreshToken.length).toBeGreaterThan(5)
    expect(all).not.toContain(refreshToken)
    expect(all).not.toContain('\u001b[')
    const coloured = await cli(['validate'], { isTty: true })
    expect(coloured.out.join('\n')).toContain('\u001b[32m✔')
  })
})
