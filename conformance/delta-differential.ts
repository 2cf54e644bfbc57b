// Differential check of delta packages against the reference converter (SDR).
// Each project (the public samples, the generated projects) becomes a git repository under the
// system's temporary folder; seeded random commits of realistic kinds (edit a class, one field,
// one label of several, delete a bundle file, rename a class, move a file between package
// directories...) are made on it, and each commit's delta is compared with the reference:
// - what the change touches is what the reference resolves for each changed file at head (and,
//   for a deleted file, at the base, when its component still exists at head); a changed labels
//   file touches only its labels that were added or changed;
// - the reference's conversion of exactly those components (the head's ComponentSet filtered to
//   them, as `sf project deploy start --metadata` builds it) must equal our package, judged as
//   compare.ts judges;
// - what the reference resolves at the base for the deleted files, gone at head, must be our
//   destructive manifest (a deleted object's children go with it, as docs/delta.md says).
// Run alone: node conformance/delta-differential.ts [--seed N] [--commits N] [case ...]
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildDelta } from '../src/delta/delta-build.ts'
import { parsePackageXml } from '../src/source/manifest.ts'
import { compareWithReference } from './compare.ts'
import { writeProjects } from './projects.ts'
import { conformanceDir, ensureSdr, sharedDir } from './sdr.ts'

// ---- the reference, loaded in this process ----------------------------------------------------

interface SdrComponent {
  type: {
    name: string
    directoryName?: string
    unaddressableWithoutParent?: boolean
    isAddressable?: boolean
  }
  fullName: string
  xml?: string
  parent?: SdrComponent
  getChildren(): SdrComponent[]
  walkContent(): string[]
}
interface SdrSet {
  sourceApiVersion?: string
  getSourceComponents(): { toArray(): SdrComponent[] }
  getPackageXml(): Promise<string>
}
interface Sdr {
  ComponentSet: {
    new (members: { type: string; fullName: string }[]): SdrSet
    fromSource(input: { fsPaths: string[]; include?: SdrSet }): SdrSet
  }
  MetadataConverter: new () => {
    convert(cs: SdrSet, to: 'metadata', out: Record<string, unknown>): Promise<unknown>
  }
}

function loadSdr(): Sdr {
  return createRequire(path.join(conformanceDir, 'package.json'))(
    '@salesforce/source-deploy-retrieve'
  ) as Sdr
}

interface Member {
  type: string
  fullName: string
}
const keyOf = (m: Member): string => `${m.type}: ${m.fullName}`

// ---- a project as a git repository ------------------------------------------------------------

function git(cwd: string, args: string[]): string {
  return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
}

function packageDirsOf(dir: string): string[] {
  const project = JSON.parse(readFileSync(path.join(dir, 'sfdx-project.json'), 'utf8')) as {
    packageDirectories: { path: string }[]
  }
  return project.packageDirectories.map((d) => d.path.replace(/\/+$/, ''))
}

const CLASS_META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>61.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n'

/** Anchor classes are never changed: git keeps no empty folders, so a package directory whose
 * last component a commit deleted would vanish, and every build refuses such a project alike. */
const ANCHOR = /\/DeltaAnchor\d+\.cls/

/**
 * The project copied into a fresh repository, with a second package directory to move into and
 * an anchor class in each package directory.
 */
function makeRepo(name: string, source: string, root: string): string {
  const dir = path.join(root, name)
  cpSync(source, dir, { recursive: true })
  rmSync(path.join(dir, '.git'), { recursive: true, force: true })
  const file = path.join(dir, 'sfdx-project.json')
  const project = JSON.parse(readFileSync(file, 'utf8')) as {
    packageDirectories: { path: string; default?: boolean }[]
  }
  if (project.packageDirectories.length < 2) {
    project.packageDirectories.push({ path: 'delta-extra' })
    writeFileSync(file, `${JSON.stringify(project, null, 2)}\n`)
  }
  project.packageDirectories.forEach((d, i) => {
    const classes = path.join(dir, d.path, 'delta-anchor', 'classes')
    mkdirSync(classes, { recursive: true })
    writeFileSync(path.join(classes, `DeltaAnchor${i}.cls`), `public class DeltaAnchor${i} {}\n`)
    writeFileSync(path.join(classes, `DeltaAnchor${i}.cls-meta.xml`), CLASS_META)
  })
  git(dir, ['init', '-q', '-b', 'main'])
  git(dir, ['add', '-A'])
  commit(dir, 'base')
  return dir
}

