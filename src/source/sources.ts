import type { ResolvedChild, ResolvedComponent } from './component.ts'
import { DirIndex } from './dir-index.ts'
import { ForceIgnore } from './forceignore.ts'
import type { ProjectConfig } from './project.ts'
import type { Registry } from './registry/registry.ts'
import { inTypeFolder, loneContentType, walkRoot, type ComponentCopy } from './resolve.ts'
import type { SourceTree } from './source-tree.ts'
import { joinTreePath, normalizeTreePath } from './source-tree.ts'
import { META, basename, dirname } from './source-paths.ts'
import { decodeUtf8 } from './xml.ts'

/** Components found in the selected source, and what did not fit. */
export interface FoundSources {
  components: ResolvedComponent[]
  /** Files that look like metadata but match no type (errors, or warnings with ignoreUnknown). */
  unknown: string[]
  problems: string[]
  warnings: string[]
  /** Information for the user that needs no action (files left out as not metadata). */
  notes: string[]
}

interface Root {
  packageDir: string
  path: string
}

/** Package directories as tree paths, and the roots to walk (source dirs narrow them). */
async function selectRoots(
  tree: SourceTree,
  projectDir: string,
  config: ProjectConfig,
  sourceDirs: string[],
  problems: string[]
): Promise<Root[]> {
  const packageDirs = config.packageDirectories.map((p) => joinTreePath(projectDir, p))
  const missing: string[] = []
  for (const dir of packageDirs) if (!(await tree.exists(dir))) missing.push(dir)
  if (missing.length > 0)
    problems.push(
      `Package directories listed in sfdx-project.json do not exist: ${missing.join(', ')}.`
    )
  if (sourceDirs.length === 0)
    return packageDirs.filter((d) => !missing.includes(d)).map((d) => ({ packageDir: d, path: d }))
  const roots: Root[] = []
  for (const raw of sourceDirs) {
    const rel = normalizeTreePath(raw)
    const path = rel === undefined ? undefined : joinTreePath(projectDir, rel)
    const owner =
      path === undefined
        ? undefined
        : packageDirs.find((d) => path === d || path.startsWith(`${d}/`) || d === '')
    if (path === undefined || owner === undefined) {
      problems.push(
        `Source dir ${raw} is not inside a package directory (${config.packageDirectories.join(', ')}); list a path inside one so that .forceignore and replacements keep their meaning.`
      )
    } else if (!(await tree.exists(path))) problems.push(`Source dir ${raw} does not exist.`)
    else roots.push({ packageDir: owner, path })
  }
  return roots
}

const IGNORE_FILE = '.forceignore'

/**
 * The .forceignore that applies to a root: the nearest one at or above it, as the reference
 * searches upwards from each path it is given (one file per root, never merged).
 */
async function ignoreFor(
  tree: SourceTree,
  root: string,
  isDir: boolean,
  cache: Map<string, { dir: string; rules: ForceIgnore } | null>,
  warnings: string[]
): Promise<{ dir: string; rules: ForceIgnore } | undefined> {
  for (let dir = isDir ? root : dirname(root); ; dir = dirname(dir)) {
    const file = joinTreePath(dir, IGNORE_FILE)
    let found = cache.get(file)
    if (found === undefined) {
      found = (await tree.exists(file))
        ? { dir, rules: new ForceIgnore(decodeUtf8(await tree.readFile(file)), file) }
        : null
      if (found) warnings.push(...found.rules.warnings)
      cache.set(file, found)
    }
    if (found) return found
    if (dir === '') return undefined
  }
}

/** `denies` of the reference's .forceignore: paths relative to its folder, folders also as `dir/`. */
function deniesWith(
  ignore: { dir: string; rules: ForceIgnore } | undefined,
  index: DirIndex
): (path: string) => boolean {
  if (!ignore) return () => false
  const prefix = ignore.dir === '' ? '' : `${ignore.dir}/`
  return (path) => {
    if (!path.startsWith(prefix)) return false
    const rel = path.slice(prefix.length)
    return ignore.rules.ignores(rel) || (index.isDirectory(path) && ignore.rules.ignoresDir(rel))
  }
}

/**
 * Lists, filters (.forceignore) and resolves the selected source into components as the
 * reference converter does, merging the copies of a component found in several places.
 */
