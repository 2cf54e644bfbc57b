/**
 * The CLI at a terminal, against the org simulator: progress on one updating line on a TTY and
 * plain lines elsewhere, and Ctrl-C while a deploy runs (ask, cancel in the org, or leave it
 * running). In-process runs raise the interrupt from the clock's first pause, while the deploy
 * is running; one run spawns the real CLI and sends it SIGINT.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { runCli, type CliIo } from '../../src/cli/run-cli.ts'
import type { Clock } from '../../src/shared/clock.ts'
import { passingProject, simClock, startSim } from '../integration/harness.ts'
import { interruptRealCli } from './interrupt-real-cli.ts'

let sim: Simulator

beforeEach(async () => {
  sim = await startSim()
})
afterEach(async () => {
  await sim.close()
})

interface Terminal {
  out: string[]
  err: string[]
  /** Raw chunks written for the updating line. */
  chunks: string[]
  code: number
}

/** A clock that raises the interrupt at its first pause (the deploy is submitted by then). */
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

async function terminal(
  argv: string[],
  options: { isTty?: boolean; ask?: (q: string) => Promise<boolean>; interrupt?: boolean } = {}
): Promise<Terminal> {
  const out: string[] = []
  const err: string[] = []
  const chunks: string[] = []
  let handler: (() => Promise<number>) | undefined
  const clock = options.interrupt ? interruptingClock(async () => handler?.()) : simClock(sim)
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { SF_ACCESS_TOKEN: sim.accessToken, SF_INSTANCE_URL: sim.baseUrl, NO_COLOR: '1' },
    isTty: options.isTty ?? false,
    write: (chunk) => chunks.push(chunk),
    columns: 60,
    cwd: passingProject(),
    engineDeps: { clock },
    onInterrupt: (h) => {
      handler = h
    },
    ...(options.ask ? { ask: options.ask } : {})
  }
  const code = await runCli(argv, io)
  return { out, err, chunks, code }
}

const cancels = (): number => sim.requests.filter((r) => r.operation === 'cancelDeploy').length

describe('progress at a terminal', () => {
  it('on a TTY, progress is one line rewritten in place, cut to the terminal width', async () => {
    const t = await terminal(['validate', '--test-level', 'RunLocalTests'], { isTty: true })
    expect(t.code).toBe(0)
    const progress = t.chunks.filter((c) => c.startsWith('\r\u001b[2K') && c.length > 4)
    expect(progress.length).toBeGreaterThan(0)
    for (const chunk of progress) {
      expect(chunk).not.toContain('\n')
      expect(chunk.length - 4).toBeLessThanOrEqual(60)
    }
    expect(progress.some((c) => /InProgress|Pending/.test(c))).toBe(true)
    // Progress lines are not printed as lines as well; the summary is.
    expect(t.out.filter((l) => /^(InProgress|Pending) · /.test(l))).toEqual([])
    expect(t.out.join('\n')).toMatch(/validate succeeded/)
  })

  it('elsewhere, each progress line is a plain line and nothing is rewritten', async () => {
    const t = await terminal(['validate', '--test-level', 'RunLocalTests'], { isTty: false })
    expect(t.code).toBe(0)
    expect(t.chunks).toEqual([])
    expect(t.out.some((l) => /^(InProgress|Pending)( · |$)/.test(l))).toBe(true)
  })
})

describe('plan', () => {
  it("prints the release plan from the action's plan mode and deploys nothing", async () => {
    const t = await terminal(['plan', '--test-level', 'RunLocalTests'])
    const text = t.out.join('\n')
    expect(t.code, text).toBe(0)
    expect(text).toMatch(/## 📋 Release plan/)
    expect(text).toMatch(/Nothing was deployed/)
    expect(text).not.toMatch(/<\/?details|<summary>/)
    expect(text).toMatch(/✔ plan succeeded/)
    expect(sim.deploys).toEqual([])
  })
})

describe('Ctrl-C while a deploy runs', () => {
  it('asks, and on yes cancels the deploy in the org and exits 130', async () => {
    const questions: string[] = []
    const t = await terminal(['validate', '--test-level', 'RunLocalTests'], {
      interrupt: true,
      ask: async (q) => {
        questions.push(q)
        return true
      }
    })
    expect(t.code).toBe(130)
    const id = sim.deploys[0]?.id ?? ''
    expect(questions).toEqual([`Interrupted. Cancel deploy ${id} in the org? [y/N] `])
    expect(cancels()).toBe(1)
    expect(t.err.join('\n')).toContain(`Cancelled deploy ${id} in the org`)
  })

  it('on no, leaves it running and says how to follow or cancel it', async () => {
    const t = await terminal(['validate', '--test-level', 'RunLocalTests'], {
      interrupt: true,
      ask: async () => false
    })
    expect(t.code).toBe(130)
    const id = sim.deploys[0]?.id ?? ''
    expect(cancels()).toBe(0)
    expect(t.err.join('\n')).toContain(
      `Deploy ${id} keeps running in the org: follow it with \`report --deploy-id ${id}\``
    )
  })

  it('--cancel-on-interrupt cancels without asking', async () => {
    let asked = false
    const t = await terminal(
      ['validate', '--test-level', 'RunLocalTests', '--cancel-on-interrupt'],
      {
        interrupt: true,
        ask: async () => {
          asked = true
          return false
        }
      }
    )
    expect(t.code).toBe(130)
    expect(asked).toBe(false)
    expect(cancels()).toBe(1)
  })

  it('the real CLI, sent SIGINT mid-deploy with --cancel-on-interrupt, cancels and exits 130', async () => {
    // The simulator's clock stands still, so the deploy stays in progress until cancelled.
    const { code, stderr } = await interruptRealCli(
      sim,
      ['validate', '--test-level', 'RunLocalTests', '--cancel-on-interrupt'],
      passingProject(),
      /^(InProgress|Pending)/m
    )
    expect(code, stderr).toBe(130)
    expect(cancels()).toBe(1)
    expect(stderr).toContain(`Cancelled deploy ${sim.deploys[0]?.id ?? ''} in the org`)
  }, 20_000)
})
