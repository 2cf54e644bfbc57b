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
