import type { SourceMap } from '../model/source-map.ts'
import { emptySourceMap } from '../model/source-map.ts'
import { BuildError } from './build-error.ts'
import type { Member, ResolvedComponent } from './component.ts'
import type { ConvertContext } from './convert-context.ts'
import { convertComponent } from './convert.ts'
import { checkPackageLimits, type PackageLimits } from './limits.ts'
import { buildPackageXml, parsePackageXml } from './manifest.ts'
import { readAhead } from './read-ahead.ts'
import {
  activateProjectReplacements,
  PROJECT_FILE,
  readProjectConfig,
  readTreeText,
  type ProjectConfig
} from './project.ts'
import { defaultRegistry } from './registry/registry.ts'
import { applyReplacements, type ReplacementStats } from './replacements.ts'
import { missingMembers, selectionFromManifest } from './selection.ts'
import { findSources } from './sources.ts'
import type { SourceTree } from './source-tree.ts'
import { joinTreePath, normalizeTreePath } from './source-tree.ts'
import { encodeUtf8 } from './xml.ts'
import { PackageFiles } from './package-files.ts'
import { PACKAGE_ZIP_LEVEL } from './zip.ts'
import {
  holdYoungGeneration,
  YOUNG_GENERATION_CAP,
  type YoungGenerationHold
} from './young-generation.ts'

/** What to build. Paths are relative to `projectDir` unless said otherwise. */
export interface BuildOptions {
  /** Root of the SFDX project inside the tree ('' or '.'). */
  projectDir: string
  /** Narrow the build to these paths (each inside a package directory); empty = all package directories. */
  sourceDirs: string[]
  /** A package.xml to deploy exactly, taking the files from the source dirs. */
  manifest?: string
  /** A destructiveChangesPre.xml (or any package.xml-format file). */
  preDestructiveChanges?: string
  postDestructiveChanges?: string
  /** Overrides sourceApiVersion in package.xml. */
  apiVersion?: string
  /** Report files that fit no metadata type as warnings instead of failing. */
  ignoreUnknown: boolean
  /** Environment for string replacements. */
  env: Record<string, string | undefined>
  /** The deploy limits to check (default the org's). */
  limits?: PackageLimits
}

/** A metadata-format package ready to zip. */
export interface BuiltPackage {
  /** Metadata-format path -> bytes, including package.xml and destructive manifests. */
  files: Map<string, Uint8Array>
  packageXml: string
  /** Members of package.xml. */
  components: { type: string; fullName: string }[]
  apiVersion: string
  sourceMap: SourceMap
  warnings: string[]
  /** Information that needs no action (files left out because they are not metadata). */
  notes?: string[]
  /** Per replacement rule: files touched and occurrences replaced (never the values). */
  replacements?: ReplacementStats[]
}

/** Used when neither the options nor sfdx-project.json give a version (the CLI's last resort too). */
export const FALLBACK_API_VERSION = '58.0'
async function readProject(tree: SourceTree, projectDir: string): Promise<ProjectConfig> {
  const path = joinTreePath(projectDir, PROJECT_FILE)
  const text = await readTreeText(tree, path)
  if (text === undefined)
    throw new BuildError([`${path} not found: the project directory must hold sfdx-project.json.`])
  return readProjectConfig(text, path)
}

/** Reads and checks a destructive manifest given relative to the project. */
async function readDestructive(
  tree: SourceTree,
  projectDir: string,
  file: string,
  problems: string[]
): Promise<Member[]> {
  const path = joinTreePath(projectDir, normalizeTreePath(file) ?? file)
  const text = await readTreeText(tree, path)
  if (text === undefined) {
    problems.push(`Destructive manifest ${file} does not exist.`)
    return []
  }
  const { members } = parsePackageXml(text, path)
  for (const m of members.filter((x) => x.fullName === '*')) {
    problems.push(
      `${path}: wildcard member for ${m.type}; destructive manifests must name each component.`
    )
  }
  return members
}

