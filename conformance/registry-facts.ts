// The metadata type facts of the reference converter's registry, and our registry generated from
// them. The reference (the version pinned in conformance/package.json) is installed on demand into
// conformance/node_modules; it is never a dependency of the action.
//
//   node conformance/registry-facts.ts           compare live reference, snapshot and our registry
//   node conformance/registry-facts.ts --write   regenerate the snapshot and our registry from it
//
// The snapshot (conformance/sdr-registry-facts.json) lets the unit tests check our registry without
// the network (__tests__/source/registry-facts.test.ts).
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { conformanceDir, ensureSdr, repoRoot } from './sdr.ts'

/** A child type as the reference describes it (only the facts the builder uses). */
export interface ChildFacts {
  name: string
  directoryName: string
  suffix?: string
  legacySuffix?: string
  xmlElementName?: string
  uniqueIdElement?: string
  ignoreParentName?: true
  isAddressable?: false
  unaddressableWithoutParent?: true
  metaFileSuffix?: string
  adapter?: string
}

/** A top-level type as the reference describes it; type references are by name. */
export interface TypeFacts {
  name: string
  directoryName: string
  suffix?: string
  legacySuffix?: string
  strictDirectoryName?: true
  inFolder?: true
  folderType?: string
  folderContentType?: string
  aliasFor?: string
  metaFileSuffix?: string
  ignoreParsedFullName?: true
  adapter?: string
  transformer?: string
  decomposition?: string
  recomposition?: string
  children?: ChildFacts[]
  /** The child suffix index (suffix and legacy suffix -> child name). */
  childSuffixes?: Record<string, string>
}

/** Everything the resolver and converters take from the reference's registry. */
export interface RegistryFacts {
  version: string
  /** In the reference's order (it matters where it searches types in order). */
  types: TypeFacts[]
  /** File suffix -> type name (top-level or child), as the reference indexes them. */
  suffixes: Record<string, string>
  /** Strict folder -> type name, in the reference's order. */
  strictDirectoryNames: [string, string][]
}

export const FACTS_FILE = path.join(conformanceDir, 'sdr-registry-facts.json')
export const OURS_FILE = path.join(repoRoot, 'src', 'source', 'registry', 'metadata-types.json')

interface SdrType {
  id: string
  name: string
  directoryName: string
  suffix?: string
  legacySuffix?: string
  strictDirectoryName?: boolean
  inFolder?: boolean
  folderType?: string
  folderContentType?: string
  aliasFor?: string
  metaFileSuffix?: string
  ignoreParsedFullName?: boolean
  xmlElementName?: string
  uniqueIdElement?: string
  ignoreParentName?: boolean
  isAddressable?: boolean
  unaddressableWithoutParent?: boolean
  strategies?: {
    adapter?: string
    transformer?: string
    decomposition?: string
    recomposition?: string
  }
  children?: { types: Record<string, SdrType>; suffixes: Record<string, string> }
}

interface SdrRegistry {
  types: Record<string, SdrType>
  suffixes: Record<string, string>
  strictDirectoryNames: Record<string, string>
  childTypes: Record<string, string>
}

/** Keeps the keys whose value is set (defaults are passed as undefined). */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}

function childFacts(c: SdrType): ChildFacts {
  return compact({
    name: c.name,
    directoryName: c.directoryName,
    suffix: c.suffix,
    legacySuffix: c.legacySuffix,
    xmlElementName: c.xmlElementName,
    uniqueIdElement: c.uniqueIdElement,
    ignoreParentName: c.ignoreParentName === true ? true : undefined,
    isAddressable: c.isAddressable === false ? false : undefined,
    unaddressableWithoutParent: c.unaddressableWithoutParent === true ? true : undefined,
    metaFileSuffix: c.metaFileSuffix,
    adapter: c.strategies?.adapter
  }) as ChildFacts
}

