/**
 * Adapter: computes a delta package from git. Resolves the range, lists the changed paths,
 * resolves components at both ends (the working tree or a git revision at head, a git revision at
 * the base, both filtered by the head's .forceignore), plans, and builds only what changed.
 */
import { BuildError } from '../source/build-error.ts'
import { buildSubset, loadSourceIndex, type SourceIndex } from '../source/build-subset.ts'
import type { BuiltPackage } from '../source/build-package.ts'
import type { Member } from '../source/component.ts'
import { FsSourceTree } from '../source/fs-source-tree.ts'
import { GitObjectReader, GitSourceTree } from '../source/git-source-tree.ts'
import { buildPackageXml, parsePackageXml } from '../source/manifest.ts'
import type { SourceTree } from '../source/source-tree.ts'
import { joinTreePath } from '../source/source-tree.ts'
import { decodeUtf8, encodeUtf8 } from '../source/xml.ts'
import { dropCollisions } from './delta-finish.ts'
import { planDelta, type DeltaPlan } from './delta-plan.ts'
import { followLinks, refusalSummary, type LinkedDelta } from './folder-links.ts'
import { readDelta, type DeltaRange } from './git-diff.ts'
import { IgnoreFromHeadTree } from './ignore-overlay.ts'
import { BlobsById, ListedTree, ScopedTree, scopeOf } from './delta-scope.ts'
import { defaultRegistry } from '../source/registry/registry.ts'
import { selectTests, type ApexSource, type TestSelection } from './test-selection.ts'

/** What to compute. Tree paths are relative to `root`. */
export interface DeltaRequest {
  /** Absolute folder inside the repository that tree paths are relative to (the workspace). */
  root: string
  projectDir: string
  sourceDirs: string[]
  from: string
  to: string
  base: 'merge-base' | 'exact'
  destructiveTiming: 'post' | 'pre'
  /** User destructive manifests (tree paths), merged with the computed deletions. */
  preDestructiveFile?: string
  postDestructiveFile?: string
  apiVersion?: string
  ignoreUnknown: boolean
  env: Record<string, string | undefined>
  /** Choose the tests of the changed Apex code (run-tests: auto). */
  selectTests: boolean
}

/** A computed delta. */
export interface DeltaBuild {
  built: BuiltPackage
  plan: DeltaPlan
  range: DeltaRange
  /** Nothing to deploy and nothing to delete. */
  empty: boolean
  /** Members of the destructive manifest actually written. */
  deletions: Member[]
  tests?: TestSelection
}