/**
 * Turns an SFDX project (or part of it) into a metadata-format package: project config,
 * source listing with .forceignore, type resolution, replacements, conversion, manifests, limits.
 */
export async function buildPackage(tree: SourceTree, options: BuildOptions): Promise<BuiltPackage> {
  const young = holdYoungGeneration()
  try {
    return await build(tree, options, young)
  } finally {
    young.release()
  }
}

async function build(
  tree: SourceTree,
  options: BuildOptions,
  young: YoungGenerationHold
): Promise<BuiltPackage> {
  const projectDir = normalizeTreePath(options.projectDir) ?? ''
  const config = await readProject(tree, projectDir)
  const registry = defaultRegistry()
  const found = await findSources(tree, registry, projectDir, config, options.sourceDirs)
  const problems = [...found.problems]
  const warnings = [...config.warnings, ...found.warnings]
  reportUnknown(found.unknown, options.ignoreUnknown, problems, warnings)
  const active = await activateProjectReplacements(
    tree,
    projectDir,
    config.replacements,
    options.env,
    problems
  )
  const manifest =
    options.manifest === undefined
      ? undefined
      : await readManifest(tree, projectDir, options.manifest, problems)
  const selection = manifest === undefined ? undefined : selectionFromManifest(manifest)
  const pre =
    options.preDestructiveChanges === undefined
      ? []
      : await readDestructive(tree, projectDir, options.preDestructiveChanges, problems)
  const post =
    options.postDestructiveChanges === undefined
      ? []
      : await readDestructive(tree, projectDir, options.postDestructiveChanges, problems)

  const stats = new Map<number, ReplacementStats>()
  const prefix = projectDir === '' ? '' : `${projectDir}/`
  // Manifest mode may skip most components: read only what conversion asks for.
  const readRaw = readAhead(
    (path) => tree.readFile(path),
    selection === undefined ? filesInOrder(found.components) : [],
    READ_AHEAD
  )
  const ctx: ConvertContext = {
    read: async (path) =>
      applyReplacements(path.slice(prefix.length), await readRaw(path), active, stats, (w) =>
        warnings.push(w)
      ),
    ...(selection === undefined ? {} : { selection }),
    // Compressed as they are written: a fifth of the memory, and the zip that follows is a copy.
    files: new PackageFiles(PACKAGE_ZIP_LEVEL),
    members: [],
    sourceMap: emptySourceMap(),
    problems,
    warnings
  }
  // Held small while the sources are listed (where one collection can jump it to the limit),
  // grown to a size that keeps the collections few during conversion.
  young.growTo(YOUNG_GENERATION_CAP)
  await convertAll(ctx, found.components, young)
  if (manifest && selection) {
    ctx.members = ctx.members.filter((m) => selection.covers(m) || m.type === 'CustomLabels')
    for (const m of missingMembers(manifest, ctx.members)) {
      ctx.problems.push(
        `${options.manifest ?? ''} lists ${m.type} ${m.fullName}, which is not in the source directories.`
      )
    }
  }
  warnReplacements(config, stats, warnings)
  // Conversion runs even after earlier problems so that one run reports everything.
  if (ctx.problems.length > 0) throw new BuildError([...new Set(ctx.problems)])

  const apiVersion = options.apiVersion ?? config.sourceApiVersion ?? fallbackVersion(warnings)
  const packageXml = buildPackageXml(ctx.members, apiVersion)
  const files = ctx.files
  files.set('package.xml', encodeUtf8(packageXml))
  if (pre.length > 0)
    files.set('destructiveChangesPre.xml', encodeUtf8(buildPackageXml(pre, apiVersion)))
  if (post.length > 0)
    files.set('destructiveChangesPost.xml', encodeUtf8(buildPackageXml(post, apiVersion)))
  const limits = checkPackageLimits(files, options.limits)
  if (limits.errors.length > 0) throw new BuildError(limits.errors)
  warnings.push(...limits.warnings)
  return {
    files,
    packageXml,
    components: uniqueMembers(ctx.members),
    apiVersion,
    sourceMap: ctx.sourceMap,
    warnings,
    notes: found.notes,
    replacements: [...stats.values()].sort((a, b) => a.index - b.index)
  }
}