function commit(dir: string, message: string): void {
  git(dir, [
    '-c',
    'user.name=delta',
    '-c',
    'user.email=delta@example.com',
    'commit',
    '-q',
    '--allow-empty',
    '-m',
    message
  ])
}

// ---- seeded random commits ----------------------------------------------------------------------

/** mulberry32: small, seedable, good enough to pick files. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Ctx {
  dir: string
  dirs: string[]
  files: string[]
  random: () => number
  n: number
}
type Mutation = (ctx: Ctx) => string | undefined

const pick = <T>(ctx: Ctx, xs: T[]): T | undefined =>
  xs.length === 0 ? undefined : xs[Math.floor(ctx.random() * xs.length)]
const matching = (ctx: Ctx, re: RegExp): string[] =>
  ctx.files.filter((f) => re.test(f) && !ANCHOR.test(f))
const abs = (ctx: Ctx, rel: string): string => path.join(ctx.dir, rel)
const read = (ctx: Ctx, rel: string): string => readFileSync(abs(ctx, rel), 'utf8')
const write = (ctx: Ctx, rel: string, text: string): void => {
  mkdirSync(path.dirname(abs(ctx, rel)), { recursive: true })
  writeFileSync(abs(ctx, rel), text)
}

/** A real change to an XML file: a label gets a suffix, else a description is added. */
function editXml(text: string, n: number): string {
  if (/<label>[^<]*<\/label>/.test(text))
    return text.replace(/<label>([^<]*)<\/label>/, `<label>$1 d${n}</label>`)
  return text.replace(/(\n?)(<\/[A-Za-z]+>\s*)$/, `$1    <description>d${n}</description>\n$2`)
}

function editXmlFile(re: RegExp, what: string): Mutation {
  return (ctx) => {
    const file = pick(ctx, matching(ctx, re))
    if (!file) return undefined
    write(ctx, file, editXml(read(ctx, file), ctx.n))
    return `${what} ${file}`
  }
}

const CLASS = /\/classes\/[^/]+\.cls$/
const BUNDLE_JS = /\/lwc\/([^/]+)\/\1\.js$/

