import type { ResolvedComponent } from './component.ts'
import type { ProjectConfig } from './project.ts'
import type { Registry } from './registry/registry.ts'
import type { SourceTree } from './source-tree.ts'
import { joinTreePath, normalizeTreePath } from './source-tree.ts'
import { ForceIgnoreIndex } from './forceignore-index.ts'
import { resolvePackageDir } from './resolve.ts'

/** Components found in the selected source, and what did not fit. */
export interface FoundSources {
  components: ResolvedComponent[]
  unknown: string[]
  problems: string[]
  warnings: string[]
}

interface Root {
  packageDir: string
  path: string
}

/** Package directories as tree paths, and the roots to list (source dirs narrow them). */
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

/** Lists a root; a single file also brings its meta/content partner. */
async function listRoot(tree: SourceTree, root: Root): Promise<string[]> {
  const files = await tree.listFiles(root.path)
  if (files.length > 0) return files
  const partner = root.path.endsWith('-meta.xml')
    ? root.path.slice(0, -'-meta.xml'.length)
    : `${root.path}-meta.xml`
  return (await tree.exists(partner)) && !(await tree.listFiles(partner)).length
    ? [root.path, partner].sort()
    : [root.path]
}

/**
 * Lists, filters (.forceignore) and resolves the selected source into components, merging the same
 * component across package directories (a component defined twice is an error, see
 * docs/package-builder.md).
 */
export async function findSources(
  tree: SourceTree,
  registry: Registry,
  projectDir: string,
  config: ProjectConfig,
  sourceDirs: string[]
): Promise<FoundSources> {
  const found: FoundSources = { components: [], unknown: [], problems: [], warnings: [] }
  const roots = await selectRoots(tree, projectDir, config, sourceDirs, found.problems)
  const listed = new Map<string, Set<string>>()
  const allFiles: string[] = []
  for (const root of roots) {
    const files = await listRoot(tree, root)
    const set = listed.get(root.packageDir) ?? new Set<string>()
    for (const f of files) set.add(f)
    listed.set(root.packageDir, set)
    allFiles.push(...files)
  }
  const ignore = await ForceIgnoreIndex.load(tree, projectDir, allFiles)
  found.warnings.push(...ignore.warnings)
  const merged = new Map<string, ResolvedComponent>()
  for (const [packageDir, set] of listed) {
    const files = [...set].filter((f) => !ignore.ignores(f)).sort()
    const result = resolvePackageDir(registry, packageDir, files)
    found.unknown.push(...result.unknown)
    found.problems.push(...result.problems)
    for (const [key, c] of result.components) mergeComponent(merged, key, c, found)
  }
  found.components = [...merged.keys()]
    .sort()
    .map((k) => merged.get(k))
    .filter((c) => c !== undefined)
  return found
}

function pathsOf(c: ResolvedComponent): string {
  return [c.meta, ...c.content].filter((p) => p !== undefined).join(', ')
}

function mergeComponent(
  merged: Map<string, ResolvedComponent>,
  key: string,
  c: ResolvedComponent,
  found: FoundSources
): void {
  const existing = merged.get(key)
  if (!existing) {
    merged.set(key, c)
    return
  }
  const strategy = c.type.strategy
  if (strategy === 'labels') {
    existing.content.push(...c.content)
  } else if (strategy === 'decomposed' || strategy === 'decomposedBeside') {
    existing.children.push(...c.children)
    if (existing.meta === undefined && c.meta !== undefined) existing.meta = c.meta
    else if (c.meta !== undefined)
      found.warnings.push(
        `${c.type.name} ${c.fullName} has a parent file in several package directories (${existing.meta ?? ''}, ${c.meta}); the first one is used.`
      )
  } else {
    found.problems.push(
      `${c.type.name} ${c.fullName} is defined twice: ${pathsOf(existing)} and ${pathsOf(c)}.`
    )
  }
}
