import { lstatSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { Problems } from './parse-values.ts'

/** How many links a refusal names; the rest are counted. */
const NAMED_LINKS = 10

/**
 * results-dir is written to and partly emptied (the rollback folder) by every run. A symbolic
 * link committed at it or below it would make the run write reports through the link, overwrite
 * the file a link such as `junit.xml` points to, or empty a folder elsewhere. Any link on the way
 * from the workspace to results-dir, at it, or below it is refused, naming each.
 */
export function refuseLinksInResultsDir(
  resultsDir: string,
  workspace: string,
  problems: Problems
): void {
  // results-dir: . writes only a few named files at the top; the checkout's own links are its business.
  const below = resultsDir === workspace ? [] : linksBelow(resultsDir)
  const links = [...linksOnTheWay(resultsDir, workspace), ...below]
  if (links.length === 0) return
  const named = links.slice(0, NAMED_LINKS).map((link) => {
    const relative = path.relative(workspace, link).split(path.sep).join('/')
    return JSON.stringify(relative)
  })
  const more = links.length > NAMED_LINKS ? ` and ${links.length - NAMED_LINKS} more` : ''
  problems.push(
    `results-dir: ${named.join(', ')}${more} ${links.length === 1 ? 'is a symbolic link' : 'are symbolic links'}; ` +
      'the run writes and empties folders there, so it never goes through a link. Remove the link from the ' +
      'repository or give results-dir a folder of its own.'
  )
}

/** Folders from below the workspace down to `dir` (itself included) that are links. */
function linksOnTheWay(dir: string, workspace: string): string[] {
  const parts = path.relative(workspace, dir).split(path.sep).filter(Boolean)
  const links: string[] = []
  let current = workspace
  for (const part of parts) {
    current = path.join(current, part)
    const kind = kindOf(current)
    if (kind === 'missing') break
    if (kind === 'link') links.push(current)
  }
  return links
}

/** Every link below `dir`, without following any. */
function linksBelow(dir: string): string[] {
  if (kindOf(dir) !== 'dir') return []
  const links: string[] = []
  const pending = [dir]
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name)
      if (entry.isSymbolicLink()) links.push(full)
      else if (entry.isDirectory()) pending.push(full)
    }
  }
  return links.sort()
}

function kindOf(file: string): 'missing' | 'link' | 'dir' | 'other' {
  try {
    const stat = lstatSync(file)
    return stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'dir' : 'other'
  } catch {
    return 'missing'
  }
}
