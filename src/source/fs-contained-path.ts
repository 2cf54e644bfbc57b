/**
 * Where a path on disk really leads, and whether that stays in the project. A checkout can hold
 * symbolic links to anything (`/proc/self/environ`, the runner's `.git/config` with its token):
 * the package and its reports must only ever be made of files inside the project, so every read
 * checks the path's real location first.
 */
import { lstatSync, readlinkSync, realpathSync } from 'node:fs'
import path from 'node:path'

/** Links followed to resolve one path before it counts as a loop (as the kernel's ELOOP). */
const MAX_LINKS = 40

/**
 * Why the real location of `target` is not inside `root` (or is inside its `.git`), or undefined
 * when it is inside. A path that does not exist is judged by where it would be; a dangling link
 * by where its target would be.
 */
export function escapeFromProject(root: string, target: string): string | undefined {
  const realRoot = realLocation(path.resolve(root))
  const real = realLocation(path.resolve(target))
  const relative = path.relative(realRoot, real)
  if (relative.startsWith('..') || path.isAbsolute(relative))
    return `leads outside the project, to ${real}`
  if (relative.split(path.sep).includes('.git')) return `leads into .git (${relative})`
  return undefined
}

/** The real path of `p`, resolving links in the part that exists (never throws for missing paths). */
export function realLocation(p: string, links = 0): string {
  try {
    return realpathSync.native(p)
  } catch (error) {
    if (!isMissing(error) || links > MAX_LINKS) return p
  }
  const parent = path.dirname(p)
  if (parent === p) return p
  const base = path.join(realLocation(parent, links), path.basename(p))
  // A dangling link: where its target would be.
  try {
    if (lstatSync(base).isSymbolicLink())
      return realLocation(path.resolve(path.dirname(base), readlinkSync(base)), links + 1)
  } catch {
    // Nothing at all there: the path is judged as written.
  }
  return base
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code
  return code === 'ENOENT' || code === 'ENOTDIR'
}