const mutations: Record<string, Mutation> = {
  'edit class': (ctx) => {
    const file = pick(ctx, matching(ctx, CLASS))
    if (!file) return undefined
    write(ctx, file, `${read(ctx, file)}// edit ${ctx.n}\n`)
    return `edit class ${file}`
  },
  'edit class meta': editXmlFile(/\/classes\/[^/]+\.cls-meta\.xml$/, 'edit class meta'),
  'edit lwc js': (ctx) => {
    const file = pick(ctx, matching(ctx, BUNDLE_JS))
    if (!file) return undefined
    write(ctx, file, `${read(ctx, file)}// edit ${ctx.n}\n`)
    return `edit lwc js ${file}`
  },
  'edit field': editXmlFile(/\/objects\/[^/]+\/fields\/[^/]+\.field-meta\.xml$/, 'edit field'),
  'edit field translation': editXmlFile(/\.fieldTranslation-meta\.xml$/, 'edit field translation'),
  'edit record type': editXmlFile(/\.recordType-meta\.xml$/, 'edit record type'),
  'edit list view': editXmlFile(/\.listView-meta\.xml$/, 'edit list view'),
  'edit layout': editXmlFile(/\/layouts\/[^/]+\.layout-meta\.xml$/, 'edit layout'),
  'edit one label': (ctx) => {
    const files = matching(ctx, /\.labels-meta\.xml$/).filter(
      (f) => (read(ctx, f).match(/<labels>/g) ?? []).length > 1
    )
    const file = pick(ctx, files)
    if (!file) return undefined
    const text = read(ctx, file)
    const values = [...text.matchAll(/<value>[^<]*<\/value>/g)]
    const m = pick(ctx, values)
    if (m?.index === undefined) return undefined
    const at = m.index + m[0].length - '</value>'.length
    write(ctx, file, `${text.slice(0, at)} d${ctx.n}${text.slice(at)}`)
    return `edit one label in ${file}`
  },
  'edit static resource file': (ctx) => {
    const metas = matching(ctx, /\/staticresources\/[^/]+\.resource-meta\.xml$/)
    const folders = metas
      .map((m) => m.slice(0, -'.resource-meta.xml'.length))
      .filter((f) => ctx.files.some((x) => x.startsWith(`${f}/`)))
    const folder = pick(ctx, folders)
    if (!folder) return undefined
    const file = pick(
      ctx,
      ctx.files.filter((x) => x.startsWith(`${folder}/`))
    )
    if (!file) return undefined
    writeFileSync(abs(ctx, file), `${read(ctx, file)}\n/* edit ${ctx.n} */\n`)
    return `edit static resource file ${file}`
  },
  'delete field': (ctx) => {
    const file = pick(ctx, matching(ctx, /\/objects\/[^/]+\/fields\/[^/]+__c\.field-meta\.xml$/))
    if (!file) return undefined
    rmSync(abs(ctx, file))
    return `delete field ${file}`
  },
  'delete class': (ctx) => {
    const file = pick(
      ctx,
      matching(ctx, CLASS).filter((f) => ctx.files.includes(`${f}-meta.xml`))
    )
    if (!file) return undefined
    rmSync(abs(ctx, file))
    rmSync(abs(ctx, `${file}-meta.xml`))
    return `delete class ${file}`
  },
  'delete lwc bundle': (ctx) => {
    const js = pick(ctx, matching(ctx, BUNDLE_JS))
    if (!js) return undefined
    rmSync(path.dirname(abs(ctx, js)), { recursive: true })
    return `delete lwc bundle ${path.dirname(js)}`
  },
  'delete one bundle file': (ctx) => {
    const candidates = ctx.files.filter((f) => {
      const m = /^(.*\/lwc\/[^/]+)\/[^/]+\.(html|css|svg)$/.exec(f)
      return m !== null && ctx.files.filter((x) => x.startsWith(`${m[1]}/`)).length > 2
    })
    const file = pick(ctx, candidates)
    if (!file) return undefined
    rmSync(abs(ctx, file))
    return `delete one bundle file ${file}`
  },
  'rename class': (ctx) => {
    const file = pick(
      ctx,
      matching(ctx, CLASS).filter((f) => ctx.files.includes(`${f}-meta.xml`))
    )
    if (!file) return undefined
    const name = path.basename(file, '.cls')
    const to = path.join(path.dirname(file), `${name}R${ctx.n}.cls`)
    const text = read(ctx, file).replace(new RegExp(`\\b${name}\\b`, 'g'), `${name}R${ctx.n}`)
    write(ctx, to, text)
    renameSync(abs(ctx, `${file}-meta.xml`), abs(ctx, `${to}-meta.xml`))
    rmSync(abs(ctx, file))
    return `rename class ${file} -> ${to}`
  },
  'add object with fields': (ctx) => {
    const base = `${ctx.dirs[0] ?? 'force-app'}/main/default/objects/Delta${ctx.n}__c`
    const ns = 'xmlns="http://soap.sforce.com/2006/04/metadata"'
    write(
      ctx,
      `${base}/Delta${ctx.n}__c.object-meta.xml`,
      `<?xml version="1.0" encoding="UTF-8"?>\n<CustomObject ${ns}>\n    <deploymentStatus>Deployed</deploymentStatus>\n    <label>Delta ${ctx.n}</label>\n    <nameField>\n        <label>Name</label>\n        <type>Text</type>\n    </nameField>\n    <pluralLabel>Deltas ${ctx.n}</pluralLabel>\n    <sharingModel>ReadWrite</sharingModel>\n</CustomObject>\n`
    )
    for (const f of ['Amount__c', 'Note__c'])
      write(
        ctx,
        `${base}/fields/${f}.field-meta.xml`,
        `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField ${ns}>\n    <fullName>${f}</fullName>\n    <label>${f}</label>\n    <length>80</length>\n    <type>Text</type>\n</CustomField>\n`
      )
    return `add object ${base}`
  },
  'move class between package directories': (ctx) => {
    const file = pick(
      ctx,
      matching(ctx, CLASS).filter((f) => ctx.files.includes(`${f}-meta.xml`))
    )
    const from = ctx.dirs.find((d) => file?.startsWith(`${d}/`))
    const into = ctx.dirs.find((d) => d !== from)
    if (!file || from === undefined || into === undefined) return undefined
    const to = `${into}/main/default/classes/${path.basename(file)}`
    if (existsSync(abs(ctx, to))) return undefined
    mkdirSync(path.dirname(abs(ctx, to)), { recursive: true })
    renameSync(abs(ctx, file), abs(ctx, to))
    renameSync(abs(ctx, `${file}-meta.xml`), abs(ctx, `${to}-meta.xml`))
    return `move ${file} -> ${to}`
  }
}

