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
  return parseNameStatus(output).renamed
}

/** Renamed (`R`) and deleted (`D`) paths of `git diff -M --name-status -z`. */
export function parseNameStatus(output: string): {
  renamed: { from: string; to: string }[]
  deleted: string[]
} {
  const fields = output.split('\0')
  const renamed: { from: string; to: string }[] = []
  const deleted: string[] = []
  for (let i = 0; i < fields.length;) {
    const status = fields[i++] ?? ''
    if (status === '') continue
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = fields[i++] ?? ''
      const to = fields[i++] ?? ''
      if (status.startsWith('R')) renamed.push({ from, to })
      continue
    }
    const path = fields[i++] ?? ''
    if (status === 'D') deleted.push(path)
  }
  return { renamed, deleted }
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
 * stays the delta's delete + create. The one exception is a child whose parent is renamed in the
 * same change (objects/Old__c/fields/A__c → objects/New__c/fields/B__c, with the object's own
 * file renamed too): it stays in the same object, which renameMetadata then renames within.
 *
 * A renamed parent lists the children it held before (`children`): every file of its old folder
 * is renamed or deleted in the diff, and the delta lists none of them, since deleting an object
 * deletes its children. The org's renamed object still holds them all.
 */
export function renamesOf(
  pairs: readonly { from: string; to: string }[],
  registry: Registry,
  deletedPaths: readonly string[] = []
): Rename[] {
  const components = pairs.flatMap((pair) => {
    const from = componentOfPath(pair.from, registry)
    const to = componentOfPath(pair.to, registry)
    return from && to && from.type === to.type ? [{ from, to }] : []
  })
  const parentRenamed = (from: string, to: string): boolean =>
    components.some(
      (c) => c.from.parent === undefined && c.from.fullName === from && c.to.fullName === to
    )
  const before = [...pairs.map((p) => p.from), ...deletedPaths].flatMap((path) => {
    const c = componentOfPath(path, registry)
    return c?.parent ? [c] : []
  })
  const renames: Rename[] = []
  for (const { from, to } of components) {
    if (from.fullName === to.fullName) continue
    if (from.parent !== to.parent && !parentRenamed(from.parent ?? '', to.parent ?? '')) continue
    if (renames.some((r) => r.type === from.type && r.from === from.fullName)) continue
    const children = from.parent === undefined ? childrenOf(from.fullName, before) : []
    renames.push({
      type: from.type,
      from: from.fullName,
      to: to.fullName,
      ...(children.length > 0 ? { children } : {})
    })
  }
  return renames
}

/** The distinct children of `parent` among the components of the old paths. */
function childrenOf(
  parent: string,
  before: readonly { type: string; fullName: string; parent?: string }[]
): { type: string; fullName: string }[] {
  const children: { type: string; fullName: string }[] = []
  for (const c of before)
    if (
      c.parent === parent &&
      !children.some((o) => o.type === c.type && o.fullName === c.fullName)
    )
      children.push({ type: c.type, fullName: c.fullName })
  return children
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
  const { renamed, deleted } = parseNameStatus(out)
  return renamesOf(renamed, registry, deleted)
}
