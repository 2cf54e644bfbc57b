/**
 * How a file or folder becomes a component once its type is known: the reference converter's
 * source adapters (default, matching content, mixed content, bundle, decomposed, digital
 * experience), applied to a listing. Each adapter finds the component's meta file, its content
 * and its name the way the reference does, so the same files make the same components.
 */
import type { DirIndex } from './dir-index.ts'
import type { MetadataType, Registry } from './registry/registry.ts'
import { refFacts, type TypeRef } from './resolve-type.ts'
import {
  META,
  baseName,
  basename,
  dirname,
  extName,
  folderMetaName,
  joinPath,
  parentName,
  parseMetadataXml,
  parseNestedFullName,
  type MetaXmlName
} from './source-paths.ts'

/** One component as the reference's resolver produces it (a child points to its parent). */
export interface RawComponent {
  ref: TypeRef
  name: string
  xml?: string
  content?: string
  parent?: RawComponent
}

/** A problem that stops one component (the reference throws; we collect and go on). */
export class AdapterError extends Error {}

type AdapterKind =
  | 'default'
  | 'matchingContent'
  | 'mixedContent'
  | 'bundle'
  | 'uiBundle'
  | 'decomposed'
  | 'digitalExperience'

/** What the adapters need: the listing, the ignore rules and the type look-ups. */
export interface AdapterEnv {
  tree: DirIndex
  registry: Registry
  denies(path: string): boolean
  typeOfSuffix(suffix: string): TypeRef | undefined
}

function kindOf(ref: TypeRef): AdapterKind {
  if (ref.kind === 'folder') return 'default'
  if (ref.kind === 'child')
    return ref.parent.strategy === 'digitalExperience' ? 'digitalExperience' : 'default'
  switch (ref.type.strategy) {
    case 'matchingContent':
      return 'matchingContent'
    case 'bundle':
      return ref.type.validation === 'uiBundle' ? 'uiBundle' : 'bundle'
    case 'staticResource':
    case 'document':
    case 'experienceBundle':
      return 'mixedContent'
    case 'decomposed':
    case 'decomposedBeside':
      return 'decomposed'
    case 'digitalExperience':
      return 'digitalExperience'
    default:
      return 'default'
  }
}

/** Default and decomposed adapters take a file's content as its metadata (mdapi-format files). */
function allowsMetadataWithContent(kind: AdapterKind): boolean {
  return kind !== 'default' && kind !== 'decomposed'
}

/** Bundles (and decomposed types) keep their meta file inside the component's own folder. */
function ownFolder(kind: AdapterKind): boolean {
  return kind !== 'default' && kind !== 'matchingContent' && kind !== 'mixedContent'
}

/** Whether the adapter of a type resolves a content-looking file itself (see `resolveComponent`). */
export function allowMetadataWithContent(ref: TypeRef): boolean {
  return allowsMetadataWithContent(kindOf(ref))
}

const isDigitalExperienceBundle = (ref: TypeRef): boolean =>
  ref.kind === 'type' && ref.type.strategy === 'digitalExperience'

function metaFileNameOf(ref: TypeRef): string | undefined {
  if (ref.kind === 'type') return ref.type.metaFileName
  if (ref.kind === 'child') return ref.child.metaFileName
  return undefined
}

/** The Territory2 family: the model type whose folder holds the file. */
function folderTypeOf(ref: TypeRef): string | undefined {
  return ref.kind === 'type' ? ref.type.folderType : undefined
}

/** The first entry of `dir` named `name` before its first dot, meta file or not as asked. */
function find(
  env: AdapterEnv,
  kind: 'metadataXml' | 'content',
  name: string,
  dir: string
): string | undefined {
  for (const entry of env.tree.readDirectory(dir)) {
    const path = joinPath(dir, entry)
    const isMeta = parseMetadataXml(path) !== undefined
    if (baseName(entry) === name && isMeta === (kind === 'metadataXml')) return path
  }
  return undefined
}

function parseMeta(ref: TypeRef, kind: AdapterKind, path: string): MetaXmlName | undefined {
  const xml = parseMetadataXml(path)
  if (kind !== 'digitalExperience') return xml
  // A digital experience bundle is named `<baseType>/<space>` after its folders.
  return xml && isDigitalExperienceBundle(ref)
    ? { fullName: bundleName(ref, path), suffix: xml.suffix, path }
    : undefined
}

