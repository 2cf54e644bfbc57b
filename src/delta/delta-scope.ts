/**
 * Pure: which files a delta needs to resolve. Resolving every file of a large project at both
 * ends would cost as much as a full build; a component's files always lie in the changed file's
 * folder, its ancestors' folders (in-folder folder metas), the places of its other copies in any
 * package directory (the same name below the same type folder), or — for types bound to a folder
 * (bundles, objects, static resources...) — below `<typeDir>/<name>/` in any package directory.
 * Labels live in any `*.labels-meta.xml`.
 */
import type { Registry } from '../source/registry/registry.ts'
import type { SourceTree } from '../source/source-tree.ts'
import { joinTreePath } from '../source/source-tree.ts'

const LABELS = '.labels-meta.xml'
const IGNORE = '.forceignore'

/** A predicate over tree paths: whether a file can belong to a changed component. */
export type Scope = (path: string) => boolean

function dirOf(path: string): string {
  const i = path.lastIndexOf('/')
  return i === -1 ? '' : path.slice(0, i)
}

function baseOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const dot = name.indexOf('.')
  return dot > 0 ? name.slice(0, dot) : name
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The scope of a set of changed paths. */
export function scopeOf(changed: string[], registry: Registry): Scope {
  const siblings = new Map<string, Set<string>>()
  const ancestors = new Set<string>()
  const pairs = new Set<string>()
  const parents = new Set<string>()
  const subtrees: string[] = []
  let labels = false
  for (const path of changed) {
    // The file and its partners (`X.cls` + `X.cls-meta.xml`, `logo.gif` + `logo.document-meta.xml`).
    const bases = siblings.get(dirOf(path)) ?? new Set<string>()
    siblings.set(dirOf(path), bases.add(baseOf(path)))
    // Folder metas of in-folder items sit in the ancestor folders.
    for (let d = dirOf(path); d !== ''; d = dirOf(d)) ancestors.add(dirOf(d))
    if (path.endsWith(LABELS)) labels = true
    if (path.endsWith('Folder-meta.xml'))
      subtrees.push(path.replace(/\.[^./]+Folder-meta\.xml$/, '/'))
    const segs = path.split('/')
    // Another copy of the component in any package directory (a class kept in two package
    // directories, a field in two copies of its object) decides whether a deleted copy deletes
    // the component: the same name below the same type folder, or the same file name in a folder
    // of the same name when the type has no folder of its own (classes, layouts...).
    let typed = false
    for (let i = 0; i < segs.length - 1; i++) {
      const dir = segs[i] ?? ''
      const type = registry.byFolder.get(dir)
      if (!type) continue
      typed = true
      const name = baseOf(segs[i + 1] ?? '')
      if (type.strategy !== 'decomposed') {
        pairs.add(`${dir}/${name}`)
        continue
      }
      if (i + 2 < segs.length) pairs.add(`${segs.slice(i, -1).join('/')}/${baseOf(path)}`)
      // Objects are large: their parent file in every package directory, the changed children
      // (siblings above), and all fields when the parent changed (its Master-Detail fields).
      const parent = `${dir}/${name}/${name}.${type.suffix ?? ''}-meta.xml`
      parents.add(`${escapeRegExp(parent)}$`)
      if (path.endsWith(`/${parent}`) || path === parent)
        parents.add(`${escapeRegExp(`${dir}/${name}/fields/`)}`)
    }
    if (!typed && segs.length > 1) pairs.add(`${segs[segs.length - 2] ?? ''}/${baseOf(path)}`)
  }
  // `<typeDir>/<name>/...` or `<typeDir>/<name>.<suffix>...` in any package directory.
  const owned =
    pairs.size + parents.size === 0
      ? undefined
      : new RegExp(
          `(^|/)(?:(?:${[...pairs].map(escapeRegExp).join('|') || '(?!)'})(?:[./]|$)|${[...parents].join('|') || '(?!)'})`
        )
  // Runs on every tracked file: cheap checks first, no allocation unless the folder matters.
  return (path) => {
    const dir = dirOf(path)
    if (siblings.get(dir)?.has(baseOf(path)) === true) return true
    if (path.endsWith(IGNORE) && (path === IGNORE || path.endsWith(`/${IGNORE}`))) return true
    if (labels && path.endsWith(LABELS)) return true
    if (ancestors.has(dir) && path.endsWith('Folder-meta.xml')) return true
    if (owned?.test(path) === true) return true
    return subtrees.length > 0 && subtrees.some((s) => path.startsWith(s))
  }
}

/** A tree that lists only the files in scope; reads and existence checks pass through. */
export class ScopedTree implements SourceTree {
  private readonly tree: SourceTree
  private readonly scope: Scope

  constructor(tree: SourceTree, scope: Scope) {
    this.tree = tree
    this.scope = scope
  }

  async listFiles(dir: string): Promise<string[]> {
    return (await this.tree.listFiles(dir)).filter(this.scope)
  }

  readFile(path: string): Promise<Uint8Array> {
    return this.tree.readFile(path)
  }

  exists(path: string): Promise<boolean> {
    return this.tree.exists(path)
  }
}

/**
 * A tree listed from one source (git at the head commit) and read from another (the working
 * tree, or the commit's blobs by id), falling back to the first. `tracked`, every file of the index, answers `exists` without
 * asking git about files outside the listing.
 */
export class ListedTree implements SourceTree {
  private readonly listing: SourceTree
  private readonly content: SourceTree
  private readonly tracked: readonly string[] | undefined

  constructor(listing: SourceTree, content: SourceTree, tracked?: readonly string[]) {
    this.listing = listing
    this.content = content
    this.tracked = tracked
  }

  listFiles(dir: string): Promise<string[]> {
    return this.listing.listFiles(dir)
  }

  async readFile(path: string): Promise<Uint8Array> {
    try {
      return await this.content.readFile(path)
    } catch {
      return this.listing.readFile(path)
    }
  }

  /** A scan of the index listing: a few calls per delta cost less than indexing every file. */
  exists(path: string): Promise<boolean> {
    if (!this.tracked) return this.listing.exists(path)
    const p = joinTreePath(path)
    if (p === '' || this.tracked.includes(p)) return Promise.resolve(true)
    const n = p.length
    const below = (f: string): boolean =>
      f.length > n + 1 && f.charCodeAt(n) === 47 && f.startsWith(p) // `<p>/...`
    return Promise.resolve(this.tracked.some(below))
  }
}

/**
 * The files of one commit read by blob id, for ListedTree to read from: git then need not walk
 * each path's folders again, which costs as much as the read. A path without an id (a symbolic
 * link, which git must follow by path) is refused, so ListedTree reads it from its listing.
 */
export class BlobsById implements SourceTree {
  private readonly ids: ReadonlyMap<string, string>
  private readonly read: (id: string) => Promise<Uint8Array>

  constructor(ids: ReadonlyMap<string, string>, read: (id: string) => Promise<Uint8Array>) {
    this.ids = ids
    this.read = read
  }

  listFiles(dir: string): Promise<string[]> {
    const prefix = joinTreePath(dir) === '' ? '' : `${joinTreePath(dir)}/`
    return Promise.resolve([...this.ids.keys()].filter((p) => p.startsWith(prefix)).sort())
  }

  readFile(path: string): Promise<Uint8Array> {
    const id = this.ids.get(joinTreePath(path))
    return id === undefined ? Promise.reject(new Error(`${path}: no blob id`)) : this.read(id)
  }

  exists(path: string): Promise<boolean> {
    return Promise.resolve(this.ids.has(joinTreePath(path)))
  }
}
