import type { SourceTree } from '../source/source-tree.ts'

/**
 * A tree with a few extra files served from memory over another tree: the manifests a run makes
 * itself reach the builder without being written into the workspace. The extra files are read
 * and found by exact path, never listed, so they never join a package directory's files.
 */
export class InlineFilesTree implements SourceTree {
  private readonly base: SourceTree
  private readonly files: ReadonlyMap<string, Uint8Array>

  constructor(base: SourceTree, files: ReadonlyMap<string, Uint8Array>) {
    this.base = base
    this.files = files
  }

  listFiles(dir: string): Promise<string[]> {
    return this.base.listFiles(dir)
  }

  readFile(path: string): Promise<Uint8Array> {
    const bytes = this.files.get(path)
    return bytes ? Promise.resolve(bytes) : this.base.readFile(path)
  }

  exists(path: string): Promise<boolean> {
    return this.files.has(path) ? Promise.resolve(true) : this.base.exists(path)
  }
}
