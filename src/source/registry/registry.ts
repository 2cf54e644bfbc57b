import data from './metadata-types.json' with { type: 'json' }

/** How the files of a type group into a component and how the component is written. */
export type Strategy =
  | 'copy'
  | 'matchingContent'
  | 'bundle'
  | 'staticResource'
  | 'document'
  | 'experienceBundle'
  | 'digitalExperience'
  | 'decomposed'
  | 'decomposedBeside'
  | 'labels'

/** Folder metadata of an in-folder type (Report ↔ ReportFolder). */
export interface InFolderInfo {
  folderType: string
  /** Suffix of folder meta files in source format (`Sales.reportFolder-meta.xml`). */
  folderSuffix: string
  /** Whether folder members carry a trailing `/` in package.xml (Report, Dashboard). */
  trailingSlash: boolean
  /** An older spelling of the folder suffix (`emailTemplateFolder`). */
  aliasSuffix?: string
  aliasTrailingSlash?: boolean
}

/** A child type: lives inside its parent's file in metadata format. */
export interface ChildType {
  name: string
  parent: string
  directoryName: string
  /** Source suffix of decomposed child files (`field` in `X.field-meta.xml`). */
  suffix?: string
  legacySuffix?: string
  /** XML tag of the children inside the parent file. */
  tag: string
  /** Element whose text names the child. */
  uniqueIdElement: string
  /** False for children that are never listed in package.xml (CustomFieldTranslation). */
  addressable: boolean
  /** Deployable only through its parent: the parent is listed even when empty. */
  unaddressableWithoutParent: boolean
  /** Member is the child's own name, without `Parent.` (CustomLabel). */
  ignoreParentName: boolean
  /** Listed from the parent file's elements (Workflow rules): it has a tag and an id element. */
  listedInFile: boolean
  /** File that marks a child folder (DigitalExperience: `_meta.json`). */
  metaFileName?: string
}

/** A top-level metadata type. */
export interface MetadataType {
  name: string
  directoryName: string
  suffix?: string
  /** Suffix of the meta file when it differs from `suffix` (ExperienceBundle: `site`). */
  metaSuffix?: string
  legacySuffix?: string
  strategy: Strategy
  /** The type is bound to its folder name (the reference's strict directories). */
  strict: boolean
  /** Everything below `directoryName` belongs to this type, whatever its name. */
  ownsFolder: boolean
  inFolder?: InFolderInfo
  /** Territory2 family: the model type whose folder holds this type's files. */
  folderType?: string
  /** Meta file of a bundle when not `Name.<x>-meta.xml` (LightningTypeBundle: `schema.json`). */
  metaFileName?: string
  /** Extra checks before the component is deployed. */
  validation?: 'uiBundle'
  children: ChildType[]
  /** Child suffix (and legacy suffix) -> child type. */
  childSuffixes: Map<string, ChildType>
  /**
   * Decomposed types: list the parent in package.xml even when its file holds nothing, because
   * its children cannot be deployed on their own (CustomObjectTranslation).
   */
  listEmptyParent: boolean
}

/** The registry with the indexes the resolver needs. */
export interface Registry {
  types: Map<string, MetadataType>
  /** Suffix -> top-level type, as the reference indexes suffixes. */
  bySuffix: Map<string, MetadataType>
  /** Suffix -> child type, for the suffixes the reference indexes to a child. */
  childBySuffix: Map<string, ChildType>
  /** Folder name -> type that owns or is strictly bound to that folder. */
  byFolder: Map<string, MetadataType>
  /** The reference's strict folders, in its order (the first matching type wins). */
  strictFolders: [string, MetadataType][]
  /** Folder-meta suffix -> in-folder content type. */
  byFolderSuffix: Map<string, MetadataType>
  /** The folder suffixes the reference indexes (`reportFolder`, not the `emailTemplateFolder` alias). */
  folderBySuffix: Map<string, MetadataType>
  /** Folder name -> in-folder content type (`reports` -> Report). */
  inFolderDirs: Map<string, MetadataType>
  /** Child type name -> child type. */
  children: Map<string, ChildType>
  /** Every top-level type, in the reference's order. */
  ordered: MetadataType[]
  /** The folder names of every type (`classes`, `objects`, `reports`...). */
  folderNames: Set<string>
}

interface RawChild {
  name: string
  directoryName: string
  suffix?: string
  legacySuffix?: string
  xmlElementName?: string
  uniqueIdElement?: string
  addressable?: boolean
  unaddressableWithoutParent?: boolean
  ignoreParentName?: boolean
  metaFileName?: string
}

interface RawType {
  name: string
  directoryName: string
  suffix?: string
  metaSuffix?: string
  legacySuffix?: string
  strategy: string
  strictDirectoryName?: boolean
  inFolder?: InFolderInfo
  folderType?: string
  metaFileName?: string
  validation?: string
  children?: RawChild[]
  childSuffixes?: Record<string, string>
}