/** Computes the delta and builds its package; problems are thrown together as a BuildError. */
export async function buildDelta(request: DeltaRequest): Promise<DeltaBuild> {
  const reading = readDelta(request.root, request.from, request.to, request.base)
  // Base contents (and head files missing from the workspace) come through one shared process,
  // started now so that it comes up while git resolves and diffs the range.
  const reader = new GitObjectReader(request.root).start()
  try {
    // Built while git answers (the first call builds the type maps: a few milliseconds).
    const registry = defaultRegistry()
    const reads = await reading
    const { repo, range } = reads
    const linked = await followLinks({
      cwd: repo.cwd,
      prefix: repo.prefix,
      base: range.base,
      head: range.to,
      reader,
      links: reads.listed.links,
      changes: reads.changes,
      ...(reads.checkedOut ? { disk: request.root } : {})
    })
    const { changes } = linked
    const listed = withLinkedFiles(reads.listed.paths, linked)
    const onDisk = reads.checkedOut ? new FsSourceTree(request.root) : undefined
    // A changed bundle deploys whole from the working tree, untracked files included, as the
    // Salesforce CLI deploys it from disk.
    const tracked = onDisk
      ? [...listed, ...(await untrackedInBundles(onDisk, listed, changes, registry))]
      : undefined
    const scope = scopeOf(
      changes.map((c) => c.path),
      registry
    )
    const at = (rev: string, listing?: string[]): GitSourceTree =>
      new GitSourceTree({
        cwd: repo.cwd,
        rev,
        prefix: repo.prefix,
        reader,
        ...(listing ? { listing } : {})
      })
    // At the checked-out commit: listed from the index (only where changes are), read from the
    // working tree. Elsewhere: listed from the commit, read from git at `to` by blob id.
    const blobs = onDisk
      ? undefined
      : new BlobsById(idsAtHead(reads.listed, linked), (id) => reader.read(id))
    const headOf = (git: SourceTree): SourceTree =>
      new ListedTree(git, onDisk ?? blobs ?? git, tracked ?? listed)
    const gitHead = at(range.to, (tracked ?? listed).filter(scope))
    const headFiles = (await gitHead.listFiles('')).filter(scope)
    // The base differs from the head exactly by the diff: no second listing is needed.
    const added = new Set(changes.filter((c) => c.status === 'A').map((c) => c.path))
    const baseGit = at(range.base, [
      ...headFiles.filter((p) => !added.has(p)),
      ...changes.filter((c) => c.status === 'D').map((c) => c.path)
    ])
    const headTree = headOf(gitHead)
    const head = await loadSourceIndex(
      new ScopedTree(headTree, scope),
      request.projectDir,
      request.sourceDirs
    )
    checkLinks(linked, packageDirs(head, request.sourceDirs))
    if (head.found.problems.length > 0) throw new BuildError(head.found.problems)
    const baseTree = new IgnoreFromHeadTree(baseGit, headTree)
    const base = await loadSourceIndex(
      new ScopedTree(baseTree, scope),
      request.projectDir,
      request.sourceDirs,
      headTree
    )
    const plan = await planDelta({
      changes,
      head: { tree: headTree, components: head.found.components },
      base: { tree: baseTree, components: base.found.components },
      packageDirs: packageDirs(head, request.sourceDirs),
      projectDir: head.projectDir,
      unknownAtHead: head.found.unknown
    })
    checkUnknown(plan, request.ignoreUnknown)
    const built = await buildSubset(headTree, head, {
      picks: plan.picks,
      preDestructive: [],
      postDestructive: [],
      ...(request.apiVersion ? { apiVersion: request.apiVersion } : {}),
      env: request.env
    })
    const final = dropCollisions(plan, built.components)
    final.warnings.unshift(...range.warnings, ...head.found.warnings)
    const deletions = await addDestructive(built, final.destructive, request, headTree)
    let tests: TestSelection | undefined
    if (request.selectTests) {
      // Every class and trigger, not only the changed ones: the index already lists them.
      const everything = at(range.to, tracked ?? listed)
      tests = await chooseTests(headOf(everything), request, built.components)
    }
    return {
      built: { ...built, warnings: [...final.warnings, ...built.warnings] },
      plan: final,
      range,
      empty: built.components.length === 0 && deletions.length === 0,
      deletions,
      ...(tests ? { tests } : {})
    }
  } finally {
    reader.close()
  }
}

/** The blob ids of the files at head, those below links to folders included. */
function idsAtHead(
  listed: { ids?: Map<string, string> },
  linked: LinkedDelta
): Map<string, string> {
  const ids = listed.ids ?? new Map<string, string>()
  return linked.ids.size === 0 ? ids : new Map([...ids, ...linked.ids])
}

/** The files at head as the full build lists them: each link to a folder as the folder's files. */
function withLinkedFiles(paths: string[], linked: LinkedDelta): string[] {
  if (linked.folders.size === 0 && linked.files.length === 0) return paths
  return [...paths.filter((p) => !linked.folders.has(p)), ...linked.files]
}

/**
 * Fails as the full build fails on the links of a package directory: one that leads out of the
 * project, or to a folder that holds it (the full build walks only the package directories).
 */
function checkLinks(linked: LinkedDelta, dirs: string[]): void {
  const inPackage = (problems: Map<string, string>): string[] =>
    [...problems]
      .filter(([link]) => dirs.some((d) => d === '' || link === d || link.startsWith(`${d}/`)))
      .map(([, problem]) => problem)
      .sort()
  const refused = inPackage(linked.refused)
  const loops = inPackage(linked.loops)
  if (refused.length > 0)
    throw new BuildError([...refused, ...loops], refusalSummary(refused.length + loops.length))
  if (loops.length > 0) throw new BuildError(loops)
}