/** The facts of a reference registry object (`registry` exported by the reference). */
export function factsOf(registry: SdrRegistry, version: string): RegistryFacts {
  const nameOf = (id: string | undefined): string | undefined => {
    if (id === undefined) return undefined
    const top = registry.types[id]
    if (top) return top.name
    const parent = registry.childTypes[id]
    return parent === undefined ? id : registry.types[parent]?.children?.types[id]?.name
  }
  const types = Object.values(registry.types).map((t) => {
    const children = Object.values(t.children?.types ?? {}).map(childFacts)
    const childSuffixes = Object.fromEntries(
      Object.entries(t.children?.suffixes ?? {}).map(([s, id]) => [s, nameOf(id) ?? id])
    )
    const facts: TypeFacts = compact({
      name: t.name,
      directoryName: t.directoryName,
      suffix: t.suffix,
      legacySuffix: t.legacySuffix,
      strictDirectoryName: t.strictDirectoryName === true ? true : undefined,
      inFolder: t.inFolder === true ? true : undefined,
      folderType: nameOf(t.folderType),
      folderContentType: nameOf(t.folderContentType),
      aliasFor: nameOf(t.aliasFor),
      metaFileSuffix: t.metaFileSuffix,
      ignoreParsedFullName: t.ignoreParsedFullName === true ? true : undefined,
      adapter: t.strategies?.adapter,
      transformer: t.strategies?.transformer,
      decomposition: t.strategies?.decomposition,
      recomposition: t.strategies?.recomposition
    }) as TypeFacts
    if (children.length > 0) {
      facts.children = children
      facts.childSuffixes = childSuffixes
    }
    return facts
  })
  return {
    version,
    types,
    suffixes: Object.fromEntries(
      Object.entries(registry.suffixes).map(([s, id]) => [s, nameOf(id) ?? id])
    ),
    strictDirectoryNames: Object.entries(registry.strictDirectoryNames).map(([dir, id]) => [
      dir,
      nameOf(id) ?? id
    ])
  }
}

/** How a reference type's files group into components and convert (our strategy names). */
function strategyOf(t: TypeFacts): string {
  switch (t.adapter) {
    case 'matchingContentFile':
      return 'matchingContent'
    case 'bundle':
    case 'uiBundles':
      return 'bundle'
    case 'digitalExperience':
      return 'digitalExperience'
    case 'decomposed':
      return t.decomposition === 'topLevel' ? 'decomposedBeside' : 'decomposed'
    case 'mixedContent':
      if (t.transformer === 'staticResource') return 'staticResource'
      return t.inFolder === true ? 'document' : 'experienceBundle'
    case 'default':
    case undefined:
      return t.transformer === 'nonDecomposed' ? 'labels' : 'copy'
    default:
      throw new Error(`${t.name}: no strategy for adapter ${t.adapter}`)
  }
}

/**
 * Facts the reference keeps outside its registry data, that other parts of this project read:
 * the meta file of an ExperienceBundle is `Name.site-meta.xml` (the reference finds any
 * `Name.*-meta.xml` beside the folder).
 */
const META_SUFFIX: Record<string, string> = { ExperienceBundle: 'site' }

/** Our registry (src/source/registry/metadata-types.json) from the facts. */
export function toOurRegistry(facts: RegistryFacts): unknown {
  const byName = new Map(facts.types.map((t) => [t.name, t]))
  // Folder types (ReportFolder...) are written as the `inFolder` info of their content type.
  const folderOf = (content: string): TypeFacts | undefined =>
    facts.types.find((t) => t.folderContentType === content && t.aliasFor === undefined)
  const aliasOf = (folder: string): TypeFacts | undefined =>
    facts.types.find((t) => t.aliasFor === folder)
  const types = facts.types
    .filter((t) => t.folderContentType === undefined)
    .map((t) => {
      const folder = t.inFolder === true ? folderOf(t.name) : undefined
      const alias = folder ? aliasOf(folder.name) : undefined
      const slash = (name: string): boolean =>
        ['DashboardFolder', 'ReportFolder', 'EmailTemplateFolder'].includes(name)
      const row: Record<string, unknown> = {
        name: t.name,
        directoryName: t.directoryName,
        suffix: t.suffix,
        legacySuffix: t.legacySuffix,
        strategy: strategyOf(t),
        strictDirectoryName: t.strictDirectoryName,
        folderType:
          t.inFolder === true || t.folderType === undefined
            ? undefined
            : byName.get(t.folderType)?.name,
        metaFileName: t.metaFileSuffix,
        metaSuffix: META_SUFFIX[t.name],
        validation: t.adapter === 'uiBundles' ? 'uiBundle' : undefined,
        inFolder: folder
          ? compact({
              folderType: folder.name,
              folderSuffix: folder.suffix,
              trailingSlash: slash(folder.name),
              aliasSuffix: alias?.suffix,
              aliasTrailingSlash: alias ? slash(alias.name) : undefined
            })
          : undefined,
        children: t.children?.map((c) =>
          compact({
            name: c.name,
            directoryName: c.directoryName,
            suffix: c.suffix,
            legacySuffix: c.legacySuffix,
            xmlElementName: c.xmlElementName,
            uniqueIdElement: c.uniqueIdElement,
            addressable: c.isAddressable,
            unaddressableWithoutParent: c.unaddressableWithoutParent,
            ignoreParentName: c.ignoreParentName,
            metaFileName: c.metaFileSuffix
          })
        ),
        childSuffixes: t.childSuffixes
      }
      return compact(row)
    })
  return {
    $comment: `Generated by conformance/registry-facts.ts from @salesforce/source-deploy-retrieve ${facts.version}; do not edit (run it with --write). See docs/package-builder.md.`,
    source: facts.version,
    types,
    suffixes: facts.suffixes,
    strictDirectories: facts.strictDirectoryNames
  }
}