/** A meta file as the component's root: in its type folder, or in a folder of its own name. */
function rootMetadataXml(ref: TypeRef, kind: AdapterKind, path: string): MetaXmlName | undefined {
  const meta = parseMeta(ref, kind, path)
  const facts = refFacts(ref)
  if (meta) {
    if (!facts.strict) return meta
    const parentPath = dirname(path)
    const typeDir = basename(facts.inFolder ? dirname(parentPath) : parentPath)
    return basename(parentPath) === meta.fullName || typeDir === facts.directoryName
      ? meta
      : undefined
  }
  const folder = folderMetaName(path)
  if (folder !== undefined) return { fullName: folder, suffix: '', path }
  return allowsMetadataWithContent(kind) ? undefined : contentAsMetadata(ref, path)
}

/** A file in metadata format (`workflows/X.workflow`) taken as the component's metadata. */
function contentAsMetadata(ref: TypeRef, path: string): MetaXmlName | undefined {
  const facts = refFacts(ref)
  if (facts.inFolder) {
    const fullName = parseNestedFullName(path, facts.directoryName)
    if (fullName && facts.suffix) return { fullName, suffix: facts.suffix, path }
  }
  const parts = dirname(path).split('/')
  const at = parts.lastIndexOf(facts.directoryName)
  const selfFolder = ref.kind === 'type' && ref.type.folderType === ref.type.name
  if (at !== (selfFolder ? parts.length - 2 : parts.length - 1)) return undefined
  const m = /(.+)\.(.+)/.exec(basename(path))
  const suffix = facts.suffix
  return m && suffix !== undefined && suffix === m[2]
    ? { fullName: m[1] ?? '', suffix, path }
    : undefined
}

/** The path cut after the component's root (`staticresources/lib/js/a.js` -> `staticresources/lib`). */
function trimPathToContent(ref: TypeRef, kind: AdapterKind, path: string): string {
  if (kind === 'digitalExperience') {
    if (isDigitalExperienceBundle(ref)) return path
    // `<baseType>/<space>/<contentType>/<contentName>` below digitalExperiences; variants and
    // inline media sit deeper in the content folder.
    const parts = dirname(path).split('/')
    const at = parts.indexOf(refFacts(ref).directoryName)
    if (at > -1 && parts.length > at + 5) parts.length = at + 5
    return parts.join('/')
  }
  const facts = refFacts(ref)
  const parts = path.split('/')
  const at = parts.lastIndexOf(facts.directoryName)
  return parts.slice(0, at + (facts.inFolder ? 3 : 2)).join('/')
}

function rootMetadataXmlPath(
  env: AdapterEnv,
  ref: TypeRef,
  kind: AdapterKind,
  trigger: string
): string | undefined {
  switch (kind) {
    case 'default':
      return trigger
    case 'matchingContent':
      return `${trigger}${META}`
    case 'digitalExperience':
      if (isDigitalExperienceBundle(ref)) return bundleMetadataXmlPath(ref, trigger)
      return joinPath(dirname(trigger), metaFileNameOf(ref) ?? '')
    default: {
      const root = trimPathToContent(ref, kind, trigger)
      if (ownFolder(kind)) return find(env, 'metadataXml', basename(root), root)
      return find(env, 'metadataXml', baseName(root), dirname(root))
    }
  }
}

function calculateName(env: AdapterEnv, ref: TypeRef, root: MetaXmlName): string {
  const facts = refFacts(ref)
  if (ref.kind === 'folder' || facts.inFolder) {
    const name = parseNestedFullName(root.path, facts.directoryName)
    if (name === undefined)
      throw new AdapterError(
        `${root.path}: ${facts.name} files must sit in a folder below ${facts.directoryName}/.`
      )
    return name
  }
  const folderType = folderTypeOf(ref)
  if (folderType === undefined) return root.fullName
  const model = env.registry.types.get(folderType)
  if (model?.folderType === facts.name) return root.fullName
  if (model?.folderType !== undefined) {
    const parts = root.path.split('/')
    const at = parts.indexOf(model.directoryName)
    if (at !== -1) return `${parts[at + 1] ?? ''}.${root.fullName}`
  }
  throw new AdapterError(
    `${root.path}: ${facts.name} files must sit below ${model?.directoryName ?? folderType}/<model>/.`
  )
}

