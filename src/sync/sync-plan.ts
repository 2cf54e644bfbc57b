/**
 * Sync mode's plan (pure): which path applies each component of the delta, in which order and
 * batches, and why a component goes to the Metadata API deploy instead.
 * - Apex classes, triggers, pages and components: the Tooling API (MetadataContainer, saving);
 * - types of sync-types.ts: the CRUD calls, renames first, then upserts in dependency order,
 *   and deletions in the reverse order after the Apex and the deploy (sync.ts), in batches of one
 *   type and at most 10 components;
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
}

/** How a component reaches the org. */
export type SyncPath = 'crud' | 'tooling' | 'deploy'

/** One component the delta touches, with the path that applies it. */
export interface PlannedComponent {
  type: string
  fullName: string
  change: 'upsert' | 'delete' | 'rename'
  path: SyncPath
  /** Renames: the old name. */
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
  const renamedAway = (m: Member): boolean =>
    applied.some(
      (r) =>
        (r.type === m.type && r.from === m.fullName) ||
        // A renamed object takes its fields along: their old names are no deletions.
        (r.type === 'CustomObject' && m.fullName.startsWith(`${r.from}.`))
    )
  const deletedParents = new Set(
    deleted.filter((m) => m.type === 'CustomObject').map((m) => m.fullName)
  )
  const deletions = deleted
    .filter((m) => !renamedAway(m))
    // Deleting an object deletes its fields: no call for them.
    .filter(
      (m) => !(m.fullName.includes('.') && deletedParents.has(m.fullName.split('.')[0] ?? ''))
    )
  const renamed = applied.map((r): PlannedComponent => ({
    type: r.type,
    fullName: r.to,
    from: r.from,
    change: 'rename',
    path: 'crud'
  }))
  const upserts = withoutLabelsContainer(changed).map((m) => classify(m, 'upsert'))
  const deletes = deletions.map((m) => classify(m, 'delete'))
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

/**
 * The delta lists the `CustomLabels` container beside each changed label, as the Salesforce CLI
 * does. The labels themselves go through the CRUD calls; the container has nothing of its own to
 * apply, and deploying it would send every label of the file through the deploy queue.
 */
function withoutLabelsContainer(changed: readonly Member[]): readonly Member[] {
  if (!changed.some((m) => m.type === 'CustomLabel')) return changed
  return changed.filter((m) => m.type !== 'CustomLabels')
}

/** Renames of CRUD types whose old name the delta deletes and new name it adds. */
function renamesToApply(
  renames: readonly Rename[],
  changed: readonly Member[],
  deleted: readonly Member[]
): Rename[] {
  const has = (list: readonly Member[], type: string, name: string): boolean =>
    list.some((m) => m.type === type && m.fullName === name)
  const candidates = renames.filter(
    (r) => isCrudType(r.type) && has(deleted, r.type, r.from) && has(changed, r.type, r.to)
  )
  // A field of a renamed object moves with it.
  return candidates.filter(
    (r) =>
      !candidates.some(
        (o) =>
          o.type === 'CustomObject' && r.type !== 'CustomObject' && r.from.startsWith(`${o.from}.`)
      )
  )
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
