/**
 * Resolves a package directory's files into components the way the reference converter
 * (`sf project deploy start`) does: it walks each folder (sub-folders that are one component
 * first, then files, then the other sub-folders), looks only at files that can be metadata,
 * and leaves the rest out. Works on a listing (`DirIndex`), never on the tree itself.
 */
import {
  AdapterError,
  allowMetadataWithContent,
  getComponent,
  type RawComponent
} from './adapters.ts'
import type { ResolvedChild, ResolvedComponent } from './component.ts'
import { componentKey } from './component.ts'
import type { DirIndex } from './dir-index.ts'
import type { ChildType, MetadataType, Registry } from './registry/registry.ts'
import { TypeResolver, refFacts } from './resolve-type.ts'
import {
  META,
  basename,
  dirname,
  extName,
  parseMetadataXml,
  type MetaXmlName
} from './source-paths.ts'

/** One copy of a component as found under one root, in the reference's walk order. */
export interface ComponentCopy {
  key: string
  component: ResolvedComponent
  /** Position in the walk over all roots: the reference's processing order. */
  seq: number
}

/** What walking one root found. */
export interface WalkResult {
  copies: ComponentCopy[]
  /** Files the reference cannot type (it stops with "could not infer a metadata type"). */
  unknown: string[]
  problems: string[]
  /** Every file the walk looked at or a component took (the rest was left out). */
  seen: Set<string>
}

/** The walk's shared state. */
interface Walk {
  resolver: TypeResolver
  tree: DirIndex
  registry: Registry
  packageDir: string
  denies(path: string): boolean
  result: WalkResult
  next: () => number
}

/**
 * Walks `root` (a package directory or a folder or file inside it, whose listing `tree` holds)
 * and returns its components. `denies` is the .forceignore of the root; `next` numbers the
 * components across roots.
 */
export function walkRoot(
  registry: Registry,
  tree: DirIndex,
  packageDir: string,
  root: string,
  denies: (path: string) => boolean,
  next: () => number
): WalkResult {
  const walk: Walk = {
    resolver: new TypeResolver(registry, tree),
    tree,
    registry,
    packageDir,
    denies,
    result: { copies: [], unknown: [], problems: [], seen: new Set() },
    next
  }
  const raws: RawComponent[] = []
  if (tree.isDirectory(root) && !walk.resolver.isComponentFolder(root)) walkFolder(walk, root, raws)
  else {
    const c = resolveComponent(walk, root, true)
    if (c) raws.push(c)
  }
  for (const raw of raws) addCopy(walk, raw)
  return walk.result
}

/** The reference's folder walk: component folders, then files, then the other folders. */
function walkFolder(walk: Walk, dir: string, out: RawComponent[]): void {
  const entries = walk.tree.children(dir)
  const folders = entries.filter((p) => walk.tree.isDirectory(p))
  const files = entries.filter((p) => !walk.tree.isDirectory(p))
  const skip = new Set<string>()
  const queue: string[] = []
  for (const folder of folders) {
    if (walk.resolver.isComponentFolder(folder)) {
      const c = resolveComponent(walk, folder, true)
      if (c) {
        out.push(c)
        if (c.xml !== undefined) skip.add(c.xml)
      }
    } else if (!(walk.denies(folder) && folder.split('/').includes('node_modules'))) {
      queue.push(folder)
    }
  }
  for (const file of files) {
    if (skip.has(file) || !walk.resolver.isMetadata(file)) continue
    const c = resolveComponent(walk, file, false)
    if (!c) continue
    out.push(c)
    if (c.content !== undefined) skip.add(c.content)
    // A strict type's file outside its type folder (an object's own folder): the reference
    // stops walking this folder here; the component's children come from its folder.
    const facts = refFacts(c.ref)
    const typeDir = basename(dirname(facts.inFolder ? dirname(file) : file))
    if (facts.strict && typeDir !== facts.directoryName) return
  }
  for (const folder of queue) walkFolder(walk, folder, out)
}

