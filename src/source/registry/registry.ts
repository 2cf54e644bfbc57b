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
  | 'unsupported'

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
  /** Member is the child's own name, without `Parent.` (CustomLabel). */
  ignoreParentName: boolean
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
  /** Recognised only below a folder named `directoryName`. */
  strict: boolean
  /** Everything below `directoryName` belongs to this type, whatever its name. */
  ownsFolder: boolean
  inFolder?: InFolderInfo
  children: ChildType[]
}

/** The registry with the indexes the resolver needs. */
export interface Registry {
  types: Map<string, MetadataType>
  /** Suffix (and legacy suffix) -> non-strict type. */
  bySuffix: Map<string, MetadataType>
  /** Folder name -> type that owns or is strictly bound to that folder. */
  byFolder: Map<string, MetadataType>
  /** Folder-meta suffix -> in-folder content type. */
  byFolderSuffix: Map<string, MetadataType>
  /** Child type name -> child type. */
  children: Map<string, ChildType>
}

interface RawChild {
  name: string
  directoryName: string
  suffix?: string
  legacySuffix?: string
  xmlElementName?: string
  uniqueIdElement?: string
  addressable?: boolean
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
  strict?: boolean
  ownsFolder?: boolean
  inFolder?: InFolderInfo
  children?: RawChild[]
}

const FOLDER_STRATEGIES = new Set<Strategy>([
  'bundle',
  'staticResource',
  'document',
  'experienceBundle',
  'digitalExperience',
  'decomposed',
  'decomposedBeside',
  'unsupported'
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
    ignoreParentName: raw.ignoreParentName ?? false,
    ...(raw.metaFileName === undefined ? {} : { metaFileName: raw.metaFileName })
  }
}

function toType(raw: RawType): MetadataType {
  const strategy = raw.strategy as Strategy
  const type: MetadataType = {
    name: raw.name,
    directoryName: raw.directoryName,
    strategy,
    strict: raw.strict ?? false,
    ownsFolder:
      (raw.ownsFolder ?? false) || (raw.strict === true && FOLDER_STRATEGIES.has(strategy)),
    children: (raw.children ?? []).map((c) => toChild(raw.name, c))
  }
  if (raw.suffix !== undefined) type.suffix = raw.suffix
  if (raw.metaSuffix !== undefined) type.metaSuffix = raw.metaSuffix
  if (raw.legacySuffix !== undefined) type.legacySuffix = raw.legacySuffix
  if (raw.inFolder !== undefined) type.inFolder = raw.inFolder
  return type
}

/** Builds the registry and its indexes from raw data (the shipped JSON by default). */
export function buildRegistry(raw: { types: RawType[]; simple: string[][] } = data): Registry {
  const rows: RawType[] = [
    ...raw.types,
    ...raw.simple.map(([name = '', directoryName = '', suffix]) => ({
      name,
      directoryName,
      ...(suffix === undefined ? {} : { suffix }),
      strategy: 'copy'
    }))
  ]
  const registry: Registry = {
    types: new Map(),
    bySuffix: new Map(),
    byFolder: new Map(),
    byFolderSuffix: new Map(),
    children: new Map()
  }
  for (const row of rows) {
    const type = toType(row)
    registry.types.set(type.name, type)
    if (type.strict || type.ownsFolder) registry.byFolder.set(type.directoryName, type)
    if (!type.strict && !type.ownsFolder) {
      if (type.suffix !== undefined) registry.bySuffix.set(type.suffix, type)
      if (type.legacySuffix !== undefined) registry.bySuffix.set(type.legacySuffix, type)
    }
    if (type.inFolder) {
      registry.byFolderSuffix.set(type.inFolder.folderSuffix, type)
      if (type.inFolder.aliasSuffix) registry.byFolderSuffix.set(type.inFolder.aliasSuffix, type)
    }
    for (const child of type.children) registry.children.set(child.name, child)
  }
  return registry
}

let shared: Registry | undefined

/** The shipped registry, built once. */
export function defaultRegistry(): Registry {
  shared ??= buildRegistry()
  return shared
}
