// CLI start benchmark: the time from spawning `validate` on the demo project to the org receiving
// its first request, against the 0.5 s target of the local CLI. The bundled CLI (dist/cli.js,
// what `npx` runs) is compared with the TypeScript source run directly, and with a bare Node
// start (the floor no CLI can beat). The simulator runs in this process and stamps each request
// with the wall clock as it arrives, so spawn and arrival are read on one clock. Each child is
// stopped at its first request: what follows is the org's time, not the CLI's start.
// Run: npm run build && node bench/cli-start-bench.ts
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { startSimulator, type Route } from '../simulator/index.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const TARGET_MS = 500
const RUNS = 9

/** A path pattern that never matches, and notes when the simulator first tries it. */
class ArrivalStamp extends RegExp {
  first: number | undefined
  constructor() {
    super('(?!)')
  }
  override exec(text: string): RegExpExecArray | null {
    this.first ??= performance.now()
    return super.exec(text)
  }
}

/** A route tried before every other one: it records the arrival and serves nothing. */
function arrivalRoute(stamp: ArrivalStamp): Route {
  return {
    name: 'arrival-stamp',
    methods: '*',
    path: stamp,
    transport: 'rest',
    operation: () => 'arrival-stamp',
    handle: () => ({ status: 500 })
  }
}

/** Milliseconds from spawn until the first request arrives (or the process exits). */
function timeToFirstRequest(
  args: string[],
  env: Record<string, string>,
  cwd: string,
  stamp: ArrivalStamp
): Promise<number> {
  stamp.first = undefined
  const started = performance.now()
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')))
  child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')))
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (stamp.first === undefined) return
      clearInterval(timer)
      child.kill('SIGKILL')
      resolve(stamp.first - started)
    }, 1)
    child.on('exit', () => {
      clearInterval(timer)
      if (stamp.first !== undefined) resolve(stamp.first - started)
      else reject(new Error(`exited before any request:\n${output}`))
    })
  })
}

/** Milliseconds from spawn to exit of a bare Node process. */
function timeToExit(args: string[]): Promise<number> {
  const started = performance.now()
  const child = spawn(process.execPath, args, { stdio: 'ignore' })
  return new Promise((resolve) => child.on('exit', () => resolve(performance.now() - started)))
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

const ms = (value: number): string => `${value.toFixed(0)} ms`

export async function runCliStartBench(): Promise<void> {
  const cli = path.join(ROOT, 'dist', 'cli.js')
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first')
  const stamp = new ArrivalStamp()
  const sim = await startSimulator({ routes: [arrivalRoute(stamp)] })
  const project = mkdtempSync(path.join(tmpdir(), 'sfda-cli-start-'))
  cpSync(path.join(ROOT, 'examples', 'demo-project'), project, { recursive: true })
  const env = {
    PATH: process.env.PATH ?? '',
    SF_ACCESS_TOKEN: sim.accessToken,
    SF_INSTANCE_URL: sim.baseUrl,
    NO_COLOR: '1'
  }
  const argv = ['validate', '--test-level', 'RunLocalTests']
  const rows: { name: string; times: number[] }[] = [
    { name: 'node dist/cli.js validate (bundle)', times: [] },
    { name: 'node src/cli.ts validate (source)', times: [] },
    { name: 'node -e 0 (bare Node start, to exit)', times: [] }
  ]
  let firstOperation = 'none'
  try {
    // One warm-up of each, so the first row does not pay for a cold disk cache.
    await timeToFirstRequest([cli, ...argv], env, project, stamp)
    await timeToFirstRequest([path.join(ROOT, 'src', 'cli.ts'), ...argv], env, project, stamp)
    for (let i = 0; i < RUNS; i++) {
      rows[0]?.times.push(await timeToFirstRequest([cli, ...argv], env, project, stamp))
      const source = [path.join(ROOT, 'src', 'cli.ts'), ...argv]
      rows[1]?.times.push(await timeToFirstRequest(source, env, project, stamp))
      rows[2]?.times.push(await timeToExit(['-e', '0']))
    }
    firstOperation = sim.requests[0]?.operation ?? 'none'
  } finally {
    await sim.close()
    rmSync(project, { recursive: true, force: true })
  }
  report(rows, firstOperation)
}

function report(rows: { name: string; times: number[] }[], firstOperation: string): void {
  console.log(
    `Spawn to first request (${firstOperation}) on the demo project, ${RUNS} runs each, Node ${process.version}`
  )
  console.log('| run | median | min | max | median / 0.5 s target |')
  console.log('|---|---|---|---|---|')
  for (const row of rows) {
    const mid = median(row.times)
    const ratio = `${(mid / TARGET_MS).toFixed(2)}x`
    console.log(
      `| ${row.name} | ${ms(mid)} | ${ms(Math.min(...row.times))} | ${ms(Math.max(...row.times))} | ${ratio} |`
    )
  }
  const bundle = median(rows[0]?.times ?? [])
  const bare = median(rows[2]?.times ?? [])
  const verdict = bundle <= TARGET_MS ? 'meets' : 'misses'
  console.log(
    `Bundled CLI: ${ms(bundle)} to first request, ${verdict} the ${ms(TARGET_MS)} target; ` +
      `${ms(Math.max(0, bundle - bare))} of it is the CLI's own work above a bare Node start.`
  )
}

if (import.meta.main) await runCliStartBench()
