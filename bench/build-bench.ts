// Package-builder benchmark: our engine (bundled as shipped) and the reference converter, each a
// whole child process, in alternating rounds of the same run, on the largest public sample
// repository, on a generated project of 10,000+ files and on one four times that size (how memory
// grows). Prints medians and the ratios against the goals.
// Run: node bench/build-bench.ts   (BENCH_RUNS rounds, default 5; BENCH_JSZIP=1 adds jszip zipping)
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { ensureSdr, repoRoot, runSdr } from '../conformance/sdr.ts'
import { DEFAULT_SHAPE, generateProject } from './generate-project.ts'
import {
  bundle,
  largestSample,
  mb,
  measureChild,
  median,
  medianOf,
  rounds,
  type Measure
} from './samples.ts'

/** Goals on the largest sample (the generated rows are shown against them too). */
const GOALS = { speed: 6, memory: 1 / 3, zip: 1 }

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

interface Project {
  label: string
  dir: string
  files: number
  env?: NodeJS.ProcessEnv
}

async function projects(out: string): Promise<Project[]> {
  const list: Project[] = []
  const sample = largestSample(out)
  if (sample)
    list.push({
      label: `${sample.name} (largest public sample)`,
      dir: sample.dir,
      files: sample.files
    })
  const generated = path.join(out, 'project')
  list.push({ label: 'generated', dir: generated, files: generateProject(generated) })
  const x4 = path.join(out, 'project-x4')
  const shape = {
    ...DEFAULT_SHAPE,
    objects: DEFAULT_SHAPE.objects * 4,
    classes: DEFAULT_SHAPE.classes * 4,
    lwc: DEFAULT_SHAPE.lwc * 4,
    staticResources: DEFAULT_SHAPE.staticResources * 4,
    labelFiles: DEFAULT_SHAPE.labelFiles * 4
  }
  // Over one deploy's 10,000 files: measured for memory growth only, without the limit check.
  list.push({
    label: 'generated x4',
    dir: x4,
    files: generateProject(x4, shape),
    env: { BENCH_NO_LIMITS: '1' }
  })
  return list
}

function row(name: string, m: Measure): string {
  const zip = m.zipMs === undefined ? '-' : `${m.zipMs.toFixed(0)} ms`
  return `| ${name} | ${m.wallMs.toFixed(0)} ms | ${m.ms.toFixed(0)} ms | ${zip} | ${mb(m.peakRss)} | ${m.zipBytes.toLocaleString('en')} B |`
}

const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met')

/** Runs every project; returns the ratios measured on the first one (the sample, when present). */
export async function runBuildBench(): Promise<void> {
  const out = path.join(repoRoot, 'bench', 'out')
  mkdirSync(out, { recursive: true })
  const script = await bundle(path.join(repoRoot, 'bench', 'build-ours.ts'), out)
  const n = rounds()
  const withJszip = process.env.BENCH_JSZIP === '1'
  const jszipScript = withJszip
    ? await bundle(path.join(repoRoot, 'bench', 'build-ours-jszip.ts'), out)
    : ''
  const reason = await ensureSdr()
  if (reason !== undefined) console.log(`Reference skipped: ${reason}`)
  for (const p of await projects(out)) {
    console.log(`\n## ${p.label}: ${p.files.toLocaleString('en')} source files\n`)
    const ours: Measure[] = []
    const jszip: Measure[] = []
    const refs: Measure[] = []
    for (let i = 0; i < n; i++) {
      ours.push(await measureChild([script, p.dir, path.join(out, 'ours.zip')], p.env))
      if (withJszip)
        jszip.push(await measureChild([jszipScript, p.dir, path.join(out, 'jszip.zip')], p.env))
      if (reason === undefined) refs.push(await runReference(p.dir, path.join(out, 'sdr.zip')))
    }
    console.log(
      `Medians of ${n} alternating rounds.\n\n| converter | wall time (process) | in-process | of which zip | peak RSS | zip size |\n| --- | --- | --- | --- | --- | --- |`
    )
    const o = medianOf(ours)
    console.log(row('ours', o))
    if (withJszip) console.log(row('ours (jszip)', medianOf(jszip)))
    if (refs.length === 0) continue
    const ref = medianOf(refs)
    console.log(row('reference (SDR)', ref))
    const perRound = (f: (a: Measure, b: Measure) => number): number =>
      median(ours.map((m, i) => f(m, refs[i] ?? m)))
    const speed = ref.wallMs / o.wallMs
    const memory = o.peakRss / ref.peakRss
    const zip = o.zipBytes / ref.zipBytes
    console.log(
      `\nSpeed ${speed.toFixed(1)}x wall (goal >= ${GOALS.speed}x: ${verdict(speed >= GOALS.speed)}), ${(ref.ms / o.ms).toFixed(1)}x in-process; peak memory ${memory.toFixed(2)} of the reference's (goal <= 0.33: ${verdict(memory <= GOALS.memory)}); zip ${zip.toFixed(3)} of the reference's size (goal <= 1: ${verdict(zip <= GOALS.zip)}; both zips hold package.xml).`
    )
    console.log(
      `Median of per-round ratios: ${perRound((a, b) => b.wallMs / a.wallMs).toFixed(1)}x wall, memory ${perRound((a, b) => a.peakRss / b.peakRss).toFixed(2)}.`
    )
  }
}

if (import.meta.main) await runBuildBench()