export async function findSources(
  tree: SourceTree,
  registry: Registry,
  projectDir: string,
  config: ProjectConfig,
  sourceDirs: string[]
): Promise<FoundSources> {
  const found: FoundSources = { components: [], unknown: [], problems: [], warnings: [], notes: [] }
  const roots = await selectRoots(tree, projectDir, config, sourceDirs, found.problems)
  const listings = new Map<string, { files: string[]; index: DirIndex }>()
  const ignores = new Map<string, { dir: string; rules: ForceIgnore } | null>()
  const copies: ComponentCopy[] = []
  const seen = new Set<string>()
  const walked: { root: Root; files: string[]; denies: (path: string) => boolean }[] = []
  let seq = 0
  for (const root of roots) {
    let listing = listings.get(root.packageDir)
    if (!listing) {
      const files = await tree.listFiles(root.packageDir)
      listing = { files, index: new DirIndex(files) }
      listings.set(root.packageDir, listing)
    }
    const { index } = listing
    const ignore = await ignoreFor(
      tree,
      root.path,
      index.isDirectory(root.path),
      ignores,
      found.warnings
    )
    const denies = deniesWith(ignore, index)
    const result = walkRoot(registry, index, root.packageDir, root.path, denies, () => seq++)
    copies.push(...result.copies)
    found.unknown.push(...result.unknown)
    found.problems.push(...result.problems)
    for (const path of result.seen) seen.add(path)
    walked.push({ root, files: listing.files, denies })
  }
  for (const c of copies) for (const path of filesOf(c.component)) seen.add(path)
  for (const path of found.unknown) seen.add(path)
  // What the walk did not take: ignored files, or files to report or to leave out.
  const skipped: string[] = []
  for (const { root, files, denies } of walked) {
    const under = root.path === root.packageDir ? undefined : `${root.path}/`
    for (const path of files) {
      if (seen.has(path)) continue
      if (under !== undefined && path !== root.path && !path.startsWith(under)) continue
      seen.add(path)
      if (!denies(path)) classifyLeftover(registry, root.packageDir, path, found, skipped)
    }
  }
  if (skipped.length > 0)
    found.notes.push(
      `${skipped.length} file${skipped.length === 1 ? ' is' : 's are'} not metadata and ${skipped.length === 1 ? 'is' : 'are'} left out of the package, as the Salesforce CLI leaves ${skipped.length === 1 ? 'it' : 'them'} out: ${skipped.join(', ')}.`
    )
  found.components = await mergeCopies(tree, copies, found.warnings)
  return found
}

/**
 * A file the walk did not take: a meta file or a file inside a type folder that fits no type is
 * reported; anything else (scripts, tests, mocks, dot files) is not metadata and is left out.
 */
function classifyLeftover(
  registry: Registry,
  packageDir: string,
  path: string,
  found: FoundSources,
  skipped: string[]
): void {
  const name = basename(path)
  if (name.startsWith('.') || !inTypeFolder(registry, packageDir, path)) {
    if (name.endsWith(META)) found.unknown.push(path)
    else skipped.push(path)
    return
  }
  const lone = loneContentType(registry, path)
  if (lone && !name.endsWith(META)) {
    const stem = name.slice(0, name.lastIndexOf('.'))
    found.problems.push(`${lone.name} ${stem}: ${path} has no ${name}${META} beside it.`)
    return
  }
  found.unknown.push(path)
}

function filesOf(c: ResolvedComponent): string[] {
  return [...(c.meta === undefined ? [] : [c.meta]), ...c.content, ...c.children.map((x) => x.path)]
}

/** Groups the copies of each component (walk order) and keeps what the reference deploys. */
async function mergeCopies(
  tree: SourceTree,
  copies: ComponentCopy[],
  warnings: string[]
): Promise<ResolvedComponent[]> {
  const groups = new Map<string, ResolvedComponent[]>()
  for (const copy of [...copies].sort((a, b) => a.seq - b.seq)) {
    const list = groups.get(copy.key)
    if (list) list.push(copy.component)
    else groups.set(copy.key, [copy.component])
  }
  const out = new Map<string, ResolvedComponent>()
  for (const [key, list] of groups) {
    const strategy = list[0]?.type.strategy
    let merged: ResolvedComponent | undefined
    if (list.length === 1) merged = list[0]
    else if (strategy === 'labels') merged = mergeLabels(list)
    else if (strategy === 'decomposed' || strategy === 'decomposedBeside')
      merged = await mergeDecomposed(tree, list, warnings)
    else if (strategy === 'digitalExperience') merged = mergeExperience(list)
    else merged = await mergeDuplicates(tree, list, warnings)
    if (merged) out.set(key, list.length === 1 ? merged : withShadowed(merged, list))
  }
  return [...out.keys()]
    .sort()
    .map((k) => out.get(k))
    .filter((c) => c !== undefined)
}

/** Records the copies' files the merged component leaves out, so a delta can name them. */
function withShadowed(merged: ResolvedComponent, list: ResolvedComponent[]): ResolvedComponent {
  const kept = new Set(filesOf(merged))
  const shadowed = [...new Set(list.flatMap(filesOf))].filter((f) => !kept.has(f)).sort()
  return shadowed.length > 0 ? { ...merged, shadowed } : merged
}

function mergeLabels(list: ResolvedComponent[]): ResolvedComponent {
  const first = list[0] as ResolvedComponent
  return { ...first, content: [...new Set(list.flatMap((c) => c.content))] }
}

/** A digital experience bundle: its meta file and every content folder's files and marker. */
function mergeExperience(list: ResolvedComponent[]): ResolvedComponent {
  const withMeta = list.find((c) => c.meta !== undefined) ?? (list[0] as ResolvedComponent)
  const children = new Map<string, ResolvedChild>()
  for (const c of list) for (const child of c.children) children.set(child.path, child)
  return {
    ...withMeta,
    content: [...new Set(list.flatMap((c) => c.content))].sort(),
    children: [...children.values()]
  }
}