// ---- what the change touches, as the reference resolves it --------------------------------------

interface Change {
  status: string
  path: string
}

function changesOf(dir: string): Change[] {
  const out = git(dir, ['diff', '--name-status', '-z', '--no-renames', 'HEAD~1', 'HEAD'])
  const parts = out.split('\0').filter((s) => s !== '')
  const changes: Change[] = []
  for (let i = 0; i + 1 < parts.length; i += 2)
    changes.push({ status: parts[i] ?? '', path: parts[i + 1] ?? '' })
  return changes
}

/** The reference's resolution of a whole tree: every component and child, and each file's owner. */
interface Resolved {
  keys: Set<string>
  owners: Map<string, Member[]>
  /** Bundles (and other folder components) found in more than one place, with their folder. */
  copied: Map<string, string>
}

/**
 * Each file's owner comes from the whole tree's resolution, not from resolving the file alone: the
 * reference resolves a lone `lib/inner-meta.xml` inside a static-resource folder as a resource
 * named `inner`, while the whole tree's resolution puts it in `lib`, which is what deploys it.
 * A child the org cannot address alone (a field translation) is owned by its parent, as the
 * reference resolves a lone child file.
 */
function everything(sdr: Sdr, root: string, dirs: string[]): Resolved {
  const keys = new Set<string>()
  const owners = new Map<string, Member[]>()
  const copied = new Map<string, string>()
  const own = (file: string | undefined, m: Member): void => {
    if (file === undefined) return
    const rel = path.relative(root, file)
    const list = owners.get(rel) ?? []
    if (!list.some((x) => keyOf(x) === keyOf(m))) list.push(m)
    owners.set(rel, list)
  }
  const cwd = process.cwd()
  process.chdir(root)
  try {
    const cs = sdr.ComponentSet.fromSource({ fsPaths: dirs.map((d) => path.join(root, d)) })
    for (const c of cs.getSourceComponents().toArray()) {
      const parent = { type: c.type.name, fullName: c.fullName }
      if (keys.has(keyOf(parent)) && c.type.directoryName !== undefined)
        copied.set(keyOf(parent), `${c.type.directoryName}/${c.fullName}/`)
      keys.add(keyOf(parent))
      const childFiles = new Set<string>()
      for (const child of c.getChildren()) {
        const m = { type: child.type.name, fullName: child.fullName }
        keys.add(keyOf(m))
        const alone =
          child.type.unaddressableWithoutParent !== true && child.type.isAddressable !== false
        own(child.xml, alone ? m : parent)
        if (child.xml !== undefined) childFiles.add(child.xml)
      }
      own(c.xml, parent)
      for (const f of c.walkContent()) if (!childFiles.has(f)) own(f, parent)
    }
  } finally {
    process.chdir(cwd)
  }
  return { keys, owners, copied }
}

