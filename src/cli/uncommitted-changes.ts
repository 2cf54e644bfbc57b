import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

const exec = promisify(execFile)

/** How many paths the warning names before "and N more". */
const NAMED = 3

/**
 * On a laptop, a delta that ends at HEAD lists what changed between commits: an edit that is
 * not committed is left out unless the commits change the same file, which is then read as it
 * is on disk. A developer who edits a file and runs `sync` or `build --delta-from` would
 * otherwise see "nothing to deploy" with no hint why. (The action runs on a fresh checkout,
 * where earlier steps may rewrite files on purpose, so only the CLI asks.)
 */
export async function uncommittedWarning(
  projectDir: string,
  deltaTo: string | undefined
): Promise<string | undefined> {
  if (deltaTo !== undefined && deltaTo.trim() !== '' && deltaTo.trim() !== 'HEAD') return undefined
  const dirs = packageDirectories(projectDir)
  if (dirs.length === 0) return undefined
  const paths = await uncommittedPaths(projectDir, dirs)
  if (paths.length === 0) return undefined
  const named = paths.slice(0, NAMED).join(', ')
  const more = paths.length > NAMED ? ` and ${paths.length - NAMED} more` : ''
  const count = paths.length === 1 ? '1 file has' : `${paths.length} files have`
  return `warning: ${count} uncommitted changes (${named}${more}). The delta compares commits, so these changes are left out unless the commits change the same file; commit them to include them.`
}

/**
 * The package directories of sfdx-project.json: only they can hold metadata, and the report
 * files a run writes into the workspace (results-dir) are not a change to warn about.
 */
function packageDirectories(projectDir: string): string[] {
  try {
    const project = JSON.parse(
      readFileSync(path.join(projectDir, 'sfdx-project.json'), 'utf8')
    ) as {
      packageDirectories?: { path?: unknown }[]
    }
    return (project.packageDirectories ?? [])
      .map((d) => d.path)
      .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
  } catch {
    return []
  }
}

/** Paths in `dirs` that differ from HEAD or are untracked (git status), [] outside git. */
async function uncommittedPaths(cwd: string, dirs: string[]): Promise<string[]> {
  try {
    const { stdout } = await exec(
      'git',
      [
        '-c',
        'core.quotePath=false',
        'status',
        '--porcelain=v1',
        '-z',
        '--untracked-files=all',
        '--',
        // Literal pathspecs: a folder name is never read as a glob.
        ...dirs.map((d) => `:(literal)${d}`)
      ],
      { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
    )
    return parsePorcelain(stdout)
  } catch {
    return []
  }
}

/** `XY path\0` entries; a rename or copy carries its source path as the next entry. */
export function parsePorcelain(out: string): string[] {
  const entries = out.split('\0')
  const paths: string[] = []
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] ?? ''
    if (entry.length < 4) continue
    paths.push(entry.slice(3))
    if (/^[RC]/.test(entry)) i++
  }
  return paths
}
