import { statSync } from 'node:fs'
import path from 'node:path'
import { escapeFromProject } from '../source/fs-contained-path.ts'
import type { Problems } from './parse-values.ts'

/**
 * Resolves a path input against the workspace and refuses one that escapes it, so that a
 * workflow cannot be tricked into reading or writing outside the checkout: by `..` or an
 * absolute path, or through a symbolic link in the checkout (its real path must stay inside the
 * workspace and outside `.git`).
 */
export function readWorkspacePath(
  name: string,
  value: string,
  workspace: string,
  problems: Problems
): string | undefined {
  const resolved = path.resolve(workspace, value.trim())
  const relative = path.relative(workspace, resolved)
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    problems.push(
      `${name}: "${value}" is outside the workspace (${workspace}); give a path inside the repository checkout.`
    )
    return undefined
  }
  const escape = escapeFromProject(workspace, resolved)
  if (escape) {
    problems.push(
      `${name}: "${value}" ${escape}; give a path inside the repository checkout, not a symbolic link out of it.`
    )
    return undefined
  }
  return resolved
}

/** What a path input must name. */
export type PathKind = 'file' | 'folder' | 'file or folder'

/**
 * readWorkspacePath, and, when `check` is set (the main step: see RawInputs.checkFiles), the path
 * must name an existing `kind`, so a typo in a file input is reported with every other problem
 * before any call to the org instead of when the package is built.
 */
export function readExistingPath(
  name: string,
  value: string,
  base: string,
  kind: PathKind,
  check: boolean,
  problems: Problems
): string | undefined {
  const resolved = readWorkspacePath(name, value, base, problems)
  if (resolved === undefined || !check) return resolved
  const problem = existenceProblem(resolved, kind)
  if (problem === undefined) return resolved
  problems.push(
    `${name}: "${value.trim()}" ${problem}; give the path of a ${kind} in the checkout.`
  )
  return undefined
}

function existenceProblem(resolved: string, kind: PathKind): string | undefined {
  let folder: boolean
  try {
    folder = statSync(resolved).isDirectory()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'ENOENT' || code === 'ENOTDIR'
      ? `does not exist (no ${resolved})`
      : `cannot be read (${code ?? 'unreadable'})`
  }
  if (kind === 'file' && folder) return 'is a folder'
  if (kind === 'folder' && !folder) return 'is a file'
  return undefined
}
