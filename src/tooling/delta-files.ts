/**
 * Adapter: the files compile mode takes from a git delta when compile-files is empty: the Apex
 * classes, triggers, pages and components changed or deleted between delta-from (or the pull
 * request's base) and delta-to. A change to a `-meta.xml` alone counts as a change of its file.
 */
import type { RunEnv } from '../shared/env.ts'
import { pullRequestBase } from '../delta/action-delta.ts'
import { changedFiles, GitDeltaError, openRepo, resolveRange } from '../delta/git-diff.ts'
import type { DeltaSettings } from '../settings/parse-delta.ts'
import { ActionError } from '../shared/errors.ts'
import type { ChangedFile } from './compile-model.ts'

// The file kinds the Tooling API compiles through *Member records.
const COMPILED = /\.(cls|trigger|page|component)$/

/** Maps git changes to compile-mode files (pure). */
export function compileFilesOf(
  changes: readonly { status: 'A' | 'M' | 'D'; path: string }[]
): ChangedFile[] {
  const byPath = new Map<string, ChangedFile>()
  for (const change of changes) {
    const content = change.path.replace(/-meta\.xml$/, '')
    if (!COMPILED.test(content)) continue
    const isMeta = content !== change.path
    // A deleted meta file beside a surviving content file is not a deletion of the component.
    const deleted = change.status === 'D' && !isMeta
    const previous = byPath.get(content)
    if (previous?.change === 'deleted' && !deleted) continue
    byPath.set(content, { path: content, change: deleted ? 'deleted' : 'changed' })
  }
  return [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path))
}

/** Reads the delta's compile files from the repository in `workspace`. */
export async function deltaCompileFiles(
  workspace: string,
  delta: DeltaSettings | undefined,
  env: RunEnv
): Promise<{ files: ChangedFile[]; range: string }> {
  const from = delta?.from ?? (delta ? pullRequestBase(env) : undefined)
  if (!delta || from === undefined) {
    throw new ActionError(
      'compile mode needs files: list them in compile-files, or set delta-from (a commit, tag or branch) to compile what changed; in a pull request the base is used by default.'
    )
  }
  try {
    const repo = await openRepo(workspace, [from, delta.to])
    const range = await resolveRange(repo, from, delta.to, delta.base)
    const files = compileFilesOf(await changedFiles(repo, range.base, range.to))
    return { files, range: `${range.fromRef}..${range.toRef}` }
  } catch (error) {
    if (error instanceof GitDeltaError) throw new ActionError(error.message)
    throw error
  }
}
