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
const best = (runs: Measure[]): Measure =>
  runs.reduce((a, b) => ((b.wallMs ?? b.ms) < (a.wallMs ?? a.ms) ? b : a))

/** Generates the project, runs both converters (best of 3 each) and prints the table. */
export async function runBuildBench(): Promise<void> {
  const out = path.join(repoRoot, 'bench', 'out')
  mkdirSync(out, { recursive: true })
  const project = path.join(out, 'project')
  const files = generateProject(project)
  console.log(`Generated ${files} source files in ${path.relative(repoRoot, project)}`)
  const script = await bundleOurs(out)
  const ours: Measure[] = []
  const jszip: Measure[] = []
  for (let i = 0; i < 3; i++)
    ours.push(await runOurs(script, project, path.join(out, 'ours.zip'), 'zlib'))
  for (let i = 0; i < 3; i++)
    jszip.push(await runOurs(script, project, path.join(out, 'ours-jszip.zip'), 'jszip'))
  const rows: [string, Measure | undefined][] = [
    ['ours (node:zlib writer)', best(ours)],
    ['ours (jszip)', best(jszip)]
  ]
  const reason = await ensureSdr()
  let ref: Measure | undefined
  if (reason === undefined) {
    const refs: Measure[] = []
    for (let i = 0; i < 3; i++) {
      const started = performance.now()
      const r = await runSdr(project, path.join(out, 'sdr.zip'), { zip: true })
      refs.push({
        ms: r.ms,
        wallMs: performance.now() - started,
        peakRss: r.peakRss,
        zipBytes: r.zipBytes ?? 0
      })
    }
    ref = best(refs)
    rows.push(['reference (SDR 12.37.2)', ref])
  } else console.log(`Reference skipped: ${reason}`)
  console.log(
    '\n| converter | wall time (process) | in-process | of which zip | peak RSS | zip size |'
  )
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const [name, m] of rows) {
    if (!m) continue
    const zip = m.zipMs === undefined ? '-' : `${m.zipMs.toFixed(0)} ms`
    console.log(
      `| ${name} | ${(m.wallMs ?? 0).toFixed(0)} ms | ${m.ms.toFixed(0)} ms | ${zip} | ${mb(m.peakRss)} | ${m.zipBytes.toLocaleString('en')} B |`
    )
  }
  if (ref) {
    const o = best(ours)
    console.log(
      `\nSpeed-up ${((ref.wallMs ?? ref.ms) / (o.wallMs ?? o.ms)).toFixed(1)}x wall, ${(ref.ms / o.ms).toFixed(1)}x in-process (goal >= 6x); memory ${(o.peakRss / ref.peakRss).toFixed(2)} of the reference (goal <= 0.33); zip ${(o.zipBytes / ref.zipBytes).toFixed(2)} of the reference's size (goal <= 1; the reference zip has no package.xml).`
    )
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) await runBuildBench()
