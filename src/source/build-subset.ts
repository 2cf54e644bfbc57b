import { emptySourceMap } from '../model/source-map.ts'
import { BuildError } from './build-error.ts'
import { FALLBACK_API_VERSION, type BuiltPackage } from './build-package.ts'
import type { Member, ResolvedComponent } from './component.ts'
import { componentKey } from './component.ts'
import type { ConvertContext, Selection } from './convert-context.ts'
import { convertComponent } from './convert.ts'
import { checkPackageLimits } from './limits.ts'
import { buildPackageXml } from './manifest.ts'
import {
  activateProjectReplacements,
  PROJECT_FILE,
  readProjectConfig,
  type ProjectConfig
} from './project.ts'
import { defaultRegistry, type Registry } from './registry/registry.ts'
import { applyReplacements, type ReplacementStats } from './replacements.ts'
import { findSources, type FoundSources } from './sources.ts'
import type { SourceTree } from './source-tree.ts'
import { joinTreePath, normalizeTreePath } from './source-tree.ts'
import { decodeUtf8, encodeUtf8 } from './xml.ts'

/** A project's configuration and every component it holds, resolved but not converted. */
export interface SourceIndex {
  /** Project root as a tree path ('' = tree root). */
  projectDir: string
  config: ProjectConfig
  registry: Registry
  found: FoundSources
}

/**
 * Reads sfdx-project.json (from `configTree`, default `tree`) and resolves the components of
 * `tree` without reading their contents: what a delta compares at both ends.
 */
export async function loadSourceIndex(
  tree: SourceTree,
  projectDir: string,
  sourceDirs: string[],
  configTree: SourceTree = tree
): Promise<SourceIndex> {
  const dir = normalizeTreePath(projectDir) ?? ''
  const path = joinTreePath(dir, PROJECT_FILE)
  if (!(await configTree.exists(path)))
    throw new BuildError([`${path} not found: the project directory must hold sfdx-project.json.`])
  const config = readProjectConfig(decodeUtf8(await configTree.readFile(path)), path)
  const registry = defaultRegistry()
  const found = await findSources(tree, registry, dir, config, sourceDirs)
  return { projectDir: dir, config, registry, found }
}

/** One component to build, possibly narrowed. */
export interface SubsetPick {
  /** The component as resolved; for decomposed types, `children` holds only the ones to send. */
  component: ResolvedComponent
  /**
   * Decomposed types: whether the parent itself is listed (its own elements are always written
   * into the file when its meta exists). Ignored for other types, which travel whole.
   */
  listParent: boolean
  /** CustomLabels: the labels to send (the file holds exactly these). */
  labels?: ReadonlySet<string>
}

/** What to build from an index. */
export interface SubsetOptions {
  picks: SubsetPick[]
  preDestructive: Member[]
  postDestructive: Member[]
  apiVersion?: string
  env: Record<string, string | undefined>
}

function subsetSelection(picks: SubsetPick[]): Selection {
  const byKey = new Map(
    picks.map((p) => [componentKey(p.component.type.name, p.component.fullName), p])
  )
  const labels = picks.find((p) => p.component.type.strategy === 'labels')?.labels
  return {
    component: (type, member) => {
      const pick = byKey.get(componentKey(type.name, member))
      if (!pick) return true // folders and other whole components are picked whole
      if (type.strategy === 'labels') return false
      const decomposed = type.strategy === 'decomposed'
      return decomposed ? pick.listParent : true
    },
    child: (type, member) => (type.ignoreParentName ? (labels?.has(member) ?? false) : true)
  }
}

/**
 * Builds a package from chosen components only (a delta): converted as the full build converts
 * them, listed as the reference converter lists a component given by path, with destructive
 * manifests from member lists. Problems are collected and thrown together.
 */
export async function buildSubset(
  tree: SourceTree,
  index: SourceIndex,
  options: SubsetOptions
): Promise<BuiltPackage> {
  const { projectDir, config } = index
  const problems: string[] = []
  const warnings: string[] = [...config.warnings]
  const active = await activateProjectReplacements(
    tree,
    projectDir,
    config.replacements,
    options.env,
    problems
  )
  const stats = new Map<number, ReplacementStats>()
  const prefix = projectDir === '' ? '' : `${projectDir}/`
  const ctx: ConvertContext = {
    read: async (path) =>
      applyReplacements(path.slice(prefix.length), await tree.readFile(path), active, stats, (w) =>
        warnings.push(w)
      ),
    selection: subsetSelection(options.picks),
    files: new Map(),
    members: [],
    sourceMap: emptySourceMap(),
    problems,
    warnings
  }
  for (const pick of options.picks) {
    try {
      await convertComponent(ctx, pick.component)
    } catch (error) {
      if (error instanceof BuildError) problems.push(...error.problems)
      else throw error
    }
  }
  if (problems.length > 0) throw new BuildError([...new Set(problems)])
  const apiVersion = options.apiVersion ?? config.sourceApiVersion ?? FALLBACK_API_VERSION
  if (options.apiVersion === undefined && config.sourceApiVersion === undefined)
    warnings.push(
      `No API version: neither the apiVersion option nor sourceApiVersion in sfdx-project.json is set; package.xml uses ${FALLBACK_API_VERSION}.`
    )
  const packageXml = buildPackageXml(ctx.members, apiVersion)
  const files = new Map<string, Uint8Array>([['package.xml', encodeUtf8(packageXml)]])
  if (options.preDestructive.length > 0)
    files.set(
      'destructiveChangesPre.xml',
      encodeUtf8(buildPackageXml(options.preDestructive, apiVersion))
    )
  if (options.postDestructive.length > 0)
    files.set(
      'destructiveChangesPost.xml',
      encodeUtf8(buildPackageXml(options.postDestructive, apiVersion))
    )
  for (const [path, bytes] of ctx.files) files.set(path, bytes)
  const limits = checkPackageLimits(files)
  if (limits.errors.length > 0) throw new BuildError(limits.errors)
  warnings.push(...limits.warnings)
  const seen = new Set<string>()
  const components = ctx.members.filter((m) => {
    const key = `${m.type}:${m.fullName}`
    return seen.has(key) ? false : (seen.add(key), true)
  })
  return {
    files,
    packageXml,
    components,
    apiVersion,
    sourceMap: ctx.sourceMap,
    warnings,
    replacements: [...stats.values()].sort((a, b) => a.index - b.index)
  }
}
