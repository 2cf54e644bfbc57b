// Package-builder benchmark: a generated project of 10,000+ files built by our engine and by the
// reference converter in the same run. Run: node --experimental-strip-types bench/build-bench.ts
import { execFile } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { ensureSdr, repoRoot, runSdr } from '../conformance/sdr.ts'
import { generateProject } from './generate-project.ts'

const run = promisify(execFile)

interface Measure {
  /** Whole child process, spawn to exit: what a user waits for. */
  wallMs?: number
  /** Inside the process, after modules loaded. */
  ms: number
  peakRss: number
  zipBytes: number
  zipMs?: number
}

/** Bundles the engine the way the action ships it (dist is plain JS, no type stripping at run time). */
async function bundleOurs(out: string): Promise<string> {
  const { build } = await import('esbuild')
  const outfile = path.join(out, 'build-ours.mjs')
  await build({
    entryPoints: [path.join(repoRoot, 'bench', 'build-ours.ts')],
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

async function runOurs(
  script: string,
  project: string,
  zip: string,
  engine: 'zlib' | 'jszip'
): Promise<Measure> {
  const started = performance.now()
  const { stdout } = await run(process.execPath, [script, project, zip, engine], {
    maxBuffer: 16 * 1024 * 1024
  })
  return { ...(JSON.parse(stdout.trim()) as Measure), wallMs: performance.now() - started }
}

const mb = (n: number): string => `${(n / 1_048_576).toFixed(1)} MiB`
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}
/** Field-wise medians of several runs. */
const medianOf = (runs: Measure[]): Measure => ({
  wallMs: median(runs.map((r) => r.wallMs ?? r.ms)),
  ms: median(runs.map((r) => r.ms)),
  peakRss: median(runs.map((r) => r.peakRss)),
  zipBytes: median(runs.map((r) => r.zipBytes)),
  ...(runs.every((r) => r.zipMs !== undefined)
    ? { zipMs: median(runs.map((r) => r.zipMs ?? 0)) }
    : {})
})

async function runReference(project: string, zip: string): Promise<Measure> {
  const started = performance.now()
  const r = await runSdr(project, zip, { zip: true })
  return {
    ms: r.ms,
    wallMs: performance.now() - started,
    peakRss: r.peakRss,
    zipBytes: r.zipBytes ?? 0
  }
}

/**
 * Generates the project and runs both converters BENCH_RUNS times (default 5), alternating so
 * that a busy machine slows both alike; prints medians and the ratios of the medians, plus the
 * median of the per-round ratios. BENCH_JSZIP=1 adds our engine zipping with jszip.
 */
export async function runBuildBench(): Promise<void> {
  const out = path.join(repoRoot, 'bench', 'out')
  mkdirSync(out, { recursive: true })
  const project = path.join(out, 'project')
  const files = generateProject(project)
  console.log(`Generated ${files} source files in ${path.relative(repoRoot, project)}`)
  const script = await bundleOurs(out)
  const rounds = Math.max(1, Number(process.env.BENCH_RUNS ?? 5))
  const withJszip = process.env.BENCH_JSZIP === '1'
  const reason = await ensureSdr()
  if (reason !== undefined) console.log(`Reference skipped: ${reason}`)
  const ours: Measure[] = []
  const jszip: Measure[] = []
  const refs: Measure[] = []
  for (let i = 0; i < rounds; i++) {
    ours.push(await runOurs(script, project, path.join(out, 'ours.zip'), 'zlib'))
    if (withJszip)
      jszip.push(await runOurs(script, project, path.join(out, 'ours-jszip.zip'), 'jszip'))
    if (reason === undefined) refs.push(await runReference(project, path.join(out, 'sdr.zip')))
  }
  const rows: [string, Measure][] = [['ours (node:zlib writer)', medianOf(ours)]]
  if (withJszip) rows.push(['ours (jszip)', medianOf(jszip)])
  const ref = refs.length > 0 ? medianOf(refs) : undefined
  if (ref) rows.push(['reference (SDR 12.37.2)', ref])
  console.log(
    `\nMedians of ${rounds} runs each.\n\n| converter | wall time (process) | in-process | of which zip | peak RSS | zip size |`
  )
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const [name, m] of rows) {
    const zip = m.zipMs === undefined ? '-' : `${m.zipMs.toFixed(0)} ms`
    console.log(
      `| ${name} | ${(m.wallMs ?? 0).toFixed(0)} ms | ${m.ms.toFixed(0)} ms | ${zip} | ${mb(m.peakRss)} | ${m.zipBytes.toLocaleString('en')} B |`
    )
  }
  if (ref) {
    const o = medianOf(ours)
    const perRound = (f: (a: Measure, b: Measure) => number): string =>
      median(ours.map((m, i) => f(m, refs[i] ?? m))).toFixed(2)
    console.log(
      `\nSpeed-up ${((ref.wallMs ?? ref.ms) / (o.wallMs ?? o.ms)).toFixed(1)}x wall, ${(ref.ms / o.ms).toFixed(1)}x in-process (goal >= 6x); memory ${(o.peakRss / ref.peakRss).toFixed(2)} of the reference (goal <= 0.33); zip ${(o.zipBytes / ref.zipBytes).toFixed(2)} of the reference's size (goal <= 1; the reference zip has no package.xml).`
    )
    console.log(
      `Median of per-round ratios: ${perRound((a, b) => (b.wallMs ?? b.ms) / (a.wallMs ?? a.ms))}x wall, memory ${perRound((a, b) => a.peakRss / b.peakRss)}.`
    )
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) await runBuildBench()
