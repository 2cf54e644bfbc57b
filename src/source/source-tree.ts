/**
 * Port: a read-only tree of files (a checkout on disk, a git revision, or memory). Paths are
 * posix, relative to the tree root, without a leading `./` or `/`.
 */
export interface SourceTree {
  /** Every file below `dir` (recursively), as tree paths, sorted. Empty when `dir` is absent. `''` = root. */
  listFiles(dir: string): Promise<string[]>
  /** The bytes of one file; rejects when it does not exist. */
  readFile(path: string): Promise<Uint8Array>
  /** Whether a file or directory exists at `path`. */
  exists(path: string): Promise<boolean>
}

/** Joins tree paths, dropping empty parts and `.` segments. */
export function joinTreePath(...parts: string[]): string {
  // Fast path: one already-normal path (the common case when reading listed files).
  const only = parts.length === 1 ? parts[0] : undefined
  if (only !== undefined && !/(^|\/)\.?(\/|$)|^\//.test(only)) return only
  const out: string[] = []
  for (const part of parts) {
    for (const seg of part.split('/')) {
      if (seg === '' || seg === '.') continue
      out.push(seg)
    }
  }
  return out.join('/')
}

/** Normalises a user-given relative path to tree form; undefined when it is absolute or leaves the root. */
export function normalizeTreePath(input: string): string | undefined {
  const p = input.replace(/\\/g, '/')
  if (p.startsWith('/') || /^[A-Za-z]:\//.test(p)) return undefined
  const out: string[] = []
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue
    if (seg === '..') {
      if (out.length === 0) return undefined
      out.pop()
      continue
    }
    out.push(seg)
  }
  return out.join('/')
}

/** An in-memory SourceTree, for tests and for trees assembled from other sources. */
export class InMemorySourceTree implements SourceTree {
  private readonly files = new Map<string, Uint8Array>()
  private readonly dirs = new Set<string>([''])

  /** `files`: tree path -> content (strings are stored as UTF-8). */
  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [path, content] of Object.entries(files)) this.set(path, content)
  }

  /** Adds or replaces a file. */
  set(path: string, content: string | Uint8Array): void {
    const p = joinTreePath(path)
    this.files.set(p, typeof content === 'string' ? new TextEncoder().encode(content) : content)
    const segs = p.split('/')
    for (let i = 1; i < segs.length; i++) this.dirs.add(segs.slice(0, i).join('/'))
  }

  listFiles(dir: string): Promise<string[]> {
    const d = joinTreePath(dir)
    const prefix = d === '' ? '' : `${d}/`
    const out = [...this.files.keys()].filter((p) => p.startsWith(prefix))
    return Promise.resolve(out.sort())
  }

  readFile(path: string): Promise<Uint8Array> {
    const content = this.files.get(joinTreePath(path))
    if (content === undefined) return Promise.reject(new Error(`${path}: no such file`))
    return Promise.resolve(content)
  }

  exists(path: string): Promise<boolean> {
    const p = joinTreePath(path)
    return Promise.resolve(this.files.has(p) || this.dirs.has(p))
  }
}