/** Files read ahead of the one being converted (reads overlap; CPU work stays on one component). */
const READ_AHEAD = 64

/** Every file a component may read, in conversion order. */
function filesInOrder(components: ResolvedComponent[]): string[] {
  const out: string[] = []
  for (const c of components) {
    if (c.meta !== undefined) out.push(c.meta)
    for (const f of c.content) out.push(f)
    if (c.type.strategy === 'decomposed' || c.type.strategy === 'decomposedBeside')
      for (const child of c.children) out.push(child.path)
  }
  return out
}

/**
 * Converts components one at a time: with several in progress, each holds its parsed files
 * across awaits and the peak memory grows with the concurrency, for no gain on CPU-bound work.
 */
async function convertAll(
  ctx: ConvertContext,
  components: ResolvedComponent[],
  young: YoungGenerationHold
): Promise<void> {
  for (const c of components) {
    young.check()
    try {
      await convertComponent(ctx, c)
    } catch (error) {
      if (error instanceof BuildError) ctx.problems.push(...error.problems)
      else throw error
    }
  }
}

async function readManifest(
  tree: SourceTree,
  projectDir: string,
  file: string,
  problems: string[]
): Promise<Member[] | undefined> {
  const path = joinTreePath(projectDir, normalizeTreePath(file) ?? file)
  const text = await readTreeText(tree, path)
  if (text === undefined) {
    problems.push(`Manifest ${file} does not exist.`)
    return undefined
  }
  return parsePackageXml(text, path).members
}

function reportUnknown(
  unknown: string[],
  ignore: boolean,
  problems: string[],
  warnings: string[]
): void {
  if (unknown.length === 0) return
  const bySuffix = new Map<string, string[]>()
  for (const path of unknown) {
    const name = path.slice(path.lastIndexOf('/') + 1)
    const m = /(\.[^.]+(?:-meta\.xml)?)$/.exec(name)
    const key = m?.[1] ?? '(no extension)'
    bySuffix.set(key, [...(bySuffix.get(key) ?? []), path])
  }
  const groups = [...bySuffix].map(([suffix, paths]) => `${suffix}: ${paths.join(', ')}`).join('; ')
  const message = `${unknown.length} file${unknown.length === 1 ? '' : 's'} match no metadata type (${groups}). Expected X.<suffix>-meta.xml of a known type, a content file beside its meta file, or a file inside a bundle or static-resource folder. Add them to .forceignore or report the type.`
  if (ignore) warnings.push(message)
  else problems.push(message)
}

function warnReplacements(
  config: ProjectConfig,
  stats: Map<number, ReplacementStats>,
  warnings: string[]
): void {
  for (const rule of config.replacements) {
    if (rule.filename !== undefined && !stats.has(rule.index)) {
      warnings.push(
        `replacements[${rule.index}]: nothing replaced in ${rule.filename} (no such file in the package, or the text was not found).`
      )
    }
  }
}

function fallbackVersion(warnings: string[]): string {
  warnings.push(
    `No API version: neither the apiVersion option nor sourceApiVersion in sfdx-project.json is set; package.xml uses ${FALLBACK_API_VERSION}.`
  )
  return FALLBACK_API_VERSION
}

function uniqueMembers(members: Member[]): Member[] {
  const seen = new Set<string>()
  const out: Member[] = []
  for (const m of members) {
    const key = `${m.type}:${m.fullName}`
    if (!seen.has(key)) {
      seen.add(key)
      out.push({ type: m.type, fullName: m.fullName })
    }
  }
  return out
}
