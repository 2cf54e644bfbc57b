/**
 * compile-files → ChangedFile[]. A listed file must exist: treating a typo as a deletion could
 * turn a compile check into a destructive deploy. Deletions come from a delta, which says so.
 */
import type { SourceTree } from '../source/source-tree.ts'
import { ActionError } from '../shared/errors.ts'
import type { ChangedFile } from './compile-model.ts'

/** Checks that every listed file exists (all missing ones reported at once). */
export async function listedFiles(paths: string[], tree: SourceTree): Promise<ChangedFile[]> {
  const missing: string[] = []
  // A folder lists its files; a file lists nothing below itself.
  for (const p of paths)
    if (!(await tree.exists(p)) || (await tree.listFiles(p)).length > 0) missing.push(p)
  if (missing.length > 0) {
    throw new ActionError(
      `compile-files: ${missing.join(', ')} ${missing.length === 1 ? 'is not a file' : 'are not files'} in the workspace; ` +
        'list existing .cls, .trigger, .page or .component files relative to the workspace root.'
    )
  }
  return paths.map((p) => ({ path: p, change: 'changed' }))
}