/** Label id -> block text, in one labels file. */
function labelBlocks(text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const m of text.matchAll(/<labels>([\s\S]*?)<\/labels>/g)) {
    const id = /<fullName>([^<]*)<\/fullName>/.exec(m[1] ?? '')?.[1]?.trim()
    if (id !== undefined && !out.has(id)) out.set(id, m[1] ?? '')
  }
  return out
}

interface Expected {
  deploy: Map<string, Member>
  destroy: Map<string, Member>
  /** Label ids defined in more than one labels file at head. */
  twiceDefined: Set<string>
  /** Touched components kept in several package directories, with their output folder. */
  copied: Map<string, string>
}

function expectedOf(
  sdr: Sdr,
  repo: string,
  baseTree: string,
  dirs: string[],
  changes: Change[]
): Expected {
  const deploy = new Map<string, Member>()
  const destroy = new Map<string, Member>()
  const add = (to: Map<string, Member>, m: Member): void => void to.set(keyOf(m), m)
  const atHead = everything(sdr, repo, dirs)
  const atBase = everything(sdr, baseTree, dirs)
  const headLabelIds = new Set<string>()
  const twiceDefined = new Set<string>()
  const labelFiles = changes.filter((c) => c.path.endsWith('.labels-meta.xml'))
  if (labelFiles.length > 0)
    for (const f of git(repo, ['ls-files', '-z']).split('\0'))
      if (f.endsWith('.labels-meta.xml'))
        for (const id of labelBlocks(readFileSync(path.join(repo, f), 'utf8')).keys())
          if (headLabelIds.has(id)) twiceDefined.add(id)
          else headLabelIds.add(id)
  for (const change of changes) {
    if (!dirs.some((d) => change.path.startsWith(`${d}/`))) continue
    if (change.path.endsWith('.labels-meta.xml')) {
      const before =
        change.status === 'A'
          ? new Map<string, string>()
          : labelBlocks(readFileSync(path.join(baseTree, change.path), 'utf8'))
      const after =
        change.status === 'D'
          ? new Map<string, string>()
          : labelBlocks(readFileSync(path.join(repo, change.path), 'utf8'))
      for (const [id, text] of after)
        if (before.get(id) !== text) add(deploy, { type: 'CustomLabel', fullName: id })
      for (const id of before.keys())
        if (!headLabelIds.has(id)) add(destroy, { type: 'CustomLabel', fullName: id })
      continue
    }
    if (change.status !== 'D') {
      for (const m of atHead.owners.get(change.path) ?? []) add(deploy, m)
      continue
    }
    for (const m of atBase.owners.get(change.path) ?? [])
      add(atHead.keys.has(keyOf(m)) ? deploy : destroy, m)
  }
  // A deleted object takes its children with it (docs/delta.md).
  for (const [k, m] of destroy) {
    const parent = m.fullName.split('.')[0] ?? ''
    if (m.fullName.includes('.') && destroy.has(keyOf({ type: 'CustomObject', fullName: parent })))
      destroy.delete(k)
  }
  const copied = new Map([...atHead.copied].filter(([k]) => deploy.has(k)))
  return { deploy, destroy, twiceDefined, copied }
}

/** The reference's conversion of exactly `members` from the head tree, into `out`. */
async function convertWithSdr(
  sdr: Sdr,
  repo: string,
  dirs: string[],
  members: Member[],
  out: string
): Promise<void> {
  const project = JSON.parse(readFileSync(path.join(repo, 'sfdx-project.json'), 'utf8')) as {
    sourceApiVersion?: string
  }
  const cwd = process.cwd()
  process.chdir(repo)
  try {
    const cs = sdr.ComponentSet.fromSource({
      fsPaths: dirs.map((d) => path.join(repo, d)),
      include: new sdr.ComponentSet(members)
    })
    if (project.sourceApiVersion) cs.sourceApiVersion = project.sourceApiVersion
    rmSync(out, { recursive: true, force: true })
    mkdirSync(out, { recursive: true })
    await new sdr.MetadataConverter().convert(cs, 'metadata', {
      type: 'directory',
      outputDirectory: out,
      genUniqueDir: false
    })
    writeFileSync(path.join(out, 'package.xml'), await cs.getPackageXml())
  } finally {
    process.chdir(cwd)
  }
}