/** Folder-shaped component types: their files on disk are the component. */
const WHOLE_FOLDERS = new Set(['bundle', 'staticResource', 'experienceBundle', 'digitalExperience'])

/** Files on disk, not in the index, inside the component folders (bundles...) of changed files. */
async function untrackedInBundles(
  disk: SourceTree,
  tracked: string[],
  changes: { path: string }[],
  registry: ReturnType<typeof defaultRegistry>
): Promise<string[]> {
  const folders = new Set<string>()
  for (const { path } of changes) {
    const segs = path.split('/')
    for (let i = 0; i < segs.length - 2; i++) {
      const type = registry.byFolder.get(segs[i] ?? '')
      if (!type || !WHOLE_FOLDERS.has(type.strategy)) continue
      const depth = type.strategy === 'digitalExperience' ? 3 : 2
      if (segs.length > i + depth) folders.add(segs.slice(0, i + depth).join('/'))
      break
    }
  }
  if (folders.size === 0) return []
  const known = new Set(tracked)
  const out: string[] = []
  for (const folder of folders)
    for (const file of await disk.listFiles(folder)) if (!known.has(file)) out.push(file)
  return out
}

function packageDirs(index: SourceIndex, sourceDirs: string[]): string[] {
  const dirs = sourceDirs.length > 0 ? sourceDirs : index.config.packageDirectories
  return dirs.map((d) => joinTreePath(index.projectDir, d))
}

function checkUnknown(plan: DeltaPlan, ignoreUnknown: boolean): void {
  if (plan.unknownFiles.length === 0) return
  const message = `${plan.unknownFiles.length} changed file${plan.unknownFiles.length === 1 ? ' matches' : 's match'} no metadata type: ${plan.unknownFiles.join(', ')}. Add them to .forceignore or report the type.`
  if (!ignoreUnknown) throw new BuildError([message])
  plan.warnings.push(message)
}

/** Writes the destructive manifest of the chosen timing, merged with a user-given one. */
async function addDestructive(
  built: BuiltPackage,
  computed: Member[],
  request: DeltaRequest,
  tree: SourceTree
): Promise<Member[]> {
  const read = async (file: string | undefined): Promise<Member[]> =>
    file === undefined ? [] : parsePackageXml(decodeUtf8(await tree.readFile(file)), file).members
  const pre = await read(request.preDestructiveFile)
  const post = await read(request.postDestructiveFile)
  ;(request.destructiveTiming === 'pre' ? pre : post).push(...computed)
  if (pre.length > 0)
    built.files.set('destructiveChangesPre.xml', encodeUtf8(buildPackageXml(pre, built.apiVersion)))
  if (post.length > 0)
    built.files.set(
      'destructiveChangesPost.xml',
      encodeUtf8(buildPackageXml(post, built.apiVersion))
    )
  return [...pre, ...post]
}

/** Reads every Apex class and trigger at head and chooses the tests of the deployed ones. */
async function chooseTests(
  tree: SourceTree,
  request: DeltaRequest,
  deployed: Member[]
): Promise<TestSelection> {
  const kinds = { ApexClass: 'class', ApexTrigger: 'trigger' } as const
  const apex = new ScopedTree(tree, (p) =>
    /\.(cls|trigger)(-meta\.xml)?$|(^|\/)\.forceignore$/.test(p)
  )
  const head = await loadSourceIndex(apex, request.projectDir, request.sourceDirs)
  const sources: ApexSource[] = []
  for (const c of head.found.components) {
    const kind = kinds[c.type.name as keyof typeof kinds] as ApexSource['kind'] | undefined
    const file = c.content[0]
    if (kind && file !== undefined)
      sources.push({ name: c.fullName, kind, text: decodeUtf8(await tree.readFile(file)) })
  }
  const changed = deployed
    .filter((m) => m.type in kinds)
    .map((m) => ({ name: m.fullName, kind: kinds[m.type as keyof typeof kinds] }))
  return selectTests(changed, sources)
}
