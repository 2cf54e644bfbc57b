/**
 * The real CLI under a pseudo-terminal (util-linux `script`), against the org simulator: what a
 * developer's terminal receives. Progress is one line rewritten with carriage returns, colour
 * follows NO_COLOR, and Ctrl-C typed at the terminal reaches the CLI as SIGINT, which asks on
 * that terminal whether to cancel the deploy in the org. The simulator's clock stands still, so
 * each deploy stays in progress until the test moves the clock on or the deploy is cancelled.
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { passingProject, startSim } from '../integration/harness.ts'
import { REPO_ROOT } from '../support/repo-root.ts'

function hasScript(): boolean {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const SCRIPT = hasScript()
if (!SCRIPT) console.warn('pty.int.test.ts skipped: util-linux `script` is not installed')

// The CLI is bundled from the current source, as dist/cli.js is built: a bundle starts in a
// fraction of the time the unbundled source takes, which keeps these runs short.
let bundleDir = ''
let cli = ''
beforeAll(async () => {
  if (!SCRIPT) return
  bundleDir = mkdtempSync(path.join(tmpdir(), 'sfda-pty-cli-'))
  cli = path.join(bundleDir, 'cli.mjs')
  await build({
    entryPoints: [path.join(REPO_ROOT, 'src', 'cli.ts')],
    outfile: cli,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
    },
    logLevel: 'error'
  })
})
afterAll(() => {
  if (bundleDir) rmSync(bundleDir, { recursive: true, force: true })
})

/** A clear-line rewrite followed by a running deploy's progress. */
// eslint-disable-next-line no-control-regex -- the escape codes are what the terminal receives
const PROGRESS_REWRITE = /\r\u001b\[2K(Pending|InProgress)( · [^\r\n]*)?/
/** Colour and style codes (SGR), as opposed to the cursor codes of the updating line. */
// eslint-disable-next-line no-control-regex -- the escape codes are what the terminal receives
const SGR = /\u001b\[[\d;]*m/

interface PtyRun {
  /** Everything the terminal showed (the CLI's stdout and stderr, and the echo of typed keys). */
  screen: string
  code: number | null
}

/** Shell-quotes one word for `script -c`. */
const quote = (word: string): string => `'${word.replace(/'/g, `'\\''`)}'`

/**
 * Runs the bundled CLI's `validate` under a pseudo-terminal; `onScreen` sees the screen so far each
 * time output arrives and may type keys.
 */
async function underPty(
  sim: Simulator,
  env: Record<string, string>,
  onScreen: (screen: string, type: (keys: string) => void) => void
): Promise<PtyRun> {
  const cwd = passingProject()
  const node = path.join(REPO_ROOT, 'node_modules', '.bin', 'node')
  const command = [
    node,
    cli,
    'validate',
    '--test-level',
    'RunLocalTests',
    '--poll-interval-max',
    '1'
  ]
  const child = spawn('script', ['-qfec', command.map(quote).join(' '), '/dev/null'], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      TERM: 'xterm',
      SF_ACCESS_TOKEN: sim.accessToken,
      SF_INSTANCE_URL: sim.baseUrl,
      ...env
    },
    stdio: ['pipe', 'pipe', 'pipe']
  })
  let screen = ''
  const type = (keys: string): void => void child.stdin.write(keys)
  child.stdout.on('data', (chunk: Buffer) => {
    screen += chunk.toString('utf8')
    onScreen(screen, type)
  })
  child.stderr.on('data', (chunk: Buffer) => (screen += chunk.toString('utf8')))
  // A run that stalls (a prompt never shown, a key never typed) fails with its screen rather
  // than leaving the CLI behind when the test times out.
  const guard = setTimeout(() => child.kill('SIGKILL'), 20_000)
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  clearTimeout(guard)
  rmSync(cwd, { recursive: true, force: true })
  return { screen, code }
}

/** Validates to the end: once progress shows, the org's clock jumps past the deploy. */
async function validateToTheEnd(env: Record<string, string>): Promise<PtyRun> {
  const sim = await startSim()
  try {
    let moved = false
    return await underPty(sim, env, (screen) => {
      if (moved || !PROGRESS_REWRITE.test(screen)) return
      moved = true
      void sim.clock.advance(30 * 60_000)
    })
  } finally {
    await sim.close()
  }
}

describe.skipIf(!SCRIPT).concurrent('the CLI at a pseudo-terminal', () => {
  it('rewrites one progress line with carriage returns, and paints the verdict', async () => {
    const run = await validateToTheEnd({})
    expect(run.code, run.screen).toBe(0)
    expect(run.screen).toMatch(PROGRESS_REWRITE)
    // Progress is never printed as a line of its own.
    expect(run.screen).not.toMatch(/(^|\n)(Pending|InProgress)( · [^\r\n]*)?\r?\n/)
    expect(run.screen).toContain('\u001b[32m✔ validate succeeded')
  })

  it('with NO_COLOR, still rewrites the line but writes no colour codes', async () => {
    const run = await validateToTheEnd({ NO_COLOR: '1' })
    expect(run.code, run.screen).toBe(0)
    expect(run.screen).toMatch(PROGRESS_REWRITE)
    expect(run.screen).toMatch(/✔ validate succeeded/)
    expect(run.screen).not.toMatch(SGR)
  })

  it('Ctrl-C asks on the terminal, and yes cancels the deploy in the org and exits 130', async () => {
    const sim = await startSim()
    try {
      let interrupted = false
      let answered = false
      const run = await underPty(sim, { NO_COLOR: '1' }, (screen, type) => {
        if (!interrupted && PROGRESS_REWRITE.test(screen)) {
          interrupted = true
          type('\u0003')
        }
        // readline ends the question with a cursor move, so the prompt is not the screen's end.
        if (interrupted && !answered && /\[y\/N\] /.test(screen)) {
          answered = true
          type('y\r')
        }
      })
      const id = sim.deploys[0]?.id ?? ''
      expect(run.code, run.screen).toBe(130)
      expect(run.screen).toContain(`Interrupted. Cancel deploy ${id} in the org? [y/N] `)
      expect(sim.requests.filter((r) => r.operation === 'cancelDeploy')).toHaveLength(1)
      expect(run.screen).toContain(`Cancelled deploy ${id} in the org`)
    } finally {
      await sim.close()
    }
  })
})
