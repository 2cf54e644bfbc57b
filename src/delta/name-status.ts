/** One changed path between two commits (renames already split into delete + add). */
export interface FileChange {
  status: 'A' | 'M' | 'D'
  /** Path relative to the tree root the caller asked for. */
  path: string
}

/** A change from `git diff --raw`, which also says whether the path is a symbolic link. */
export interface RawChange extends FileChange {
  /** A symbolic link (mode 120000) at either end: what it leads to may have changed. */
  link: boolean
}

const LINK_MODE = '120000'

/**
 * Parses `git diff --name-status -z` output. `T` (type change) counts as a modification; a rename
 * or copy, should one slip through, becomes a delete plus an add; `U` (unmerged) is refused.
 * `strip` removes the tree-root prefix (`app/` when the project sits in a sub-folder).
 */
export function parseNameStatus(output: string, strip = ''): FileChange[] {
  const fields = output.split('\0')
  const changes = new ChangeList(strip)
  for (let i = 0; i < fields.length;) {
    const status = fields[i++] ?? ''
    if (status === '') continue
    const paths = status[0] === 'R' || status[0] === 'C' ? 2 : 1
    changes.add(status, fields.slice(i, (i += paths)), {})
  }
  return changes.done()
}

/**
 * Parses `git diff --raw -z` (or `git diff-tree -r --raw -z`) output as parseNameStatus does,
 * each change marked when either end is a symbolic link. Records are
 * `:<old mode> <new mode> <old id> <new id> <status>`, then the path (two for a rename or copy).
 */
export function parseRawDiff(output: string, strip = ''): RawChange[] {
  const fields = output.split('\0')
  const changes = new ChangeList<{ link: boolean }>(strip)
  for (let i = 0; i < fields.length;) {
    const header = fields[i++] ?? ''
    if (header === '') continue
    const [oldMode = '', newMode = '', , , status = ''] = header.slice(1).split(' ')
    const paths = status[0] === 'R' || status[0] === 'C' ? 2 : 1
    const link = oldMode === LINK_MODE || newMode === LINK_MODE
    changes.add(status, fields.slice(i, (i += paths)), { link })
  }
  return changes.done()
}

/** Collects changes by status letter, with whatever else each record says (`extra`). */
class ChangeList<T extends object = object> {
  private readonly strip: string
  private readonly changes: (FileChange & T)[] = []
  private readonly unmerged: string[] = []

  constructor(strip: string) {
    this.strip = strip
  }

  private rel(p: string): string {
    return this.strip !== '' && p.startsWith(this.strip) ? p.slice(this.strip.length) : p
  }

  add(status: string, paths: string[], extra: T): void {
    const code = status[0]
    const [first = '', second = ''] = paths.map((p) => this.rel(p))
    const push = (s: FileChange['status'], path: string): void => {
      this.changes.push({ status: s, path, ...extra })
    }
    if (code === 'R' || code === 'C') {
      if (code === 'R') push('D', first)
      push('A', second)
    } else if (code === 'A') push('A', first)
    else if (code === 'D') push('D', first)
    else if (code === 'M' || code === 'T') push('M', first)
    else if (code === 'U') this.unmerged.push(first)
    else throw new Error(`git diff reported an unexpected status "${status}" for ${first}.`)
  }

  done(): (FileChange & T)[] {
    if (this.unmerged.length > 0)
      throw new Error(
        `Unmerged files in the diff (${this.unmerged.join(', ')}): resolve the merge conflicts before deploying a delta.`
      )
    return this.changes
  }
}
