/**
 * Adapter: the Apex lines changed since the diff base, from git (no shell). The base is
 * delta-from, else the pull request's base; with delta-base merge-base (the default) the diff
 * starts at the merge-base, as the delta does. The new side is the checked-out workspace, which
 * is what the package was built from.
 */
import { git, openRepo, resolveRange } from '../delta/git-diff.ts'
import { parseChangedLines, type ChangedLines } from './patch-coverage.ts'

/** Changed line numbers of `.cls` and `.trigger` files, by path relative to `workspace`. */
export async function changedApexLines(
  workspace: string,
  from: string,
  mode: 'merge-base' | 'exact'
): Promise<ChangedLines> {
  const repo = await openRepo(workspace, [from, 'HEAD'])
  const range = await resolveRange(repo, from, 'HEAD', mode)
  const diff = await git(repo.cwd, [
    'diff',
    '--unified=0',
    '--no-color',
    '--no-ext-diff',
    '--no-renames',
    '--relative',
    // The paths are read after `b/`: a user's diff.noprefix or diff.mnemonicPrefix would change it.
    '--src-prefix=a/',
    '--dst-prefix=b/',
    range.base,
    '--',
    '*.cls',
    '*.trigger'
  ])
  return parseChangedLines(diff)
}
