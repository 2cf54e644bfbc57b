// The public sample repositories (../shared/samples/*.tar.gz, each unpacking to one folder), for
// the benchmarks; and the measuring helpers the benchmarks share.
import { execFile, execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { repoRoot } from '../conformance/sdr.ts'

const run = promisify(execFile)

export const SAMPLES_DIR = path.resolve(repoRoot, '..', 'shared', 'samples')

/** Files below a folder (recursively). */
function countFiles(dir: string): number {
  let n = 0
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    n += statSync(full).isDirectory() ? countFiles(full) : 1
  }
  return n
}

/**
 * The sample whose package directories hold the most files, unpacked below `out` (kept between
 * runs); undefined, with the reason printed, when the samples folder is absent.
 */
export function largestSample(
  out: string
): { name: string; dir: string; files: number } | undefined {
  if (!existsSync(SAMPLES_DIR)) {
    console.log(
      `NOTE ${SAMPLES_DIR} is absent: the real-repository rows are NOT measured (only generated projects are).`
    )
    return undefined
  }
  const target = path.join(out, 'samples')
  mkdirSync(target, { recursive: true })
  let best: { name: string; dir: string; files: number } | undefined
  for (const tarball of readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.tar.gz'))) {
    const name = tarball.slice(0, -'.tar.gz'.length)
    const dir = path.join(target, name)
    if (!existsSync(dir))
      execFileSync('tar', ['xzf', path.join(SAMPLES_DIR, tarball), '-C', target])
    const project = JSON.parse(readFileSync(path.join(dir, 'sfdx-project.json'), 'utf8')) as {
      packageDirectories: { path: string }[]
    }
    const files = project.packageDirectories.reduce(
      (n, p) => n + countFiles(path.join(dir, p.path)),
      0
    )
    if (!best || files > best.files) best = { name, dir, files }
  }
  return best
}

/** One measured child process. */
export interface Measure {
  /** Whole child process, spawn to exit: what a user waits for. */
  wallMs: number
  /** Inside the process, after modules loaded. */
  ms: number
  peakRss: number
  zipBytes: number
  zipMs?: number
}

/** Runs a child that prints one JSON line of measures; adds the wall time. */
export async function measureChild(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Measure> {
  const started = performance.now()
  const { stdout } = await run(process.execPath, args, {
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, ...env }
  })
  const line = stdout.trim().split('\n').pop() ?? '{}'
  return { ...(JSON.parse(line) as Omit<Measure, 'wallMs'>), wallMs: performance.now() - started }
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}

/** Field-wise medians of several runs. */
export function medianOf(runs: Measure[]): Measure {
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    ms: median(runs.map((r) => r.ms)),
    peakRss: median(runs.map((r) => r.peakRss)),
    zipBytes: median(runs.map((r) => r.zipBytes)),
    ...(runs.every((r) => r.zipMs !== undefined)
      ? { zipMs: median(runs.map((r) => r.zipMs ?? 0)) }
      : {})
  }
}

export const mb = (n: number): string => `${(n / 1_048_576).toFixed(1)} MiB`

/** Bundles a bench child the way the action ships (dist is plain JS, no type stripping at run time). */
export async function bundle(entry: string, out: string): Promise<string> {
  const { build } = await import('esbuild')
  const outfile = path.join(out, `${path.basename(entry, '.ts')}.mjs`)
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);"
    }
  })
  return outfile
}

/** Rounds from BENCH_RUNS (default and minimum 5). */
export function rounds(): number {
  return Math.max(5, Number(process.env.BENCH_RUNS ?? 5))
}

export { run }
