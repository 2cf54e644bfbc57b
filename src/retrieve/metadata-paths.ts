/**
 * Which component a metadata-format path belongs to (`classes/Foo.cls-meta.xml` → ApexClass Foo,
 * `lwc/card/card.js` → LightningComponentBundle card, `reports/Sales/Q1.report` → Report Sales/Q1),
 * from the shipped type registry. Pure.
 */
import { defaultRegistry, type MetadataType, type Registry } from '../source/registry/registry.ts'

/** A component identity as package.xml names it. */
export interface ComponentRef {
  type: string
  fullName: string
}

/** The component of a path, and the path of its main file (`lwc/card` for bundles). */
export interface PathComponent extends ComponentRef {
  mainFile: string
}

const BUNDLES = new Set(['bundle', 'experienceBundle', 'digitalExperience'])
const META = '-meta.xml'

/** `ApexClass:Foo`: the key used in maps and sets. */
export function refKey(ref: ComponentRef): string {
  return `${ref.type}:${ref.fullName.replace(/\/$/, '')}`
}

/**
 * Whether a parent file is in a package only for children its package.xml lists (CustomField
 * Invoice__c.Due__c without CustomObject Invoice__c, a field-only delta): the deploy writes those
 * entries, not the parent, so the parent is no component of the deploy's own.
 */
export function heldOnlyForChildren(
  parent: ComponentRef,
  children: readonly ComponentRef[],
  listed: ReadonlySet<string>
): boolean {
  return (
    listed.size > 0 && !listed.has(refKey(parent)) && children.some((c) => listed.has(refKey(c)))
  )
}

/** Directory → types that write into it (a few directories hold several types). */
function typesByDirectory(registry: Registry): Map<string, MetadataType[]> {
  const byDir = new Map<string, MetadataType[]>()
  for (const type of registry.types.values()) {
    byDir.set(type.directoryName, [...(byDir.get(type.directoryName) ?? []), type])
  }
  return byDir
}

let cached: { registry: Registry; byDir: Map<string, MetadataType[]> } | undefined

function directoryIndex(registry: Registry): Map<string, MetadataType[]> {
  if (cached?.registry !== registry) cached = { registry, byDir: typesByDirectory(registry) }
  return cached.byDir
}

/**
 * The component a path belongs to; undefined for package.xml, destructive manifests and paths
 * in folders no type owns. `known` (package members) settles directories shared by several types.
 */
export function componentOfPath(
  path: string,
  known: ReadonlySet<string> = new Set(),
  registry: Registry = defaultRegistry()
): PathComponent | undefined {
  const parts = path.split('/')
  const dir = parts[0] ?? ''
  const rest = parts.slice(1)
  if (rest.length === 0) return undefined
  const candidates = (directoryIndex(registry).get(dir) ?? [])
    .map((type) => componentFor(type, dir, rest))
    .filter((c): c is PathComponent => c !== undefined)
  return candidates.find((c) => known.has(refKey(c))) ?? candidates[0]
}

function componentFor(type: MetadataType, dir: string, rest: string[]): PathComponent | undefined {
  const last = rest[rest.length - 1] ?? ''
  const bare = last.endsWith(META) ? last.slice(0, -META.length) : last
  if (BUNDLES.has(type.strategy)) {
    const name = rest[0] ?? ''
    // A bundle's own meta file may sit beside its folder (`experiences/site.site-meta.xml`).
    const fullName =
      rest.length === 1 ? (stripSuffix(bare, type.metaSuffix ?? type.suffix) ?? bare) : name
    return { type: type.name, fullName, mainFile: `${dir}/${fullName}` }
  }
  if (type.inFolder || type.strategy === 'document') {
    const folder = rest.slice(0, -1)
    if (folder.length === 0) {
      // `reports/Sales-meta.xml`: the folder itself, listed under the content type.
      if (!last.endsWith(META)) return undefined
      return { type: type.name, fullName: bare, mainFile: `${dir}/${bare}` }
    }
    const item = type.strategy === 'document' ? bare : stripSuffix(bare, type.suffix)
    if (item === undefined) return undefined
    return {
      type: type.name,
      fullName: [...folder, item].join('/'),
      mainFile: `${dir}/${[...folder, bare].join('/')}`
    }
  }
  if (rest.length !== 1) return undefined
  const name = stripSuffix(bare, type.suffix)
  if (name === undefined) return undefined
  return { type: type.name, fullName: name, mainFile: `${dir}/${bare}` }
}

function stripSuffix(name: string, suffix: string | undefined): string | undefined {
  if (!suffix) return name.replace(/\.[^.]*$/, '')
  return name.endsWith(`.${suffix}`) ? name.slice(0, -(suffix.length + 1)) : undefined
}

/** Groups files by the component they belong to; files of no component are returned apart. */
export function groupByComponent(
  paths: Iterable<string>,
  known: ReadonlySet<string> = new Set()
): { components: Map<string, PathComponent & { files: string[] }>; unowned: string[] } {
  const components = new Map<string, PathComponent & { files: string[] }>()
  const unowned: string[] = []
  for (const path of paths) {
    if (isManifestPath(path)) continue
    const component = componentOfPath(path, known)
    if (!component) {
      unowned.push(path)
      continue
    }
    const key = refKey(component)
    const entry = components.get(key) ?? { ...component, files: [] }
    entry.files.push(path)
    components.set(key, entry)
  }
  return { components, unowned }
}

/** package.xml and destructiveChanges(Pre|Post).xml at the root. */
export function isManifestPath(path: string): boolean {
  return /^(package|destructiveChanges(Pre|Post)?)\.xml$/.test(path)
}

/** Child types of a parent type (CustomField inside CustomObject): tag, type and key element. */
export function childTypesOf(
  typeName: string,
  registry: Registry = defaultRegistry()
): { tag: string; type: string; key: string; prefixed: boolean }[] {
  return (registry.types.get(typeName)?.children ?? [])
    .filter((c) => c.addressable)
    .map((c) => ({
      tag: c.tag,
      type: c.name,
      key: c.uniqueIdElement,
      prefixed: !c.ignoreParentName
    }))
}

/** The parent type of a child type (CustomField → CustomObject), if it is one. */
export function parentTypeOf(
  typeName: string,
  registry: Registry = defaultRegistry()
): string | undefined {
  return registry.children.get(typeName)?.parent
}

/** Folder-based content types and the type that lists their folders (Report → ReportFolder). */
export function folderTypeOf(
  typeName: string,
  registry: Registry = defaultRegistry()
): string | undefined {
  return registry.types.get(typeName)?.inFolder?.folderType
}
