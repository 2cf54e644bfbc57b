// Conformance: converts the kitchen-sink fixture and generated projects with our builder and with
// the reference converter (installed on demand), and reports every difference.
// Run: npm run conformance [case ...]   (only the named cases when given, e.g. `strategies`
// `sample-EDA` `delta-differential`; skips the converter part with exit 0 when the npm registry
// is unavailable; says so when ../shared/samples, the public sample repositories, is absent)
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { buildPackage } from '../src/source/build-package.ts'
import { FsSourceTree } from '../src/source/fs-source-tree.ts'
import { compareWithReference } from './compare.ts'
import { writeProjects } from './projects.ts'
import { generateProject } from '../bench/generate-project.ts'
import { checkRegistry } from './registry-facts.ts'
import { runForceIgnoreFuzz } from './forceignore-fuzz.ts'
import { runDeltaDifferential } from './delta-differential.ts'
import { conformanceDir, ensureSdr, repoRoot, runSdr, sharedDir } from './sdr.ts'
import { runVectorConformance } from './vectors.ts'

interface Case {
  name: string
  dir: string
  env: Record<string, string>
}

/**
 * The public sample repositories (../shared/samples/*.tar.gz, each unpacking to one folder),
 * unpacked below `out`; none when the folder is absent.
 */
function sampleCases(shared: string | undefined, out: string): Case[] {
  const dir = path.join(shared ?? path.join(repoRoot, '..', 'shared'), 'samples')
  if (!existsSync(dir)) {
    console.log(
      `NOTE ${dir} is absent: the public sample repositories are NOT compared (only the fixtures are).`
    )
    return []
  }
  const target = path.join(out, 'samples')
  mkdirSync(target, { recursive: true })
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tar.gz'))
    .sort()
    .map((f) => {
      execFileSync('tar', ['xzf', path.join(dir, f), '-C', target])
      const name = f.slice(0, -'.tar.gz'.length)
      return { name: `sample-${name}`, dir: path.join(target, name), env: {} }
    })
}

/** The kitchen-sink fixture, the repository's own copy. */
const KITCHEN_SINK = path.join(repoRoot, '__tests__', 'fixtures', 'kitchen-sink')

async function checkCase(c: Case, out: string): Promise<string[]> {
  const refDir = path.join(out, `${c.name}.reference`)
  await runSdr(c.dir, refDir, { env: c.env })
  try {
    const built = await buildPackage(new FsSourceTree(c.dir), {
      projectDir: '',
      sourceDirs: [],
      ignoreUnknown: false,
      env: c.env
    })
    return compareWithReference(built.files, refDir)
  } catch (error) {
    const problems = (error as { problems?: string[] }).problems
    return [`our build failed: ${problems ? problems.join(' | ') : String(error)}`]
  }
}

/** Deliberate differences, by case (conformance/known-differences.json). */
function knownDifferences(): Map<string, Set<string>> {
  const raw = JSON.parse(
    readFileSync(path.join(conformanceDir, 'known-differences.json'), 'utf8')
  ) as Record<string, unknown>
  const out = new Map<string, Set<string>>()
  for (const [name, list] of Object.entries(raw)) {
    if (Array.isArray(list))
      out.set(name, new Set(list.map((d: { difference: string }) => d.difference)))
  }
  return out
}

async function main(): Promise<number> {
  console.log('# Recorded API responses -> normalised model')
  const vectorFailures = runVectorConformance()
  if (vectorFailures > 0) return 1
  console.log('\n# Package builder vs the reference converter')
  // The fixtures are the repository's own; only the public samples live beside it.
  const shared = sharedDir()
  const reason = await ensureSdr()
  if (reason !== undefined) {
    console.log(`SKIP conformance: ${reason}`)
    return 0
  }
  console.log('\n# Type registry vs the reference registry')
  const registryDiffs = await checkRegistry()
  if (typeof registryDiffs === 'number' && registryDiffs > 0) return 1
  console.log('')
  if (runForceIgnoreFuzz() > 0) return 1
  const only = process.argv.slice(2)
  const wanted = (name: string): boolean => only.length === 0 || only.includes(name)
  const out = path.join(conformanceDir, 'out')
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  const kitchenSink = path.join(out, 'kitchen-sink')
  cpSync(KITCHEN_SINK, kitchenSink, { recursive: true })
  const cases: Case[] = [{ name: 'kitchen-sink', dir: kitchenSink, env: { KS_GREETING: 'Howdy' } }]
  for (const [name, dir] of writeProjects(path.join(out, 'projects')))
    cases.push({ name, dir, env: {} })
  // The benchmark project: 10,000+ files, many fields and labels.
  if (wanted('bench-large')) {
    const large = path.join(out, 'projects', 'bench-large')
    generateProject(large)
    cases.push({ name: 'bench-large', dir: large, env: {} })
  }
  if (only.length === 0 || only.some((name) => name.startsWith('sample-')))
    cases.push(...sampleCases(shared, out))
  const selected = cases.filter((c) => wanted(c.name))
  const known = knownDifferences()
  let total = 0
  for (const c of selected) {
    const all = await checkCase(c, out)
    const expected = known.get(c.name) ?? new Set<string>()
    const diffs = all.filter((d) => !expected.has(d))
    total += diffs.length
    const note =
      all.length > diffs.length ? ` (${all.length - diffs.length} known difference(s))` : ''
    console.log(`${diffs.length === 0 ? 'SAME' : 'DIFF'} ${c.name}${note}`)
    for (const d of all) console.log(`  ${expected.has(d) ? 'known' : '-'} ${d}`)
  }
  // Delta packages against the reference's conversion of the components each commit touches.
  if (wanted('delta-differential')) {
    console.log('\n# Delta packages vs the reference converter')
    total += await runDeltaDifferential()
  }
  console.log(
    total === 0
      ? `All ${selected.length} projects equivalent to the reference.`
      : `${total} differences.`
  )
  return total === 0 ? 0 : 1
}

process.exitCode = await main()
