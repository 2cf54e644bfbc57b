import { readFileSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
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

  async listFiles(dir: string): Promise<string[]> {
    const base = joinTreePath(dir)
    const abs = path.join(this.root, base)
    let entries
    try {
      entries = await readdir(abs, { recursive: true, withFileTypes: true })
    } catch (error) {
      if (isMissing(error)) return []
      throw error
    }
    const out: string[] = []
    // readdir gives parent paths that start with `abs`: slicing is exact and, for 10,000 files,
    // several times cheaper than path.join + path.relative per entry.
    const prefix = base === '' ? '' : `${base}/`
    const skip = abs.endsWith(path.sep) ? abs.length : abs.length + 1
    // Cache the tree form of each parent folder: entries of one folder share it.
    const folders = new Map<string, string>()
    for (const entry of entries) {
      if (entry.isDirectory()) continue
      if (entry.isSymbolicLink() && !(await isFile(path.join(entry.parentPath, entry.name))))
        continue
      let folder = folders.get(entry.parentPath)
      if (folder === undefined) {
        const rel = entry.parentPath.slice(skip)
        folder = `${prefix}${path.sep === '/' ? rel : rel.split(path.sep).join('/')}`
        if (rel !== '') folder += '/'
        folders.set(entry.parentPath, folder)
      }
      out.push(`${folder}${entry.name}`)
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

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile()
  } catch {
    return false
  }
}
