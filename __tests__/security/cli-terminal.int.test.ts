/**
 * What the CLI prints on a terminal (or into another CI system's log, where no runner masks
 * anything) quotes the org: no secret may reach it, and no org text may act on the terminal as an
 * escape sequence. Each test drives the real CLI against the org simulator.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import type { Clock } from '../../src/shared/clock.ts'
import { runCli, type CliIo } from '../../src/cli/run-cli.ts'
import { passingProject, simClock, startSim } from '../integration/harness.ts'
import { echoInProblems } from '../reliability/org-echo.ts'

/** A credential the run never learnt, recognisable only by its shape (a GitHub token). */
const FOREIGN = `ghp_${'Q7'.repeat(18)}`

const BROKEN_CLASS = {
  'force-app/main/default/classes/InvoiceService.cls':
    'public class InvoiceService {\n    Integer x = 1\n}\n'
}

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

/** The simulator's clock, pressing Ctrl-C at the first wait (the deploy is then running). */
function interruptingClock(org: Simulator, interrupt: () => Promise<unknown>): Clock {
  const clock = simClock(org)
  let pressed = false
  return {
    now: clock.now,
    async sleep(ms) {
      if (!pressed) {
        pressed = true
        await interrupt()
      }
      await clock.sleep(ms)
    }
  }
}

async function terminal(
  org: Simulator,
  argv: string[],
  options: { workspace?: string; interrupt?: boolean } = {}
): Promise<{ text: string; err: string; code: number }> {
  const lines: string[] = []
  const err: string[] = []
  let handler: (() => Promise<number>) | undefined
  const clock = options.interrupt ? interruptingClock(org, async () => handler?.()) : simClock(org)
  const io: CliIo = {
    out: (l) => lines.push(l),
    err: (l) => {
      lines.push(l)
      err.push(l)
    },
    env: { SF_ACCESS_TOKEN: org.accessToken, SF_INSTANCE_URL: org.baseUrl, NO_COLOR: '1' },
    isTty: false,
    cwd: options.workspace ?? passingProject(),
    engineDeps: { clock },
    onInterrupt: (h) => {
      handler = h
    },
    ask: async () => true
  }
  const code = await runCli(argv, io)
  return { text: lines.join('\n'), err: err.join('\n'), code }
}

describe('the CLI terminal', () => {
  it('a cancel at Ctrl-C that fails quoting the session prints the failure without it', async () => {
    sim = await startSim()
    sim.faults.add({
      operation: 'cancelDeploy',
      kind: 'error',
      code: 'INSUFFICIENT_ACCESS',
      message: `session ${sim.accessToken} may not cancel (also ${FOREIGN})`,
      times: Infinity
    })
    const t = await terminal(sim, ['validate', '--test-level', 'RunLocalTests'], {
      interrupt: true
    })
    expect(t.code).toBe(130)
    expect(t.err).toMatch(/Could not cancel .*session \*\*\* may not cancel \(also \*\*\*\)/)
    expect(t.text).not.toContain(sim.accessToken)
    expect(t.text).not.toContain(FOREIGN)
  })

  it('escape sequences in org texts are shown as text, never sent to the terminal', async () => {
    // Clear the screen, repaint the line as a green verdict, set the title, write the clipboard.
    const hostile =
      '\u001b[2J\u001b[1A\r\u001b[32m✔ deploy succeeded\u001b[0m' +
      '\u001b]0;pwned\u0007\u001b]52;c;ZWNobyBwd25lZA==\u0007\u009b2J'
    sim = await startSim({ routes: [echoInProblems(hostile)] })
    const t = await terminal(sim, ['deploy', '--api', 'rest', '--test-level', 'RunLocalTests'], {
      workspace: passingProject(BROKEN_CLASS)
    })
    expect(t.code).toBe(1)
    // eslint-disable-next-line no-control-regex -- the controls are what must not be printed
    expect(t.text).not.toMatch(/[\u001b\u0007\u009b]/)
    expect(t.text).toContain('\\x1b[32m✔ deploy succeeded\\x1b[0m')
    expect(t.text).toMatch(/✖ deploy failed/)
  })
})
