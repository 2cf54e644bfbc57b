/**
 * Pure: the second half of the delta plan — rules that compare contents at both ends (labels,
 * in-file children, digital experience items), Master-Detail expansion, new in-folder folders,
 * and the final picks (docs/delta.md, What goes into the package).
 */
import type { Member, ResolvedComponent } from '../source/component.ts'
import { componentKey } from '../source/component.ts'
import type { SubsetPick } from '../source/build-subset.ts'
import { childNamed, keyOf } from './component-index.ts'
import {
  compareLabels,
  inFileChildren,
  isMasterDetail,
  labelIds,
  labelsOf
} from './delta-content.ts'
import {
  destroy,
  memberOf,
  type DeltaEntry,
  type DeltaPlan,
  type PlanState
} from './delta-plan-state.ts'

const LABELS_KEY = componentKey('CustomLabels', 'CustomLabels')

/** Completes the plan once every changed path has been seen. */
export async function finishPlan(state: PlanState): Promise<DeltaPlan> {
  const picks: SubsetPick[] = []
  const entries: DeltaEntry[] = []
  if (state.labelFiles.size > 0) {
    const labels = await labelChanges(state)
    if (labels.pick) picks.push(labels.pick)
    entries.push(...labels.entries)
  }
  for (const key of state.inFileTouched.keys()) await compareInFile(state, key)
  for (const key of state.experiencesTouched) compareExperience(state, key)
  for (const c of [...state.whole.values()]) addNewFolders(state, c)
  for (const entry of state.objects.values()) {
    const pick = await objectPick(state, entry)
    if (pick) picks.push(pick)
    entries.push(...objectEntries(state, entry.component, pick))
  }
  for (const [key, c] of state.whole) {
    picks.push({ component: c, listParent: true })
    entries.push({ ...memberOf(c), change: state.base.byKey.has(key) ? 'changed' : 'added' })
  }
  const destructive = [...state.destructive.values()]
  entries.push(...destructive.map((m) => ({ ...m, change: 'deleted' as const })))
  const seen = new Set<string>()
  const skipped = state.plan.skipped.filter((s) => {
    const k = `${s.type}:${s.fullName}`
    return seen.has(k) ? false : (seen.add(k), true)
  })
  return { ...state.plan, picks: sortPicks(picks), destructive, entries, skipped }
}

/**
 * Labels can only change or disappear in the label files that changed; every label file at head
 * is scanned for ids only, so a label moved to an unchanged file is not deleted.
 */
async function labelChanges(
  state: PlanState
): Promise<{ pick?: SubsetPick; entries: DeltaEntry[] }> {
  const { head, base } = state.input
  const headLabels = state.head.byKey.get(LABELS_KEY)
  const baseLabels = state.base.byKey.get(LABELS_KEY)
  const changedIn = (c: ResolvedComponent | undefined): ResolvedComponent | undefined =>
    c && { ...c, content: c.content.filter((p) => state.labelFiles.has(p)) }
  const before = await labelsOf(base.tree, changedIn(baseLabels))
  const after = await labelsOf(head.tree, changedIn(headLabels))
  const ids = await labelIds(head.tree, headLabels, state.labelFiles)
  for (const id of after.keys()) ids.add(id)
  const diff = compareLabels(before, after)
  for (const id of diff.deleted)
    if (!ids.has(id)) destroy(state, { type: 'CustomLabel', fullName: id })
  if (!headLabels || diff.changed.length === 0) return { entries: [] }
  return {
    pick: { component: headLabels, listParent: false, labels: new Set(diff.changed) },
    entries: diff.changed.map((id) => ({
      type: 'CustomLabel',
      fullName: id,
      change: before.has(id) ? 'changed' : 'added'
    }))
  }
}

function sortPicks(picks: SubsetPick[]): SubsetPick[] {
  const key = (p: SubsetPick): string => keyOf(p.component)
  return picks.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}