/** The shipped data (generated from the reference's registry by conformance/registry-facts.ts). */
export interface RawRegistry {
  types: RawType[]
  suffixes: Record<string, string>
  strictDirectories: string[][]
}

const FOLDER_STRATEGIES = new Set<Strategy>([
  'bundle',
  'staticResource',
  'document',
  'experienceBundle',
  'digitalExperience',
  'decomposed',
  'decomposedBeside'
])

function toChild(parent: string, raw: RawChild): ChildType {
  return {
    name: raw.name,
    parent,
    directoryName: raw.directoryName,
    ...(raw.suffix === undefined ? {} : { suffix: raw.suffix }),
    ...(raw.legacySuffix === undefined ? {} : { legacySuffix: raw.legacySuffix }),
    tag: raw.xmlElementName ?? raw.directoryName,
    uniqueIdElement: raw.uniqueIdElement ?? 'fullName',
    addressable: raw.addressable ?? true,
    unaddressableWithoutParent: raw.unaddressableWithoutParent ?? false,
    ignoreParentName: raw.ignoreParentName ?? false,
    listedInFile: raw.xmlElementName !== undefined && raw.uniqueIdElement !== undefined,
    ...(raw.metaFileName === undefined ? {} : { metaFileName: raw.metaFileName })
  }
}

function toType(raw: RawType): MetadataType {
  const strategy = raw.strategy as Strategy
  const children = (raw.children ?? []).map((c) => toChild(raw.name, c))
  const strict = raw.strictDirectoryName === true
  const type: MetadataType = {
    name: raw.name,
    directoryName: raw.directoryName,
    strategy,
    strict,
    // DigitalExperienceBundle is not strict in the reference, but its folder is all its own.
    ownsFolder: FOLDER_STRATEGIES.has(strategy) && (strict || strategy === 'digitalExperience'),
    children,
    childSuffixes: new Map(
      Object.entries(raw.childSuffixes ?? {}).flatMap(([suffix, name]) => {
        const child = children.find((c) => c.name === name)
        return child ? [[suffix, child] as const] : []
      })
    ),
    listEmptyParent:
      !children.some((c) => !c.unaddressableWithoutParent) || !children.some((c) => c.addressable)
  }
  if (raw.suffix !== undefined) type.suffix = raw.suffix
  if (raw.metaSuffix !== undefined) type.metaSuffix = raw.metaSuffix
  if (raw.legacySuffix !== undefined) type.legacySuffix = raw.legacySuffix
  if (raw.inFolder !== undefined) type.inFolder = raw.inFolder
  if (raw.folderType !== undefined) type.folderType = raw.folderType
  if (raw.metaFileName !== undefined) type.metaFileName = raw.metaFileName
  if (raw.validation === 'uiBundle') type.validation = 'uiBundle'
  return type
}

/** Builds the registry and its indexes from raw data (the shipped JSON by default). */
export function buildRegistry(raw: RawRegistry = data as RawRegistry): Registry {
  const registry: Registry = {
    types: new Map(),
    bySuffix: new Map(),
    childBySuffix: new Map(),
    byFolder: new Map(),
    strictFolders: [],
    byFolderSuffix: new Map(),
    folderBySuffix: new Map(),
    inFolderDirs: new Map(),
    children: new Map(),
    ordered: [],
    folderNames: new Set()
  }
  for (const row of raw.types) {
    const type = toType(row)
    registry.types.set(type.name, type)
    registry.ordered.push(type)
    registry.folderNames.add(type.directoryName)
    if (type.strict || type.ownsFolder) registry.byFolder.set(type.directoryName, type)
    if (type.inFolder) {
      registry.byFolderSuffix.set(type.inFolder.folderSuffix, type)
      if (type.inFolder.aliasSuffix) registry.byFolderSuffix.set(type.inFolder.aliasSuffix, type)
      registry.inFolderDirs.set(type.directoryName, type)
    }
    for (const child of type.children) registry.children.set(child.name, child)
  }
  const folders = new Map(
    registry.ordered.flatMap((t) => (t.inFolder ? [[t.inFolder.folderType, t] as const] : []))
  )
  for (const [suffix, name] of Object.entries(raw.suffixes)) {
    const type = registry.types.get(name)
    const child = registry.children.get(name)
    const folder = folders.get(name)
    if (type) registry.bySuffix.set(suffix, type)
    else if (child) registry.childBySuffix.set(suffix, child)
    else if (folder) registry.folderBySuffix.set(suffix, folder)
  }
  for (const [dir = '', name = ''] of raw.strictDirectories) {
    const type = registry.types.get(name)
    if (type) registry.strictFolders.push([dir, type])
  }
  return registry
}

let shared: Registry | undefined

/** The shipped registry, built once. */
export function defaultRegistry(): Registry {
  shared ??= buildRegistry()
  return shared
}
