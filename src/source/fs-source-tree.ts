import { type Dirent, readdirSync, readFileSync, statSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { SourceTree } from './source-tree.ts'
import { joinTreePath } from './source-tree.ts'

/** Adapter: a SourceTree over a folder on disk. Symbolic links to files are followed. */
export class FsSourceTree implements SourceTree {
  private readonly root: string

  /** `root`: absolute or cwd-relative folder that tree paths are relative to. */
  constructor(root: string) {
    this.root = root
  }

  /**
   * Walks folder by folder with synchronous reads: each folder's entries die as soon as it is
   * listed (one recursive readdir holds an entry object for every file of the tree at once), and
   * tree paths are built from the folder's tree path instead of path.join + path.relative.
   */
  listFiles(dir: string): Promise<string[]> {
    try {
      return Promise.resolve(this.walk(joinTreePath(dir)))
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
  }

  private walk(base: string): string[] {
    const out: string[] = []
    // [folder on disk, its tree path followed by '/' ('' at the root)]
    const pending: [string, string][] = [
      [path.join(this.root, base), base === '' ? '' : `${base}/`]
    ]
    for (let first = true; pending.length > 0; first = false) {
      const [folder, prefix] = pending.pop() ?? ['', '']
      let entries: Dirent[]
      try {
        entries = readdirSync(folder, { withFileTypes: true })
      } catch (error) {
        if (first && isMissing(error)) return []
        throw error
      }
      for (const entry of entries) {
        if (entry.isDirectory())
          pending.push([path.join(folder, entry.name), `${prefix}${entry.name}/`])
        else if (!entry.isSymbolicLink() || isFile(path.join(folder, entry.name)))
          out.push(`${prefix}${entry.name}`)
      }
    }
    return out.sort()
  }

  /**
   * Reads synchronously: for thousands of small files this is several times faster than the
   * promise API (no thread-pool round trips), and nothing else needs the event loop meanwhile.
   */
  readFile(p: string): Promise<Uint8Array> {
    try {
      const buf = readFileSync(`${this.root}/${joinTreePath(p)}`)
      return Promise.resolve(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength))
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
  }

  async exists(p: string): Promise<boolean> {
    try {
      await stat(path.join(this.root, joinTreePath(p)))
      return true
    } catch (error) {
      if (isMissing(error)) return false
      throw error
    }
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code
  return code === 'ENOENT' || code === 'ENOTDIR'
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile()
  } catch {
    return false
  }
}
