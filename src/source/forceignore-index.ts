import type { SourceTree } from './source-tree.ts'
import { joinTreePath } from './source-tree.ts'
import { ForceIgnore } from './forceignore.ts'
import { decodeUtf8 } from './xml.ts'

const FILE = '.forceignore'

/** Every .forceignore that applies to a project, answering for each file via the nearest one upwards. */
export class ForceIgnoreIndex {
  private readonly byDir = new Map<string, ForceIgnore>()
  private readonly nearest = new Map<string, string | null>()
  readonly warnings: string[] = []

  /** Finds the files: at the project root and its ancestors in the tree, and inside `files`. */
  static async load(
    tree: SourceTree,
    projectDir: string,
    files: string[]
  ): Promise<ForceIgnoreIndex> {
    const index = new ForceIgnoreIndex()
    const dirs = new Set<string>()
    const segs = projectDir === '' ? [] : projectDir.split('/')
    for (let i = segs.length; i >= 0; i--) {
      const dir = segs.slice(0, i).join('/')
      if (await tree.exists(joinTreePath(dir, FILE))) dirs.add(dir)
    }
    for (const f of files)
      if (f === FILE || f.endsWith(`/${FILE}`))
        dirs.add(f.slice(0, Math.max(0, f.length - FILE.length - 1)))
    for (const dir of dirs) {
      const path = joinTreePath(dir, FILE)
      const ignore = new ForceIgnore(decodeUtf8(await tree.readFile(path)), path)
      index.byDir.set(dir, ignore)
      index.warnings.push(...ignore.warnings)
    }
    if (dirs.size > 1) {
      index.warnings.push(
        `Several .forceignore files apply (${[...dirs].map((d) => joinTreePath(d, FILE)).join(', ')}); each file follows the nearest one above it, without merging.`
      )
    }
    return index
  }

  private nearestDir(dir: string): string | null {
    const cached = this.nearest.get(dir)
    if (cached !== undefined) return cached
    let found: string | null
    if (this.byDir.has(dir)) found = dir
    else if (dir === '') found = null
    else found = this.nearestDir(dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '')
    this.nearest.set(dir, found)
    return found
  }

  /** Whether a tree path is ignored (the .forceignore files themselves always are). */
  ignores(path: string): boolean {
    if (path === FILE || path.endsWith(`/${FILE}`)) return true
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : ''
    const base = this.nearestDir(dir)
    if (base === null) return false
    const ignore = this.byDir.get(base)
    return ignore?.ignores(base === '' ? path : path.slice(base.length + 1)) ?? false
  }
}
