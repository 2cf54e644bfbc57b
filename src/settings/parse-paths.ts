import path from 'node:path'
import type { Problems } from './parse-values.ts'

/**
 * Resolves a path input against the workspace and refuses one that escapes it, so that a
 * workflow cannot be tricked into reading or writing outside the checkout.
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
  return resolved
}
