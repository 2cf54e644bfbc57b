/**
 * Path rules of source format, as the reference converter applies them to tree paths (posix,
 * relative to the tree root). Each mirrors the reference's helper of the same meaning, quirks
 * included, so that files resolve to the same components.
 */

export const META = '-meta.xml'

/** `a/b/c.txt` -> `c.txt`. */
export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** `a/b/c.txt` -> `a/b` (`''` for a top-level name). */
export function dirname(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash === -1 ? '' : path.slice(0, slash)
}

/** Joins a folder and a name ('' folder = tree root). */
export function joinPath(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`
}

/** A `Name.suffix-meta.xml` file name, split the way the reference splits it (greedy, unanchored). */
export interface MetaXmlName {
  fullName: string
  suffix: string
  path: string
}

const META_XML = /(.+)\.(.+)-meta\.xml/

/** Parses `Name.suffix-meta.xml`; undefined for any other file name. */
export function parseMetadataXml(path: string): MetaXmlName | undefined {
  const name = basename(path)
  // Most files are not meta files; the unanchored pattern backtracks over every one of them.
  if (!name.includes('-meta.xml')) return undefined
  const m = META_XML.exec(name)
  return m ? { fullName: m[1] ?? '', suffix: m[2] ?? '', path } : undefined
}

/** The extension after the last dot (`x.tar.gz` -> `gz`); '' for none or a leading dot only. */
export function extName(path: string): string {
  const name = basename(path)
  const dot = name.lastIndexOf('.')
  return dot <= 0 ? '' : name.slice(dot + 1)
}

/** The file name up to its first dot (`card.js-meta.xml` -> `card`). */
export function baseName(path: string): string {
  const name = basename(path)
  const dot = name.indexOf('.')
  return dot === -1 ? name : name.slice(0, dot)
}

/** The name of the folder holding `path`. */
export function parentName(path: string): string {
  return basename(dirname(path))
}

/**
 * The path below the last folder named `directoryName`, its last segment cut at the first dot
 * (`reports/Sales/Q1.report-meta.xml` -> `Sales/Q1`); undefined when no such folder.
 */
export function parseNestedFullName(path: string, directoryName: string): string | undefined {
  const parts = path.split('/')
  const at = parts.lastIndexOf(directoryName)
  if (at === -1) return undefined
  const rest = parts.slice(at + 1)
  const file = (parts[parts.length - 1] ?? '').replace(META, '')
  rest[rest.length - 1] = file.slice(0, file.includes('.') ? file.indexOf('.') : undefined)
  return rest.join('/')
}

/** The path from the (first or last) segment equal to `part` on; the whole path when absent. */
export function trimUntil(path: string, part: string, untilLast = false): string {
  const parts = path.split('/')
  const at = untilLast ? parts.lastIndexOf(part) : parts.indexOf(part)
  return at === -1 ? path : parts.slice(at).join('/')
}

/** `Name-meta.xml` (no dot in the name): a folder's meta file in metadata format. */
export function folderMetaName(path: string): string | undefined {
  const name = basename(path)
  if (!name.endsWith(META)) return undefined
  const stem = name.slice(0, -META.length)
  return stem !== '' && !stem.includes('.') ? stem : undefined
}