async function sameBytes(tree: SourceTree, a: string, b: string): Promise<boolean> {
  if (a === b) return true
  const [x, y] = await Promise.all([tree.readFile(a), tree.readFile(b)])
  return Buffer.from(x.buffer, x.byteOffset, x.byteLength).equals(
    Buffer.from(y.buffer, y.byteOffset, y.byteLength)
  )
}

const describe = (c: ResolvedComponent): string => `${c.type.name} ${c.fullName}`

/**
 * An object, object translation or bot found in several folders: the first parent file is used
 * (the reference keeps the first it meets) and the children of all are recomposed. A child
 * defined twice keeps its first file; a copy with other content is reported.
 */
async function mergeDecomposed(
  tree: SourceTree,
  list: ResolvedComponent[],
  warnings: string[]
): Promise<ResolvedComponent> {
  const first = list[0] as ResolvedComponent
  const metas = [...new Set(list.flatMap((c) => (c.meta === undefined ? [] : [c.meta])))]
  const meta = metas[0]
  for (const other of metas.slice(1)) {
    if (meta !== undefined && !(await sameBytes(tree, meta, other)))
      warnings.push(
        `${describe(first)} has a parent file in ${meta} and in ${other} with different content; the first one is used, as the Salesforce CLI uses it.`
      )
  }
  const children = new Map<string, ResolvedChild>()
  for (const c of list) {
    for (const child of c.children) {
      const key = `${child.type.name}:${child.name}`
      const kept = children.get(key)
      if (!kept) children.set(key, child)
      else if (!(await sameBytes(tree, kept.path, child.path)))
        warnings.push(
          `${child.type.name} ${first.fullName}.${child.name} is defined in ${kept.path} and in ${child.path} with different content; the first one is deployed.`
        )
    }
  }
  const owner = list.find((c) => c.meta === meta) ?? first
  const parentSelected = list.some((c) => c.parentSelected !== false)
  const merged: ResolvedComponent = {
    ...owner,
    packageDir: first.packageDir,
    children: [...children.values()]
  }
  if (meta === undefined) delete merged.meta
  else merged.meta = meta
  if (parentSelected) delete merged.parentSelected
  else merged.parentSelected = false
  const folder = owner.folder ?? first.folder
  if (folder !== undefined) merged.folder = folder
  return merged
}

/** The files of a copy by their path inside the component (a meta file beside its folder included). */
function relativeFiles(c: ResolvedComponent, withMeta = true): Map<string, string> {
  const files = [...(withMeta && c.meta !== undefined ? [c.meta] : []), ...c.content]
  const base = c.folder ?? dirname(c.meta ?? files[0] ?? '')
  const out = new Map<string, string>()
  for (const f of files)
    out.set(
      base !== '' && f.startsWith(`${base}/`) ? f.slice(base.length + 1) : `../${basename(f)}`,
      f
    )
  return out
}

/**
 * The same component in several places (two package directories, two folders): identical
 * copies are one; otherwise the reference writes each copy over the previous one, so the last
 * copy's files win (bundles file by file) and we say so.
 */
async function mergeDuplicates(
  tree: SourceTree,
  list: ResolvedComponent[],
  warnings: string[]
): Promise<ResolvedComponent> {
  const distinct: ResolvedComponent[] = []
  const signatures = new Set<string>()
  for (const c of list) {
    const signature = filesOf(c).join('\n')
    if (!signatures.has(signature)) {
      signatures.add(signature)
      distinct.push(c)
    }
  }
  const first = distinct[0] as ResolvedComponent
  if (distinct.length === 1) return first
  const maps = distinct.map((c) => relativeFiles(c))
  let identical = true
  for (const other of maps.slice(1)) {
    const base = maps[0] ?? new Map<string, string>()
    if (other.size !== base.size) identical = false
    for (const [rel, path] of other) {
      const mine = base.get(rel)
      if (mine === undefined || !(await sameBytes(tree, mine, path))) identical = false
      if (!identical) break
    }
    if (!identical) break
  }
  if (identical) return first
  const last = distinct[distinct.length - 1] as ResolvedComponent
  const overlay = first.type.strategy === 'bundle' || first.type.strategy === 'experienceBundle'
  const where = distinct.map((c) => c.meta ?? c.folder ?? c.content[0] ?? '').join(' and ')
  warnings.push(
    `${describe(first)} is defined in ${where} with different content; ${overlay ? 'each file of the later copy replaces the same file of the earlier one' : `the last one (${last.meta ?? last.folder ?? last.content[0] ?? ''}) is deployed`}, as the Salesforce CLI deploys it.`
  )
  if (!overlay) return last
  const byRel = new Map<string, string>()
  for (const c of distinct) for (const [rel, path] of relativeFiles(c, false)) byRel.set(rel, path)
  return { ...last, content: [...byRel.values()].sort() }
}