/** Children whose id existed at base and not at head are deleted (`WorkflowRule: Foo__c.R1`). */
async function compareInFile(state: PlanState, key: string): Promise<void> {
  const before = state.base.byKey.get(key)
  const now = state.head.byKey.get(key)
  const old = before ? await inFileChildren(state.input.base.tree, before) : []
  const kept = new Set(
    (now ? await inFileChildren(state.input.head.tree, now) : []).map(
      (m) => `${m.type}:${m.fullName}`
    )
  )
  for (const m of old) if (!kept.has(`${m.type}:${m.fullName}`)) destroy(state, m)
}

/** DigitalExperience content items present at base and gone at head. */
function compareExperience(state: PlanState, key: string): void {
  const before = state.base.byKey.get(key)
  const now = state.head.byKey.get(key)
  for (const child of before?.children ?? [])
    if (!childNamed(now, child.name))
      destroy(state, { type: child.type.name, fullName: `${before?.fullName ?? ''}.${child.name}` })
}

/** An in-folder item whose folder (or an ancestor folder) is new at head brings the folder. */
function addNewFolders(state: PlanState, c: ResolvedComponent): void {
  if (!c.type.inFolder || c.isFolder) return
  let name = c.fullName
  while (name.includes('/')) {
    name = name.slice(0, name.lastIndexOf('/'))
    const key = componentKey(c.type.name, name, true)
    const folder = state.head.byKey.get(key)
    if (folder && !state.base.byKey.has(key)) state.whole.set(key, folder)
  }
}

type ObjectEntry = { component: ResolvedComponent; children: Set<string>; listParent: boolean }

/**
 * Changed children travel inside a file holding the parent's own elements and only those
 * children; a Master-Detail field lists the parent, and a listed parent brings its
 * Master-Detail fields, since the org needs them together.
 */
async function objectPick(state: PlanState, entry: ObjectEntry): Promise<SubsetPick | undefined> {
  const c = entry.component
  const tree = state.input.head.tree
  const fields = c.children.filter((x) => x.type.name === 'CustomField')
  for (const f of fields)
    if (entry.children.has(f.name) && (await isMasterDetail(tree, f.path))) entry.listParent = true
  if (entry.listParent && c.meta === undefined) entry.listParent = false
  if (entry.listParent) {
    for (const f of fields) if (await isMasterDetail(tree, f.path)) entry.children.add(f.name)
  }
  const children = c.children.filter((x) => entry.children.has(x.name))
  if (!entry.listParent && children.length === 0) return undefined
  return { component: { ...c, children }, listParent: entry.listParent }
}

function objectEntries(
  state: PlanState,
  c: ResolvedComponent,
  pick: SubsetPick | undefined
): DeltaEntry[] {
  if (!pick) return []
  const before = state.base.byKey.get(keyOf(c))
  const out: DeltaEntry[] = []
  if (pick.listParent)
    out.push({ ...memberOf(c), change: before?.meta !== undefined ? 'changed' : 'added' })
  for (const child of pick.component.children) {
    if (!child.type.addressable) continue
    const change = childNamed(before, child.name) ? 'changed' : 'added'
    out.push({ type: child.type.name, fullName: `${c.fullName}.${child.name}`, change })
  }
  return out
}

/**
 * Drops from the destructive list whatever the package deploys, compared case-insensitively: a
 * case-only rename is an update, not a delete (the platform's names are case-insensitive).
 */
export function dropCollisions(plan: DeltaPlan, deployed: Member[]): DeltaPlan {
  const norm = (m: Member): string => `${m.type}:${m.fullName}`.toLowerCase()
  const inPackage = new Set(deployed.map(norm))
  const kept = plan.destructive.filter((m) => !inPackage.has(norm(m)))
  const dropped = new Set(plan.destructive.filter((m) => inPackage.has(norm(m))).map(norm))
  return {
    ...plan,
    destructive: kept,
    entries: plan.entries.filter((e) => e.change !== 'deleted' || !dropped.has(norm(e)))
  }
}