/** The installed reference's facts. */
async function liveFacts(): Promise<RegistryFacts> {
  // Installed on demand under conformance/, so the name is not resolved at typecheck time.
  const reference = '@salesforce/source-deploy-retrieve'
  const sdr = (await import(reference)) as unknown as {
    registry: SdrRegistry
  }
  const pkg = JSON.parse(
    readFileSync(
      path.join(conformanceDir, 'node_modules/@salesforce/source-deploy-retrieve/package.json'),
      'utf8'
    )
  ) as { version: string }
  return factsOf(sdr.registry, pkg.version)
}

/** The JSON text as the repository's formatter writes it, so that `format:check` accepts it. */
async function json(value: unknown, file: string): Promise<string> {
  const prettier = await import('prettier')
  const options = (await prettier.resolveConfig(file)) ?? {}
  return prettier.format(JSON.stringify(value, null, 2), { ...options, parser: 'json' })
}

/** Differences between two JSON texts, as the first few differing lines. */
function textDiff(a: string, b: string): string[] {
  const la = a.split('\n')
  const lb = b.split('\n')
  const out: string[] = []
  for (let i = 0; i < Math.max(la.length, lb.length) && out.length < 5; i++) {
    if (la[i] !== lb[i]) out.push(`line ${i + 1}: ${la[i] ?? '(none)'} | ${lb[i] ?? '(none)'}`)
  }
  return out
}

/**
 * Compares the live reference with the snapshot and our registry with the snapshot; `write`
 * regenerates both files instead. Returns the number of differences (or a skip reason).
 */
export async function checkRegistry(write = false): Promise<number | string> {
  const reason = await ensureSdr()
  if (reason !== undefined) return reason
  const live = await liveFacts()
  const liveText = await json(live, FACTS_FILE)
  const oursText = await json(toOurRegistry(live), OURS_FILE)
  if (write) {
    writeFileSync(FACTS_FILE, liveText)
    writeFileSync(OURS_FILE, oursText)
    console.log(
      `Wrote ${path.relative(repoRoot, FACTS_FILE)} and ${path.relative(repoRoot, OURS_FILE)} (${live.types.length} reference types, SDR ${live.version}).`
    )
    return 0
  }
  let diffs = 0
  for (const [label, file, want] of [
    ['snapshot', FACTS_FILE, liveText],
    ['our registry', OURS_FILE, oursText]
  ] as const) {
    const have = readFileSync(file, 'utf8')
    const lines = textDiff(have, want)
    if (lines.length === 0) console.log(`SAME ${label} (${path.relative(repoRoot, file)})`)
    else {
      diffs++
      console.log(`DIFF ${label} (${path.relative(repoRoot, file)}) vs SDR ${live.version}:`)
      for (const l of lines) console.log(`  ${l}`)
    }
  }
  return diffs
}

if (import.meta.main) {
  const result = await checkRegistry(process.argv.includes('--write'))
  if (typeof result === 'string') console.log(`SKIP registry check: ${result}`)
  process.exitCode = typeof result === 'number' && result > 0 ? 1 : 0
}
