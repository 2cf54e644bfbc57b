/**
 * The renames git sees in the delta, as component renames. The delta itself splits renames into
 * a deletion and an addition (delta/git-diff.ts, `--no-renames`); sync asks git once more with
 * rename detection, so a renamed field can go through renameMetadata and keep its data.
 */
import { git } from '../delta/git-diff.ts'
import type { Registry } from '../source/registry/registry.ts'
import type { Rename } from './sync-plan.ts'

/** Renamed paths (`R` entries) of `git diff -M --name-status -z`, relative to the workspace. */
export function parseRenames(output: string): { from: string; to: string }[] {
  const fields = output.split('\0')
  const pairs: { from: string; to: string }[] = []
  for (let i = 0; i < fields.length;) {
    const status = fields[i++] ?? ''
    if (status === '') continue
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = fields[i++] ?? ''
      const to = fields[i++] ?? ''
      if (status.startsWith('R')) pairs.push({ from, to })
      continue
    }
    i++
  }
  return pairs
}

/**
 * The component a source path names: `objects/P/fields/F.field-meta.xml` is CustomField P.F, with
 * `parent` P.
 */
export function componentOfPath(
  path: string,
  registry: Registry
): { type: string; fullName: string; parent?: string } | undefined {
  const segments = path.split('/')
  const base = (segments.at(-1) ?? '').replace(/-meta\.xml$/, '')
  const dot = base.lastIndexOf('.')
  if (dot <= 0) return undefined
  const name = base.slice(0, dot)
  const suffix = base.slice(dot + 1)
  const child =
    registry.childBySuffix.get(suffix) ??
    // Decomposed children (fields/X.field-meta.xml) are told by their folder and suffix.
    [...registry.children.values()].find(
      (c) => c.suffix === suffix && c.directoryName === segments.at(-2)
    )
  if (child) {
    if (child.ignoreParentName) return { type: child.name, fullName: name }
    const parent = segments.at(-3)
    return parent ? { type: child.name, fullName: `${parent}.${name}`, parent } : undefined
  }
  const type = registry.bySuffix.get(suffix)
  return type ? { type: type.name, fullName: name } : undefined
}

/**
 * Component renames from renamed paths: same type on both sides, another name, and for a child
 * the same parent. A field file moved to another object is a rename to git (a field's file does
 * not name its object), but renameMetadata renames a child within its parent only: such a move
 * stays the delta's delete + create.
 */
export function renamesOf(
  pairs: readonly { from: string; to: string }[],
  registry: Registry
): Rename[] {
  const renames: Rename[] = []
  for (const pair of pairs) {
    const from = componentOfPath(pair.from, registry)
    const to = componentOfPath(pair.to, registry)
    if (!from || !to || from.type !== to.type || from.fullName === to.fullName) continue
    if (from.parent !== to.parent) continue
    if (!renames.some((r) => r.type === from.type && r.from === from.fullName))
      renames.push({ type: from.type, from: from.fullName, to: to.fullName })
  }
  return renames
}

/** Reads the renames between two commits of the repository holding `workspace`. */
export async function gitRenames(
  workspace: string,
  base: string,
  to: string,
  registry: Registry
): Promise<Rename[]> {
  const out = await git(workspace, [
    'diff',
    '--name-status',
    '-z',
    '-M',
    '--relative',
    '--no-ext-diff',
    '--no-textconv',
    base,
    to
  ])
  return renamesOf(parseRenames(out), registry)
}
