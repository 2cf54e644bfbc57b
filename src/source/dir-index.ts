import { basename, dirname, joinPath } from './source-paths.ts'

/**
 * The folders of a file listing: what the resolver asks of a file system (is it a folder, what
 * does it hold), answered from the listing without touching the tree again. Folders exist only
 * as the ancestors of listed files, as in a git tree.
 */
export class DirIndex {
  /** Folder -> its entries (files and folders, by name), sorted as `readdir` returns them. */
  private readonly entries = new Map<string, string[]>()
  private readonly files = new Set<string>()
  private sorted = true

  /** `files`: tree paths; folders are registered up to the tree root. */
  constructor(files: Iterable<string>) {
    for (const file of files) this.add(file)
  }

  private add(file: string): void {
    if (this.files.has(file)) return
    this.files.add(file)
    let path = file
    for (;;) {
      const dir = dirname(path)
      const list = this.entries.get(dir)
      if (list) {
        list.push(basename(path))
        this.sorted = false
        return // the folder and its ancestors are registered already
      }
      this.entries.set(dir, [basename(path)])
      this.sorted = false
      if (dir === '') return
      path = dir
    }
  }

  private sortAll(): void {
    if (this.sorted) return
    // Byte order of names, as readdir returns them; code-unit order equals it below U+E000.
    for (const list of this.entries.values()) list.sort()
    this.sorted = true
  }

  isDirectory(path: string): boolean {
    return this.entries.has(path)
  }

  isFile(path: string): boolean {
    return this.files.has(path)
  }

  exists(path: string): boolean {
    return this.files.has(path) || this.entries.has(path)
  }

  /** Entry names of a folder (empty for a file or an unknown path). */
  readDirectory(path: string): readonly string[] {
    this.sortAll()
    return this.entries.get(path) ?? []
  }

  /** Entries of a folder as full paths. */
  children(path: string): string[] {
    return this.readDirectory(path).map((name) => joinPath(path, name))
  }
}
