// Delta benchmark: a repository with 50 files changed in one commit; the delta build (git plumbing,
// resolution at both ends, conversion of what changed, zip) against a full build + zip of the same
// head, each a whole child process of the bundled engine, in alternating rounds. Runs on the largest
// public sample repository and on the generated 10,000-file project. Goal: delta <= 1/5 of the
// full build. Run: node bench/delta-bench.ts   (BENCH_RUNS rounds, default 5)
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import { repoRoot } from '../conformance/sdr.ts'
import { generateProject } from './generate-project.ts'
import { bundle, largestSample, measureChild, median, rounds, type Measure } from './samples.ts'

const CHANGED = 50

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Bench',
      GIT_AUTHOR_EMAIL: 'b@example.com',
      GIT_COMMITTER_NAME: 'Bench',
      GIT_COMMITTER_EMAIL: 'b@example.com'
    }
  })
}

function listFiles(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel)).flatMap((name) => {
    const r = rel === '' ? name : `${rel}/${name}`
    if (name === '.git') return []
    return statSync(path.join(dir, r)).isDirectory() ? listFiles(dir, r) : [r]
  })
}

/** Kinds of change a real commit makes, in turn: classes, fields, translations, labels, LWC... */
const KINDS: RegExp[] = [
  /\.cls$/,
  /\.field-meta\.xml$/,
  /\.fieldTranslation-meta\.xml$/,
  /\/lwc\/.+\.js$/,
  /\.layout-meta\.xml$/,
  /\.labels-meta\.xml$/,
  /\.listView-meta\.xml$/,
  /\.flexipage-meta\.xml$/,
  /\.trigger$/,
  /staticresources\/.+\/.+/
]

/** Changes CHANGED files of the package directories (a comment or a blank line appended). */
function changeFiles(dir: string): number {
  const project = JSON.parse(readFileSync(path.join(dir, 'sfdx-project.json'), 'utf8')) as {
    packageDirectories: { path: string }[]
  }
  const files = project.packageDirectories.flatMap((p) => listFiles(dir, p.path)).sort()
  const pools = KINDS.map((re) => files.filter((f) => re.test(f)))
  const picked = new Set<string>()
  for (let i = 0; picked.size < CHANGED && pools.some((p) => p.length > 0); i++) {
    const pool = pools[i % pools.length] ?? []
    // Spread the picks over the pool: every seventh file, not the first few of one folder.
    const file = pool.splice((i * 7) % Math.max(1, pool.length), 1)[0]
    if (file !== undefined) picked.add(file)
  }
  for (const f of picked) {
    const full = path.join(dir, f)
    const tail = /\.(cls|trigger|js)$/.test(f) ? '\n// changed\n' : '\n'
    writeFileSync(full, `${readFileSync(full, 'utf8')}${tail}`)
  }
  return picked.size
}

/** A git repository of `source` with one commit of CHANGED changes on top; returns the base SHA. */
function prepare(source: string, dir: string): { base: string; changed: number } {
  rmSync(dir, { recursive: true, force: true })
  cpSync(source, dir, { recursive: true })
  if (existsSync(path.join(dir, '.git'))) rmSync(path.join(dir, '.git'), { recursive: true })
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'base')
  const base = git(dir, 'rev-parse', 'HEAD').trim()
  const changed = changeFiles(dir)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', `${changed} changes`)
  return { base, changed }
}

/** Builds each repository fully and as a delta, alternating; prints medians and the ratio. */
export async function runDeltaBench(): Promise<void> {
  const out = path.join(repoRoot, 'bench', 'out')
  const full = await bundle(path.join(repoRoot, 'bench', 'build-ours.ts'), out)
  const delta = await bundle(path.join(repoRoot, 'bench', 'delta-ours.ts'), out)
  const sources: { label: string; dir: string }[] = []
  const sample = largestSample(out)
  if (sample) sources.push({ label: `${sample.name} (largest public sample)`, dir: sample.dir })
  const generated = path.join(out, 'delta-source')
  generateProject(generated)
  sources.push({ label: 'generated', dir: generated })
  const n = rounds()
  for (const s of sources) {
    const dir = path.join(out, `delta-${path.basename(s.dir)}`)
    const { base, changed } = prepare(s.dir, dir)
    const fulls: Measure[] = []
    const deltas: (Measure & { members?: number })[] = []
    for (let i = 0; i < n; i++) {
      fulls.push(await measureChild([full, dir, path.join(out, 'full.zip')]))
      deltas.push(await measureChild([delta, dir, base]))
    }
    const f = median(fulls.map((m) => m.wallMs))
    const d = median(deltas.map((m) => m.wallMs))
    console.log(`\n## ${s.label}: ${changed} files changed in one commit\n`)
    console.log(
      '| build (whole process) | wall time | in-process | peak RSS |\n| --- | --- | --- | --- |'
    )
    const line = (name: string, ms: Measure[]): string =>
      `| ${name} | ${median(ms.map((m) => m.wallMs)).toFixed(0)} ms | ${median(ms.map((m) => m.ms)).toFixed(0)} ms | ${(median(ms.map((m) => m.peakRss)) / 1_048_576).toFixed(1)} MiB |`
    console.log(line('full (build + zip)', fulls))
    console.log(line(`delta (${deltas[0]?.members ?? 0} members)`, deltas))
    console.log(
      `\nDelta / full (medians of ${n} rounds): ${(d / f).toFixed(3)} (goal <= 0.2): ${d / f <= 0.2 ? 'met' : 'NOT met'}.`
    )
  }
}

if (import.meta.main) await runDeltaBench()