// ---- one commit, compared -----------------------------------------------------------------------

async function checkCommit(
  sdr: Sdr,
  repo: string,
  baseTree: string,
  dirs: string[],
  out: string
): Promise<Checked> {
  const changes = changesOf(repo)
  git(baseTree, ['checkout', '-q', '--detach', git(repo, ['rev-parse', 'HEAD~1']).trim()])
  const expected = expectedOf(sdr, repo, baseTree, dirs, changes)
  let ours
  try {
    ours = await buildDelta({
      root: repo,
      projectDir: '',
      sourceDirs: [],
      from: 'HEAD~1',
      to: 'HEAD',
      base: 'exact',
      destructiveTiming: 'post',
      ignoreUnknown: true,
      env: {},
      selectTests: false
    })
  } catch (error) {
    const problems = (error as { problems?: string[] }).problems
    return {
      diffs: [`our delta failed: ${problems ? problems.join(' | ') : String(error)}`],
      known: []
    }
  }
  const diffs: string[] = []
  const files = new Map(ours.built.files)
  const destructive = files.get('destructiveChangesPost.xml')
  files.delete('destructiveChangesPost.xml')
  if (expected.deploy.size > 0) {
    await convertWithSdr(sdr, repo, dirs, [...expected.deploy.values()], out)
    diffs.push(...compareWithReference(files, out))
  } else if (ours.built.components.length > 0)
    diffs.push(
      `package: ours deploys ${ours.built.components.map(keyOf).join(', ')}, expected nothing`
    )
  const deleted = new Set(
    destructive
      ? parsePackageXml(Buffer.from(destructive).toString('utf8'), 'destructive').members.map(keyOf)
      : []
  )
  for (const k of deleted)
    if (!expected.destroy.has(k)) diffs.push(`destructive: ${k} only in ours`)
  for (const k of expected.destroy.keys())
    if (!deleted.has(k)) diffs.push(`destructive: ${k} only in the reference`)
  return classify(diffs, expected)
}

interface Checked {
  diffs: string[]
  /** Differences that are deliberate, each with the reason. */
  known: string[]
}

/** Separates the deliberate differences (docs/package-builder.md, docs/delta.md). */
function classify(all: string[], expected: Expected): Checked {
  const twice = [...expected.deploy.values()].some(
    (m) => m.type === 'CustomLabel' && expected.twiceDefined.has(m.fullName)
  )
  const known: string[] = []
  const diffs = all.filter((d) => {
    if (twice && d.startsWith('labels/CustomLabels.labels:')) {
      known.push(
        `${d} (a label defined in two labels files: the reference writes both, we keep the first)`
      )
      return false
    }
    for (const [key, folder] of expected.copied)
      if (d.startsWith(folder) || d === `package.xml: member ${key} only in the reference`) {
        known.push(
          `${d} (the changed file is replaced by a later copy of ${key} in another package directory, so what the org gets is the same before and after; the reference sends the bundle again, we send nothing)`
        )
        return false
      }
    return true
  })
  return { diffs, known }
}

interface Project {
  name: string
  dir: string
}

function listFiles(dir: string): string[] {
  return git(dir, ['ls-files', '-z'])
    .split('\0')
    .filter((f) => f !== '')
}

