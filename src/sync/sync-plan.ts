/**
 * Sync mode's plan (pure): which path applies each component of the delta, in which order and
 * batches, and why a component goes to the Metadata API deploy instead.
 * - Apex classes, triggers, pages and components: the Tooling API (MetadataContainer, saving);
 * - types of sync-types.ts: the CRUD calls, renames first (objects before their children), then
 *   upserts in dependency order, and deletions in the reverse order after the Apex and the deploy
 *   (sync.ts), in batches of one type and at most 10 components;
 * - everything else: one Metadata API deploy, with the reason per component.
 */
import { CRUD_BATCH_LIMIT } from '../metadata-api/soap/crud-client.ts'
import type { Member } from '../source/component.ts'
import { isCrudType, rankOf, TOOLING_TYPES } from './sync-types.ts'

/** A git rename of a component: same type, new name. */
export interface Rename {
  type: string
  from: string
  to: string
  /**
   * A renamed object: the children its old folder held (fields, record types...), under their old
   * names. renameMetadata takes every one of them along to the new name.
   */
  children?: readonly Member[]
}

/** How a component reaches the org. */
export type SyncPath = 'crud' | 'tooling' | 'deploy'

/** One component the delta touches, with the path that applies it. */
export interface PlannedComponent {
  type: string
  fullName: string
  change: 'upsert' | 'delete' | 'rename'
  path: SyncPath
  /**
   * Renames: the old name. Deletions of a child its object's rename took along: the name it had
   * before (the component is deleted under the object's new name).
   */
  from?: string
  /** Why the component goes to the deploy (path deploy). */
  reason?: string
}

/** One CRUD call. */
export interface CrudBatch {
  call: 'upsert' | 'delete' | 'rename'
  type: string
  components: PlannedComponent[]
}

export interface SyncPlan {
  /** Every component, in the order it is applied. */
  components: PlannedComponent[]
  batches: CrudBatch[]
  tooling: PlannedComponent[]
  deploy: PlannedComponent[]
}

/** Plans the delta's changed components, deletions and renames. */
export function planSync(
  changed: readonly Member[],
  deleted: readonly Member[],
  renames: readonly Rename[]
): SyncPlan {
  const applied = renamesToApply(renames, changed, deleted)
  const renamed = applied.map((r): PlannedComponent => ({
    type: r.type,
    fullName: r.to,
    from: r.from,
    change: 'rename',
    path: 'crud'
  }))
  const upserts = withoutLabelsContainer(changed).map((m) => classify(m, 'upsert'))
  const deletes = deletionsOf(deleted, changed, applied).map((m) => ({
    ...classify(m, 'delete'),
    ...(m.from ? { from: m.from } : {})
  }))
  const crudUpserts = sortByRank(upserts.filter((c) => c.path === 'crud'))
  const crudDeletes = sortByRank(deletes.filter((c) => c.path === 'crud')).reverse()
  const batches = [
    ...renamed.map((c): CrudBatch => ({ call: 'rename', type: c.type, components: [c] })),
    ...batchesOf('upsert', crudUpserts),
    ...batchesOf('delete', crudDeletes)
  ]
  const tooling = upserts.filter((c) => c.path === 'tooling')
  const deploy = [...upserts, ...deletes].filter((c) => c.path === 'deploy')
  return {
    components: [...renamed, ...crudUpserts, ...tooling, ...deploy, ...crudDeletes],
    batches,
    tooling,
    deploy
  }
}

/** A deletion; for a child an object's rename took along, also the name it had before. */
type Deletion = Member & { from?: string }

/**
 * What the org must delete. A renamed component's old name is no deletion, and deleting an object
 * deletes its children (no call for them). A renamed object takes all its children along, the
 * ones the change removes too (renameMetadata renames the component itself, which keeps its
 * fields: meta_renameMetadata.htm): a child its old folder held that the new folder lacks is
 * deleted under the new name, after the rename, as any deletion is.
 */
function deletionsOf(
  deleted: readonly Member[],
  changed: readonly Member[],
  applied: readonly Rename[]
): Deletion[] {
  const objectRenames = applied.filter((r) => r.type === 'CustomObject')
  const deletedParents = new Set(
    deleted.filter((m) => m.type === 'CustomObject').map((m) => m.fullName)
  )
  const renamedFrom = (type: string, name: string): boolean =>
    applied.some((r) => r.type === type && r.from === name)
  const deletions: Deletion[] = deleted.filter(
    (m) =>
      !renamedFrom(m.type, m.fullName) &&
      carriedName(m.fullName, objectRenames) === undefined &&
      !(m.fullName.includes('.') && deletedParents.has(m.fullName.split('.')[0] ?? ''))
  )
  for (const child of objectRenames.flatMap((r) => r.children ?? [])) {
    const carried = carriedName(child.fullName, objectRenames) ?? child.fullName
    const kept = changed.some((c) => c.type === child.type && c.fullName === carried)
    if (!kept && !renamedFrom(child.type, carried))
      deletions.push({ type: child.type, fullName: carried, from: child.fullName })
  }
  return deletions
}

