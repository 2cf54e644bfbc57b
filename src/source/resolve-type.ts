import type { DirIndex } from './dir-index.ts'
import type { ChildType, MetadataType, Registry } from './registry/registry.ts'
import {
  META,
  dirname,
  extName,
  folderMetaName,
  parentName,
  parseMetadataXml
} from './source-paths.ts'

/**
 * What a path resolves to, in the reference's terms: a top-level type, a child type (the
 * reference indexes some child suffixes), or the folder type of an in-folder type.
 */
export type TypeRef =
  | { kind: 'type'; type: MetadataType }
  | { kind: 'child'; child: ChildType; parent: MetadataType }
  | { kind: 'folder'; content: MetadataType }

/** Facts every ref answers alike. */
export interface RefFacts {
  name: string
  directoryName: string
  suffix?: string
  strict: boolean
  inFolder: boolean
  hasChildren: boolean
}

const typeFacts = new WeakMap<object, RefFacts>()
const folderFacts = new WeakMap<object, RefFacts>()

/** The facts of a ref, computed once per type (the resolver asks for every file). */
export function refFacts(ref: TypeRef): RefFacts {
  const cache = ref.kind === 'folder' ? folderFacts : typeFacts
  const key = ref.kind === 'type' ? ref.type : ref.kind === 'child' ? ref.child : ref.content
  let facts = cache.get(key)
  if (!facts) {
    facts = computeFacts(ref)
    cache.set(key, facts)
  }
  return facts
}

function computeFacts(ref: TypeRef): RefFacts {
  switch (ref.kind) {
    case 'type':
      return {
        name: ref.type.name,
        directoryName: ref.type.directoryName,
        ...(ref.type.suffix === undefined ? {} : { suffix: ref.type.suffix }),
        strict: ref.type.strict,
        inFolder: ref.type.inFolder !== undefined,
        hasChildren: ref.type.children.length > 0
      }
    case 'child':
      return {
        name: ref.child.name,
        directoryName: ref.child.directoryName,
        ...(ref.child.suffix === undefined ? {} : { suffix: ref.child.suffix }),
        strict: false,
        inFolder: false,
        hasChildren: false
      }
    case 'folder':
      return {
        name: ref.content.inFolder?.folderType ?? '',
        directoryName: ref.content.directoryName,
        suffix: ref.content.inFolder?.folderSuffix ?? '',
        strict: false,
        inFolder: false,
        hasChildren: false
      }
  }
}

/** The resolver's view of the registry, with the reference's look-up rules. */
export class TypeResolver {
  readonly registry: Registry
  private readonly tree: DirIndex
  /** Suffix -> ref, so that look-ups allocate nothing. */
  private readonly suffixRefs = new Map<string, TypeRef | null>()
  /** Strict folder name -> its type and place in the reference's order. */
  private readonly strictIndex = new Map<string, { type: MetadataType; order: number }>()
  /** The types whose folder's files are all metadata, with their folder name, in order. */
  private readonly asMetadata: { ref: TypeRef; dir: string }[] = []

  constructor(registry: Registry, tree: DirIndex) {
    this.registry = registry
    this.tree = tree
    registry.strictFolders.forEach(([, type], order) => {
      if (!this.strictIndex.has(type.directoryName))
        this.strictIndex.set(type.directoryName, { type, order })
    })
    for (const name of AS_METADATA) {
      const ref =
        name === 'DigitalExperience' ? this.childRef(name) : this.typeRef(registry.types.get(name))
      if (ref) this.asMetadata.push({ ref, dir: refFacts(ref).directoryName })
    }
  }

  /** The type indexed under a file suffix (`cls`, `field`, `reportFolder`...). */
  bySuffix(suffix: string): TypeRef | undefined {
    let ref = this.suffixRefs.get(suffix)
    if (ref === undefined) {
      ref = this.lookUpSuffix(suffix) ?? null
      this.suffixRefs.set(suffix, ref)
    }
    return ref ?? undefined
  }

  private lookUpSuffix(suffix: string): TypeRef | undefined {
    const type = this.registry.bySuffix.get(suffix)
    if (type) return { kind: 'type', type }
    const child = this.registry.childBySuffix.get(suffix)
    if (child) {
      const parent = this.registry.types.get(child.parent)
      return parent ? { kind: 'child', child, parent } : undefined
    }
    const folder = this.registry.folderBySuffix.get(suffix)
    return folder ? { kind: 'folder', content: folder } : undefined
  }

