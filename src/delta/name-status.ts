/** One changed path between two commits (renames already split into delete + add). */
export interface FileChange {
  status: 'A' | 'M' | 'D'
  /** Path relative to the tree root the caller asked for. */
  path: string
}

/**
 * Parses `git diff --name-status -z` output. `T` (type change) counts as a modification; a rename
 * or copy, should one slip through, becomes a delete plus an add; `U` (unmerged) is refused.
 * `strip` removes the tree-root prefix (`app/` when the project sits in a sub-folder).
 */
export function parseNameStatus(output: string, strip = ''): FileChange[] {
  const fields = output.split('\0')
  const changes: FileChange[] = []
  const unmerged: string[] = []
  const rel = (p: string): string =>
    strip !== '' && p.startsWith(strip) ? p.slice(strip.length) : p
  for (let i = 0; i < fields.length;) {
    const status = fields[i++] ?? ''
    if (status === '') continue
    const code = status[0]
    if (code === 'R' || code === 'C') {
      const from = fields[i++] ?? ''
      const to = fields[i++] ?? ''
      if (code === 'R') changes.push({ status: 'D', path: rel(from) })
      changes.push({ status: 'A', path: rel(to) })
      continue
    }
    const path = rel(fields[i++] ?? '')
    if (code === 'A') changes.push({ status: 'A', path })
    else if (code === 'D') changes.push({ status: 'D', path })
    else if (code === 'M' || code === 'T') changes.push({ status: 'M', path })
    else if (code === 'U') unmerged.push(path)
    else throw new Error(`git diff reported an unexpected status "${status}" for ${path}.`)
  }
  if (unmerged.length > 0)
    throw new Error(
      `Unmerged files in the diff (${unmerged.join(', ')}): resolve the merge conflicts before deploying a delta.`
    )
  return changes
}
