import type { SourceTree } from '../source/source-tree.ts'

const FILE = '.forceignore'

function isIgnoreFile(path: string): boolean {
  return path === FILE || path.endsWith(`/${FILE}`)
}

/**
 * The base revision seen through the head's .forceignore files: one set of ignore rules decides
 * both what is deployed and what is deleted (docs/delta.md, Which files are read), so a file
 * ignored at head is never deleted just because the base ignored it differently.
 */
export class IgnoreFromHeadTree implements SourceTree {
  private readonly base: SourceTree
  private readonly head: SourceTree

  constructor(base: SourceTree, head: SourceTree) {
    this.base = base
    this.head = head
  }

  async listFiles(dir: string): Promise<string[]> {
    const [base, head] = await Promise.all([this.base.listFiles(dir), this.head.listFiles(dir)])
    const files = base.filter((p) => !isIgnoreFile(p))
    files.push(...head.filter(isIgnoreFile))
    return files.sort()
  }

  readFile(path: string): Promise<Uint8Array> {
    return isIgnoreFile(path) ? this.head.readFile(path) : this.base.readFile(path)
  }

  exists(path: string): Promise<boolean> {
    return isIgnoreFile(path) ? this.head.exists(path) : this.base.exists(path)
  }
}