/** The name a child of a renamed object has after the rename (`Old__c.A__c` → `New__c.A__c`). */
function carriedName(fullName: string, objectRenames: readonly Rename[]): string | undefined {
  const rename = objectRenames.find((r) => fullName.startsWith(`${r.from}.`))
  return rename ? `${rename.to}${fullName.slice(rename.from.length)}` : undefined
}

/**
 * The delta lists the `CustomLabels` container beside each changed label, as the Salesforce CLI
 * does. The labels themselves go through the CRUD calls; the container has nothing of its own to
 * apply, and deploying it would send every label of the file through the deploy queue.
 */
function withoutLabelsContainer(changed: readonly Member[]): readonly Member[] {
  if (!changed.some((m) => m.type === 'CustomLabel')) return changed
  return changed.filter((m) => m.type !== 'CustomLabels')
}

/**
 * Renames of CRUD types whose old name the delta deletes and new name it adds, objects first. A
 * child of a renamed object is under the object's new name once the object is renamed: a rename
 * of the child within it (`Old__c.A__c` → `New__c.B__c`) renames `New__c.A__c`, and one that keeps
 * the child's name is no call (the object takes it along).
 */
function renamesToApply(
  renames: readonly Rename[],
  changed: readonly Member[],
  deleted: readonly Member[]
): Rename[] {
  const has = (list: readonly Member[], type: string, name: string): boolean =>
    list.some((m) => m.type === type && m.fullName === name)
  const objectRenames = renames.filter(
    (r) => r.type === 'CustomObject' && has(deleted, r.type, r.from) && has(changed, r.type, r.to)
  )
  // The delta lists no child of a deleted object: the renamed object's old folder names them.
  const before = [...deleted, ...objectRenames.flatMap((r) => r.children ?? [])]
  const candidates = renames.filter(
    (r) => isCrudType(r.type) && has(before, r.type, r.from) && has(changed, r.type, r.to)
  )
  const applied = candidates
    .map((r) =>
      r.type === 'CustomObject' ? r : { ...r, from: carriedName(r.from, objectRenames) ?? r.from }
    )
    // renameMetadata renames a child within its object, never onto another one.
    .filter((r) => r.from !== r.to && parentOf(r.from) === parentOf(r.to))
  return [...applied].sort((a, b) => rankOf(a.type) - rankOf(b.type))
}

function parentOf(fullName: string): string {
  const dot = fullName.indexOf('.')
  return dot < 0 ? '' : fullName.slice(0, dot)
}

function classify(member: Member, change: 'upsert' | 'delete'): PlannedComponent {
  const base = { type: member.type, fullName: member.fullName, change }
  if (TOOLING_TYPES.has(member.type)) {
    if (change === 'delete')
      return {
        ...base,
        path: 'deploy',
        reason: 'deleted Apex: a MetadataContainer cannot delete, a destructive deploy does'
      }
    return { ...base, path: 'tooling' }
  }
  if (isCrudType(member.type)) return { ...base, path: 'crud' }
  return {
    ...base,
    path: 'deploy',
    reason: `${member.type} is not a type sync sends through the CRUD calls (only one-record XML types are; files and bundles need a deploy)`
  }
}

function sortByRank(list: PlannedComponent[]): PlannedComponent[] {
  return [...list].sort(
    (a, b) =>
      rankOf(a.type) - rankOf(b.type) ||
      a.type.localeCompare(b.type) ||
      a.fullName.localeCompare(b.fullName)
  )
}

/** Consecutive components of one type, at most CRUD_BATCH_LIMIT per call. */
function batchesOf(call: 'upsert' | 'delete', list: PlannedComponent[]): CrudBatch[] {
  const batches: CrudBatch[] = []
  for (const component of list) {
    const last = batches.at(-1)
    if (last && last.type === component.type && last.components.length < CRUD_BATCH_LIMIT)
      last.components.push(component)
    else batches.push({ call, type: component.type, components: [component] })
  }
  return batches
}
