// Delta benchmark: the generated 10,000-file project in a git repository, 50 files changed in
// one commit; a delta build (git plumbing, resolution at both ends, conversion of what changed,
// zip) against a full build + zip of the same head. Goal: delta <= 1/5 of the full build.
// Run: node --experimental-strip-types bench/delta-bench.ts
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildDelta } from '../src/delta/delta-build.ts'
import { buildPackage } from '../src/source/build-package.ts'
import { FsSourceTree } from '../src/source/fs-source-tree.ts'
import { zipPackage } from '../src/source/zip.ts'
import { generateProject } from './generate-project.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const RUNS = 9

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

/** 50 changed files of every kind: classes, fields, list views, LWC, labels, static resources, deletions. */
function changeFifty(dir: string): number {
  const base = path.join(dir, 'force-app/main/default')
  const edit = (rel: string, f: (s: string) => string): void => {
    const file = path.join(base, rel)
    writeFileSync(file, f(readFileSync(file, 'utf8')))
  }
  let n = 0
  for (let c = 0; c < 20; c++, n++)
    edit(`classes/BenchClass${c * 7}.cls`, (s) => s.replace('return x + 0;', 'return x + 100;'))
  for (let f = 0; f < 12; f++, n++)
    edit(`objects/Bench${f}__c/fields/Field${f * 3 + 1}__c.field-meta.xml`, (s) =>
      s.replace('<required>false', '<required>true')
    )
  for (let l = 0; l < 4; l++, n++)
    edit(`objects/Bench${l}__c/listViews/View${l}.listView-meta.xml`, (s) =>
      s.replace('Everything', 'Mine')
    )
  for (let b = 0; b < 5; b++, n++)
    edit(`lwc/benchCmp${b}/benchCmp${b}.css`, (s) => `${s}.x { color: blue; }\n`)
  for (let r = 0; r < 2; r++, n++)
    edit(`staticresources/res${r * 2}/js/file0.txt`, (s) => `${s}changed\n`)
  edit('labels/Labels0.labels-meta.xml', (s) =>
    s.replace('<value>Value 3</value>', '<value>Value three</value>')
  )
  n++
  for (let d = 0; d < 3; d++, n += 2) {
    rmSync(path.join(base, `classes/BenchClass${1000 + d}.cls`))
    rmSync(path.join(base, `classes/BenchClass${1000 + d}.cls-meta.xml`))
  }
  return n
}

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now()
  const value = await fn()
  return { ms: performance.now() - started, value }
}

/** Builds the repository, then times full and delta builds (nine rounds, alternating) and prints the ratio. */
export async function runDeltaBench(): Promise<void> {
  const dir = path.join(ROOT, 'bench', 'out', 'delta-project')
  mkdirSync(path.dirname(dir), { recursive: true })
  const generated = generateProject(dir)
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'base')
  const base = git(dir, 'rev-parse', 'HEAD').trim()
  const changed = changeFifty(dir)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', '50 changes')
  const stat = git(dir, 'diff', '--name-only', base, 'HEAD').trim().split('\n').length
  console.log(
    `Generated ${generated} source files in ${path.relative(ROOT, dir)}; ${changed} files changed in one commit (git counts ${stat}).`
  )

  const full = async (): Promise<number> => {
    const built = await buildPackage(new FsSourceTree(dir), {
      projectDir: '',
      sourceDirs: [],
      ignoreUnknown: false,
      env: {}
    })
    await zipPackage(built.files)
    return built.components.length
  }
  const delta = async (): Promise<{ members: number; deletions: number }> => {
    const d = await buildDelta({
      root: dir,
      projectDir: '',
      sourceDirs: [],
      from: base,
      to: 'HEAD',
      base: 'merge-base',
      destructiveTiming: 'post',
      ignoreUnknown: false,
      env: {},
      selectTests: false
    })
    await zipPackage(d.built.files)
    return { members: d.built.components.length, deletions: d.deletions.length }
  }
  await full() // warm-up: module loading and JIT out of the measurement
  await delta()
  const fulls: number[] = []
  const deltas: number[] = []
  let fullMembers = 0
  let result = { members: 0, deletions: 0 }
  for (let i = 0; i < RUNS; i++) {
    const f = await time(full)
    fulls.push(f.ms)
    fullMembers = f.value
    const d = await time(delta)
    deltas.push(d.ms)
    result = d.value
  }
  const best = (xs: number[]): number => Math.min(...xs)
  const median = (xs: number[]): number =>
    [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
  console.log('\n| build | members | best | median |')
  console.log('| --- | --- | --- | --- |')
  console.log(
    `| full (build + zip) | ${fullMembers} | ${best(fulls).toFixed(0)} ms | ${median(fulls).toFixed(0)} ms |`
  )
  console.log(
    `| delta (git + both ends + build + zip) | ${result.members} (+${result.deletions} deletions) | ${best(deltas).toFixed(0)} ms | ${median(deltas).toFixed(0)} ms |`
  )
  const ratio = median(deltas) / median(fulls)
  console.log(
    `\nDelta / full (medians): ${ratio.toFixed(3)} (goal <= 0.2): ${ratio <= 0.2 ? 'met' : 'NOT met'}.`
  )
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) await runDeltaBench()