/** Runs every commit of one project; the differences, each with the commit that showed it. */
async function checkProject(
  sdr: Sdr,
  project: Project,
  root: string,
  seed: number,
  commits: number
): Promise<string[]> {
  const repo = makeRepo(project.name, project.dir, root)
  const dirs = packageDirsOf(repo)
  const baseTree = path.join(root, `${project.name}.base`)
  git(repo, ['worktree', 'add', '-q', '--detach', baseTree, 'HEAD'])
  const random = rng(seed ^ hash(project.name))
  const kinds = Object.keys(mutations)
  const found: string[] = []
  for (let n = 1; n <= commits; n++) {
    const ctx: Ctx = { dir: repo, dirs, files: listFiles(repo), random, n }
    const done: string[] = []
    const want = 1 + Math.floor(random() * 3)
    for (let tries = 0; done.length < want && tries < 20; tries++) {
      const kind = kinds[Math.floor(random() * kinds.length)] ?? ''
      const what = mutations[kind]?.(ctx)
      if (what !== undefined) {
        done.push(what)
        git(repo, ['add', '-A'])
        ctx.files = listFiles(repo)
      }
    }
    git(repo, ['add', '-A'])
    commit(repo, done.length > 0 ? done.join('; ') : 'no change possible')
    const ref = path.join(root, `${project.name}.ref`)
    const { diffs, known } = await checkCommit(sdr, repo, baseTree, dirs, ref)
    const label = `commit ${n} (${done.join('; ')})`
    console.log(`  ${diffs.length === 0 ? 'same' : 'DIFF'} ${label}`)
    for (const k of known) console.log(`    known: ${k}`)
    for (const d of diffs) {
      console.log(`    - ${d}`)
      found.push(`${project.name} ${label}: ${d}`)
    }
  }
  return found
}

function hash(s: string): number {
  let h = 2166136261
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  return h >>> 0
}

function sampleProjects(out: string): Project[] {
  const dir = path.join(sharedDir() ?? path.join(conformanceDir, '..', '..', 'shared'), 'samples')
  if (!existsSync(dir)) {
    console.log(`NOTE ${dir} is absent: only the generated projects are checked.`)
    return []
  }
  mkdirSync(out, { recursive: true })
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tar.gz'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.tar.gz'.length)
      const target = path.join(out, name)
      if (!existsSync(target) || !statSync(target).isDirectory())
        execFileSync('tar', ['xzf', path.join(dir, f), '-C', out])
      return { name: `sample-${name}`, dir: target }
    })
}

/** The whole check; the number of differences (0 when the reference is unavailable). */
export async function runDeltaDifferential(
  options: { seed?: number; commits?: number; only?: string[] } = {}
): Promise<number> {
  const reason = await ensureSdr()
  if (reason !== undefined) {
    console.log(`SKIP delta differential: ${reason}`)
    return 0
  }
  const sdr = loadSdr()
  const seed = options.seed ?? 1
  const commits = options.commits ?? 6
  const only = options.only ?? []
  const root = mkdtempSync(path.join(tmpdir(), 'delta-differential-'))
  const projects: Project[] = [
    ...[...writeProjects(path.join(root, 'generated'))].map(([name, dir]) => ({ name, dir })),
    ...sampleProjects(path.join(root, 'samples'))
  ].filter((p) => only.length === 0 || only.includes(p.name))
  const found: string[] = []
  for (const p of projects) {
    console.log(`# ${p.name} (seed ${seed})`)
    found.push(...(await checkProject(sdr, p, path.join(root, 'repos'), seed, commits)))
  }
  console.log(
    found.length === 0
      ? `All deltas of ${projects.length} projects equal the reference's conversion.`
      : `${found.length} differences (repositories kept in ${root}).`
  )
  if (found.length === 0) rmSync(root, { recursive: true, force: true })
  return found.length
}

function flag(args: string[], name: string): number | undefined {
  const i = args.indexOf(name)
  return i < 0 ? undefined : Number(args.splice(i, 2)[1])
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const args = process.argv.slice(2)
  const seed = flag(args, '--seed')
  const commits = flag(args, '--commits')
  process.exitCode =
    (await runDeltaDifferential({
      ...(seed !== undefined ? { seed } : {}),
      ...(commits !== undefined ? { commits } : {}),
      only: args
    })) > 0
      ? 1
      : 0
}