/**
 * The component of a path of known type (`isResolvingSource`: the path was named directly, not
 * met while walking a folder). Undefined when the path is part of a component found elsewhere.
 */
export function getComponent(
  env: AdapterEnv,
  ref: TypeRef,
  path: string,
  isResolvingSource: boolean
): RawComponent | undefined {
  const kind = kindOf(ref)
  let root = rootMetadataXml(ref, kind, path)
  if (!root) {
    const rootPath = rootMetadataXmlPath(env, ref, kind, path)
    if (rootPath !== undefined)
      root = kind === 'decomposed' ? parseMetadataXml(rootPath) : parseMeta(ref, kind, rootPath)
  }
  if (root && kind !== 'decomposed' && env.denies(root.path))
    throw new AdapterError(
      `${root.path} is excluded by .forceignore, but ${path} needs it; ignore both or neither.`
    )
  const component: RawComponent | undefined = root
    ? { ref, name: calculateName(env, ref, root), xml: root.path }
    : undefined
  return populate(env, ref, kind, path, component, isResolvingSource)
}

function expectedFiles(trigger: string, ref: TypeRef, component?: RawComponent): AdapterError {
  const facts = refFacts(ref)
  const name = component?.name ?? baseName(trigger)
  if (component?.xml === trigger && facts.suffix !== undefined && ref.kind === 'type') {
    const content =
      ref.type.strategy === 'matchingContent'
        ? `${basename(trigger).slice(0, -META.length)}`
        : `${baseName(trigger)}.<ext> or a folder ${baseName(trigger)}/`
    return new AdapterError(
      `${facts.name} ${name}: ${trigger} has no content file ${content} beside it.`
    )
  }
  return new AdapterError(
    `${facts.name} ${name}: ${trigger} has no content (expected a file or folder beside its meta file).`
  )
}

function populate(
  env: AdapterEnv,
  ref: TypeRef,
  kind: AdapterKind,
  trigger: string,
  component: RawComponent | undefined,
  isResolvingSource: boolean
): RawComponent | undefined {
  switch (kind) {
    case 'default':
      return component
    case 'matchingContent':
      return populateMatching(env, ref, trigger, component)
    case 'decomposed':
      return populateDecomposed(ref, trigger, component, isResolvingSource)
    case 'digitalExperience':
      return populateDigitalExperience(env, ref, trigger, component)
    case 'uiBundle':
      return populateUiBundle(env, ref, trigger, component)
    default:
      return populateMixed(env, ref, kind, trigger, component)
  }
}

function populateMatching(
  env: AdapterEnv,
  ref: TypeRef,
  trigger: string,
  component: RawComponent | undefined
): RawComponent | undefined {
  let source: string | undefined
  if (component?.xml === trigger) {
    const path = trigger.slice(0, trigger.lastIndexOf(META))
    if (env.tree.exists(path)) source = path
  } else {
    const byExt = env.typeOfSuffix(extName(trigger))
    if (byExt?.kind === 'type' && ref.kind === 'type' && byExt.type === ref.type) source = trigger
  }
  if (source === undefined || component === undefined) throw expectedFiles(trigger, ref, component)
  if (env.denies(source))
    throw new AdapterError(
      `${source} is excluded by .forceignore, but ${component.xml ?? trigger} needs it; ignore both (append "*" to the pattern) or neither.`
    )
  component.content = source
  return component
}

function populateMixed(
  env: AdapterEnv,
  ref: TypeRef,
  kind: AdapterKind,
  trigger: string,
  component: RawComponent | undefined
): RawComponent | undefined {
  if (
    ownFolder(kind) &&
    env.tree.isDirectory(trigger) &&
    env.tree.readDirectory(trigger).length === 0
  )
    return undefined
  const trimmed = trimPathToContent(ref, kind, trigger)
  const contentPath =
    trimmed === component?.xml ? find(env, 'content', baseName(trimmed), dirname(trimmed)) : trimmed
  if (contentPath === undefined || !env.tree.exists(contentPath))
    throw expectedFiles(trigger, ref, component)
  if (component) {
    component.content = contentPath
    return component
  }
  const metaFile = metaFileNameOf(ref)
  return {
    ref,
    name: baseName(contentPath),
    content: contentPath,
    ...(metaFile === undefined ? {} : { xml: joinPath(contentPath, metaFile) })
  }
}