  /** The first strict-folder type (in the reference's order) that claims the path. */
  strictFolderType(path: string): MetadataType | undefined {
    let candidates: { type: MetadataType; order: number }[] | undefined
    for (const seg of path.split('/')) {
      const hit = this.strictIndex.get(seg)
      if (hit) (candidates ??= []).push(hit)
    }
    if (!candidates) return undefined
    if (candidates.length > 1) candidates.sort((a, b) => a.order - b.order)
    const parent = parentName(path)
    for (const { type } of candidates) {
      // In-folder types: a file directly in the type folder is a folder's meta, not an item.
      if (type.inFolder && parent === type.directoryName) continue
      if (
        isMixedContentOrBundle(type) ||
        suffixMatches(type.suffix, path) ||
        suffixMatches(type.legacySuffix, path) ||
        type.children.some(
          (c) => suffixMatches(c.suffix, path) || suffixMatches(c.legacySuffix, path)
        )
      )
        return type
    }
    return undefined
  }

  /** The in-folder type folder named in a `Name-meta.xml` path (the last one the reference finds). */
  folderMetaDir(path: string): string | undefined {
    if (folderMetaName(path) === undefined) return undefined
    const dirs = dirname(path).split('/')
    let found: string | undefined
    for (const dir of this.registry.inFolderDirs.keys()) if (dirs.includes(dir)) found = dir
    return found
  }

  /** Files the reference treats as a bundle's or experience's own (no suffix, inside its folder). */
  contentTypeByFolder(path: string): TypeRef | undefined {
    if (this.tree.isDirectory(path)) return undefined
    let parts: string[] | undefined
    for (const { ref, dir } of this.asMetadata) {
      if (!path.includes(dir)) continue
      parts ??= path.split('/')
      if (parts.includes(dir)) return ref
    }
    return undefined
  }

  private typeRef(type: MetadataType | undefined): TypeRef | undefined {
    return type ? { kind: 'type', type } : undefined
  }

  private childRef(name: string): TypeRef | undefined {
    const child = this.registry.children.get(name)
    const parent = child && this.registry.types.get(child.parent)
    return child && parent ? { kind: 'child', child, parent } : undefined
  }

  /** The type of a path, tried as the reference tries: strict folder, meta suffix, folder meta, extension, content folder. */
  resolve(path: string): TypeRef | undefined {
    return this.resolveUncached(path)
  }

  private resolveUncached(path: string): TypeRef | undefined {
    const strict = this.strictFolderType(path)
    if (strict) return { kind: 'type', type: strict }
    const meta = parseMetadataXml(path)
    if (meta?.suffix) {
      const ref = this.bySuffix(meta.suffix)
      if (ref) return ref
    }
    const folderDir = this.folderMetaDir(path)
    if (folderDir !== undefined) {
      const content = this.registry.inFolderDirs.get(folderDir)
      if (content) return { kind: 'folder', content }
    }
    const byExt = this.bySuffix(extName(path))
    if (byExt) {
      const facts = refFacts(byExt)
      if (!(facts.strict && !path.split('/').includes(facts.directoryName))) return byExt
    }
    return this.contentTypeByFolder(path)
  }

  /** A file with a registered suffix inside that type's folder (or a strict folder): content or mdapi-format metadata. */
  isContentFile(path: string): boolean {
    const ref = this.bySuffix(extName(path))
    if (!ref) return false
    if (path.split('/').includes(refFacts(ref).directoryName)) return true
    return this.strictFolderType(path) !== undefined
  }

  /** Whether the reference looks at a file at all when it walks a folder. */
  isMetadata(path: string): boolean {
    return (
      parseMetadataXml(path) !== undefined ||
      this.isContentFile(path) ||
      this.folderMetaDir(path) !== undefined ||
      this.contentTypeByFolder(path) !== undefined
    )
  }

  /** Whether a folder is one component (a bundle, a static-resource folder...) rather than a folder to walk. */
  isComponentFolder(dir: string): boolean {
    const ref = this.resolve(dir)
    if (!ref) return false
    const facts = refFacts(ref)
    const parts = dir.split('/')
    const offset = facts.inFolder ? 2 : 1
    const at = parts.lastIndexOf(facts.directoryName)
    return !(
      at === -1 ||
      parts.length - offset <= at ||
      this.tree.readDirectory(dir).includes(facts.directoryName) ||
      facts.hasChildren
    )
  }
}

/** Types whose files inside their folder are metadata whatever their name (the reference's list, in its order). */
const AS_METADATA = [
  'DigitalExperience',
  'ExperiencePropertyTypeBundle',
  'LightningTypeBundle',
  'ContentTypeBundle',
  'UiWidgetBundle'
]

export function isMixedContentOrBundle(type: MetadataType): boolean {
  return (
    type.strategy === 'bundle' ||
    type.strategy === 'staticResource' ||
    type.strategy === 'document' ||
    type.strategy === 'experienceBundle'
  )
}

/** The reference's loose suffix test: the path ends with the suffix (no dot required). */
function suffixMatches(suffix: string | undefined, path: string): boolean {
  return suffix !== undefined && (path.endsWith(suffix) || path.endsWith(`${suffix}${META}`))
}
