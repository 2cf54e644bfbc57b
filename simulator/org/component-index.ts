/**
 * Maps metadata-format files to components (type + fullName), the way the org reads a zip:
 * `classes/Foo.cls(-meta.xml)` → ApexClass Foo, `lwc/x/**` → LightningComponentBundle x,
 * `reports/F/R.report` → Report F/R, and child components (CustomField, CustomLabel, …) read
 * from inside their parent file.
 */
import { asRecord, listOf, parseXml, textOf } from '../core/soap-xml.ts'
import { type MetadataType, typesOfDirectory } from './metadata-registry.ts'

/** A component identity. */
export interface ComponentRef {
  type: string
  fullName: string
}

/** A top-level component found in a set of files. */
export interface FileComponent extends ComponentRef {
  /** The `fileName` the org reports: main file, or the folder of a bundle. */
  mainFile: string
  /** Every path that belongs to the component (content, `-meta.xml`, bundle files). */
  files: string[]
  /** Child components declared inside the main file. */
  children: ComponentRef[]
  /** A folder of a folder-based type (reports/Sales-meta.xml). */
  isFolder: boolean
  /** Another name package.xml may use: documents with their extension (`Shared/logo.gif`). */
  altName?: string
}

/** Key of a component in maps: `ApexClass:Foo`. */
export function componentKey(type: string, fullName: string): string {
  return `${type}:${normalizeMember(fullName)}`
}

/** Folder members may carry a trailing slash in package.xml (`Sales/`). */
export function normalizeMember(member: string): string {
  return member.endsWith('/') ? member.slice(0, -1) : member
}

interface PathMatch {
  type: MetadataType
  fullName: string
  mainFile: string
  isFolder: boolean
  altName?: string
}

function stripSuffix(name: string, suffix: string | undefined): string | undefined {
  if (!suffix) return name
  return name.endsWith(`.${suffix}`) ? name.slice(0, -(suffix.length + 1)) : undefined
}

function matchBundle(type: MetadataType, rest: string[], bare: string): PathMatch | undefined {
  const depth = type.bundleDepth ?? 1
  // `experiences/site1.site-meta.xml` belongs to the bundle folder `experiences/site1`.
  if (rest.length === depth && type.bundleMetaSuffix) {
    const name = bare.endsWith(`.${type.bundleMetaSuffix}`)
      ? [...rest.slice(0, -1), bare.slice(0, -(type.bundleMetaSuffix.length + 1))].join('/')
      : undefined
    if (name === undefined) return undefined
    return { type, fullName: name, mainFile: `${type.directory}/${name}`, isFolder: false }
  }
  if (rest.length <= depth) return undefined
  const name = rest.slice(0, depth).join('/')
  return { type, fullName: name, mainFile: `${type.directory}/${name}`, isFolder: false }
}

function matchFolderItem(
  type: MetadataType,
  rest: string[],
  bare: string,
  isMeta: boolean
): PathMatch | undefined {
  const prefix = rest.slice(0, -1)
  // Documents keep any extension in the file name but not in the member name (`Shared/logo`).
  const itemName =
    type.layout === 'documents' ? bare.replace(/\.[^.]*$/, '') : stripSuffix(bare, type.suffix)
  if (isMeta && (type.layout === 'documents' ? !bare.includes('.') : itemName === undefined)) {
    const fullName = [...prefix, bare].join('/')
    return { type, fullName, mainFile: `${type.directory}/${fullName}`, isFolder: true }
  }
  if (itemName === undefined || prefix.length === 0) return undefined
  const fullName = [...prefix, itemName].join('/')
  // Retrieved packages name documents with their extension, converted ones without: both deploy.
  const altName = type.layout === 'documents' ? [...prefix, bare].join('/') : undefined
  return {
    type,
    fullName,
    mainFile: `${type.directory}/${[...prefix, bare].join('/')}`,
    isFolder: false,
    ...(altName && altName !== fullName ? { altName } : {})
  }
}

function matchType(type: MetadataType, rest: string[]): PathMatch | undefined {
  const last = rest[rest.length - 1] ?? ''
  const isMeta = last.endsWith('-meta.xml')
  const bare = isMeta ? last.slice(0, -'-meta.xml'.length) : last
  switch (type.layout) {
    case 'content-meta':
    case 'single': {
      if (rest.length !== 1) return undefined
      const name = stripSuffix(bare, type.suffix)
      if (name === undefined || (type.layout === 'single' && isMeta)) return undefined
      return { type, fullName: name, mainFile: `${type.directory}/${bare}`, isFolder: false }
    }
    case 'bundle':
      return matchBundle(type, rest, bare)
    case 'folder-items':
    case 'documents':
      return matchFolderItem(type, rest, bare, isMeta)
  }
}

/** Identifies the component a single path belongs to, or undefined for unknown files. */
export function matchPath(path: string): PathMatch | undefined {
  const parts = path.split('/')
  if (parts.length < 2) return undefined
  const rest = parts.slice(1)
  // Types sharing a folder (featureParameters, wave, …) are told apart by their suffix.
  for (const type of typesOfDirectory(parts[0] ?? '')) {
    const match = matchType(type, rest)
    if (match) return match
  }
  return undefined
}

/** Child components declared inside a parent file's XML. */
export function childrenOf(
  type: MetadataType,
  parentName: string,
  content: Buffer | undefined
): ComponentRef[] {
  if (!type.children || !content) return []
  let root: Record<string, unknown> | undefined
  try {
    const doc = parseXml(content.toString('utf8'))
    const rootKey = Object.keys(doc).find((key) => !key.startsWith('?'))
    root = asRecord(rootKey ? doc[rootKey] : undefined)
  } catch {
    return []
  }
  if (!root) return []
  const found: ComponentRef[] = []
  for (const [tag, childType] of Object.entries(type.children)) {
    for (const item of listOf(root[tag])) {
      const name = textOf(asRecord(item)?.[type.childIdElements?.[childType] ?? 'fullName'])
      if (!name) continue
      found.push({
        type: childType,
        fullName: type.unprefixedChildren ? name : `${parentName}.${name}`
      })
    }
  }
  return found
}

/** Result of indexing a set of files. */
export interface ComponentIndex {
  components: Map<string, FileComponent>
  /** Files the org cannot map to any component type. */
  unknownFiles: string[]
}

/** Groups paths into components; `read` gives file content (for child discovery). */
export function indexComponents(
  paths: Iterable<string>,
  read: (path: string) => Buffer | undefined
): ComponentIndex {
  const components = new Map<string, FileComponent>()
  const unknownFiles: string[] = []
  for (const path of paths) {
    const match = matchPath(path)
    if (!match) {
      unknownFiles.push(path)
      continue
    }
    const key = componentKey(match.type.name, match.fullName)
    let component = components.get(key)
    if (!component) {
      component = {
        type: match.type.name,
        fullName: match.fullName,
        mainFile: match.mainFile,
        files: [],
        children: [],
        isFolder: match.isFolder,
        ...(match.altName ? { altName: match.altName } : {})
      }
      components.set(key, component)
    }
    component.files.push(path)
    if (path === match.mainFile && match.type.children) {
      component.children = childrenOf(match.type, match.fullName, read(path))
    }
  }
  return { components, unknownFiles }
}