function resolveComponent(
  walk: Walk,
  path: string,
  isResolvingSource: boolean
): RawComponent | undefined {
  if (walk.denies(path)) return undefined
  const ref = walk.resolver.resolve(path)
  if (!ref) {
    walk.result.seen.add(path)
    if (isProbablyPackageManifest(path)) return undefined
    walk.result.unknown.push(path)
    return undefined
  }
  // A content file (`Foo.cls`) waits for its meta file, which brings it along.
  const shouldResolve =
    isResolvingSource ||
    parseMetadataXml(path) !== undefined ||
    !walk.resolver.isContentFile(path) ||
    !allowMetadataWithContent(ref)
  if (!shouldResolve) return undefined
  walk.result.seen.add(path)
  try {
    return getComponent(
      {
        tree: walk.tree,
        registry: walk.registry,
        denies: walk.denies,
        typeOfSuffix: (s) => walk.resolver.bySuffix(s)
      },
      ref,
      path,
      isResolvingSource
    )
  } catch (error) {
    if (!(error instanceof AdapterError)) throw error
    walk.result.problems.push(error.message)
    return undefined
  }
}

function isProbablyPackageManifest(path: string): boolean {
  return path.endsWith('package.xml') && !path.endsWith(META)
}

/** Every file below a component's content (its folder, or the file), without the ignored ones. */
function walkContent(walk: Walk, content: string | undefined, xml?: string): string[] {
  if (content === undefined) return []
  if (!walk.tree.isDirectory(content)) return content === xml ? [] : [content]
  const out: string[] = []
  const visit = (dir: string): void => {
    for (const path of walk.tree.children(dir)) {
      if (walk.denies(path)) continue
      if (walk.tree.isDirectory(path)) visit(path)
      else if (path !== xml) out.push(path)
    }
  }
  visit(content)
  return out
}

/** The name of a decomposed child from its file name, without the type suffixes. */
function childName(file: string, child: ChildType): string {
  return basename(file)
    .replace(META, '')
    .split('.')
    .filter((part) => part !== child.suffix && part !== child.legacySuffix)
    .join('.')
}

/** Child files in a decomposed component's folder (the reference's `getChildren`). */
function decomposedChildren(walk: Walk, type: MetadataType, folder: string): ResolvedChild[] {
  const out: ResolvedChild[] = []
  for (const path of walkContent(walk, folder)) {
    const meta: MetaXmlName | undefined = parseMetadataXml(path)
    if (!meta || meta.suffix === type.suffix || meta.suffix === type.legacySuffix) continue
    walk.result.seen.add(path)
    const child = type.childSuffixes.get(meta.suffix)
    if (!child) {
      walk.result.problems.push(
        `${path}: ${meta.suffix} is not a child type of ${type.name}; only ${type.children.map((c) => `.${c.suffix ?? ''}${META}`).join(', ')} files belong in ${folder}/.`
      )
      continue
    }
    out.push({ type: child, name: childName(path, child), path })
  }
  return out
}

/** Records a resolved component as our component (one copy of it). */
function addCopy(walk: Walk, raw: RawComponent): void {
  const copy = toResolved(walk, raw)
  if (!copy) return
  walk.result.copies.push({ ...copy, seq: walk.next() })
}

function resolved(
  walk: Walk,
  type: MetadataType,
  fullName: string,
  parts: Partial<ResolvedComponent>
): { key: string; component: ResolvedComponent } {
  const isFolder = parts.isFolder ?? false
  return {
    key: componentKey(type.name, fullName, isFolder),
    component: {
      type,
      fullName,
      packageDir: walk.packageDir,
      content: [],
      children: [],
      ...parts,
      isFolder
    }
  }
}