function populateUiBundle(
  env: AdapterEnv,
  ref: TypeRef,
  trigger: string,
  component: RawComponent | undefined
): RawComponent | undefined {
  const source = populateMixed(env, ref, 'uiBundle', trigger, component)
  if (source?.content === undefined) return source
  const app = baseName(source.content)
  const xml = joinPath(source.content, `${app}.uibundle${META}`)
  if (!env.tree.exists(xml))
    throw new AdapterError(`${source.content}: a UI bundle needs ${xml} inside its folder.`)
  return source.xml === xml ? source : { ...source, name: app, xml }
}

function populateDecomposed(
  ref: TypeRef,
  trigger: string,
  component: RawComponent | undefined,
  isResolvingSource: boolean
): RawComponent | undefined {
  if (ref.kind !== 'type') return component
  const type = ref.type
  const meta = parseMetadataXml(trigger)
  if (!meta?.suffix) return component
  const pathToContent = trimPathToContent(ref, 'decomposed', trigger)
  const child = type.childSuffixes.get(meta.suffix)
  if (child && !child.unaddressableWithoutParent && child.addressable) {
    // Both decompositions (folder per type, top level) resolve a child on its own; the
    // reference names a missing top-level parent after its whole path, we after its folder.
    void isResolvingSource
    const parent = component ?? { ref, name: baseName(pathToContent) }
    parent.content = pathToContent
    return {
      ref: { kind: 'child', child, parent: type },
      name: meta.fullName,
      xml: trigger,
      parent
    }
  }
  if (!component)
    throw new AdapterError(
      `${trigger}: ${child ? `${child.name} files need the ${type.name} file (${baseName(pathToContent)}.${type.suffix ?? ''}${META}) beside them` : `not a child type of ${type.name}; only its child types belong in ${pathToContent}/`}.`
    )
  component.content = pathToContent
  return component
}

function populateDigitalExperience(
  env: AdapterEnv,
  ref: TypeRef,
  trigger: string,
  component: RawComponent | undefined
): RawComponent | undefined {
  if (isDigitalExperienceBundle(ref) && component) return component
  const source = populateMixed(env, ref, 'digitalExperience', trigger, component)
  const bundle = ref.kind === 'child' ? ref.parent : undefined
  if (!source?.content || !bundle)
    throw new AdapterError(
      `${trigger}: not part of a digital experience (digitalExperiences/<type>/<space>/).`
    )
  const bundleRef: TypeRef = { kind: 'type', type: bundle }
  const parent: RawComponent = {
    ref: bundleRef,
    name: bundleName(bundleRef, source.content),
    xml: bundleMetadataXmlPath(bundleRef, source.content)
  }
  return {
    ref,
    name: `${parentName(source.content)}/${baseName(source.content)}`,
    content: source.content,
    ...(source.xml === undefined ? {} : { xml: source.xml }),
    parent
  }
}

function bundleName(ref: TypeRef, contentPath: string): string {
  const xml = bundleMetadataXmlPath(ref, contentPath)
  return `${parentName(dirname(xml))}/${parentName(xml)}`
}

/** `digitalExperiences/<type>/<space>/<space>.digitalExperience-meta.xml`. */
function bundleMetadataXmlPath(ref: TypeRef, path: string): string {
  if (isDigitalExperienceBundle(ref) && path.endsWith(META)) return path
  const bundle: MetadataType | undefined =
    ref.kind === 'type' ? ref.type : ref.kind === 'child' ? ref.parent : undefined
  const parts = path.split('/')
  const at = parts.lastIndexOf(refFacts(ref).directoryName)
  const base = parts.slice(0, at + 3).join('/')
  return `${base}/${parts[at + 2] ?? ''}.${bundle?.suffix ?? ''}${META}`
}