/** The reference's component turned into ours; undefined (with a problem) when we cannot deploy it. */
function toResolved(
  walk: Walk,
  raw: RawComponent
): { key: string; component: ResolvedComponent } | undefined {
  const xml = raw.xml !== undefined && walk.tree.isFile(raw.xml) ? raw.xml : undefined
  const meta = xml === undefined ? {} : { meta: xml }
  const ref = raw.ref
  if (ref.kind === 'folder')
    return resolved(walk, ref.content, raw.name, { ...meta, isFolder: true })
  if (ref.kind === 'child') return childCopy(walk, raw)
  const type = ref.type
  switch (type.strategy) {
    case 'labels':
      return resolved(walk, type, type.name, { content: xml === undefined ? [] : [xml] })
    case 'copy':
      return resolved(walk, type, raw.name, meta)
    case 'matchingContent':
      return resolved(walk, type, raw.name, { ...meta, content: walkContent(walk, raw.content) })
    case 'decomposed':
    case 'decomposedBeside': {
      const folder =
        raw.content !== undefined && walk.tree.isDirectory(raw.content) ? raw.content : undefined
      return resolved(walk, type, raw.name, {
        ...meta,
        ...(folder === undefined ? {} : { folder }),
        children: folder === undefined ? [] : decomposedChildren(walk, type, folder)
      })
    }
    case 'digitalExperience': {
      const folder = xml === undefined ? undefined : dirname(xml)
      return resolved(walk, type, raw.name, {
        ...meta,
        ...(folder === undefined ? {} : { folder }),
        content: xml === undefined ? [] : [xml]
      })
    }
    default: {
      // Bundles, static resources, documents, experiences: the content and, inside a bundle's
      // folder, its meta file.
      const isDir = raw.content !== undefined && walk.tree.isDirectory(raw.content)
      const content = walkContent(walk, raw.content, raw.xml)
      if (type.strategy === 'bundle' && xml !== undefined && isDir && !walk.denies(xml))
        content.push(xml)
      return resolved(walk, type, raw.name, {
        ...meta,
        content: content.sort(),
        ...(isDir && raw.content !== undefined ? { folder: raw.content } : {})
      })
    }
  }
}

/** A child found on its own: a copy of its parent holding just that child. */
function childCopy(
  walk: Walk,
  raw: RawComponent
): { key: string; component: ResolvedComponent } | undefined {
  const ref = raw.ref
  if (ref.kind !== 'child') return undefined
  const parent = raw.parent
  if (!parent) {
    const path = raw.xml ?? raw.content ?? raw.name
    walk.result.problems.push(
      `${path}: ${ref.child.name} is part of ${ref.parent.name}; it belongs in a ${ref.parent.name} file or folder (${ref.parent.directoryName}/).`
    )
    return undefined
  }
  const parentXml =
    parent.xml !== undefined && walk.tree.isFile(parent.xml) ? { meta: parent.xml } : {}
  if (ref.parent.strategy === 'digitalExperience') {
    // A digital experience's content folder: its files belong to the bundle, its `_meta.json`
    // names the child.
    return resolved(walk, ref.parent, parent.name, {
      ...parentXml,
      folder: dirname(parent.xml ?? raw.content ?? ''),
      content: walkContent(walk, raw.content).sort(),
      children:
        raw.xml !== undefined && walk.tree.isFile(raw.xml)
          ? [{ type: ref.child, name: raw.name, path: raw.xml }]
          : []
    })
  }
  const folder = parent.content
  const copy = resolved(walk, ref.parent, parent.name, {
    ...parentXml,
    ...(folder === undefined ? {} : { folder }),
    children: raw.xml === undefined ? [] : [{ type: ref.child, name: raw.name, path: raw.xml }]
  })
  copy.component.parentSelected = false
  return copy
}

/** Whether a listed file sits in a folder named after a metadata type, below its package directory. */
export function inTypeFolder(registry: Registry, packageDir: string, path: string): boolean {
  const rel = packageDir === '' ? path : path.slice(packageDir.length + 1)
  const segs = rel.split('/').slice(0, -1)
  return segs.some((s) => registry.folderNames.has(s))
}

/** The matching-content type a lone content file belongs to (`classes/Foo.cls` without its meta). */
export function loneContentType(registry: Registry, path: string): MetadataType | undefined {
  const type = registry.bySuffix.get(extName(path))
  return type?.strategy === 'matchingContent' ? type : undefined
}
