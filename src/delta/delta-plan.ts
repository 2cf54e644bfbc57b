/**
 * Pure: turns the changed paths between two commits, with the components resolved at both ends,
 * into what to deploy and what to delete (docs/delta.md, What goes into the package). Contents are
 * read only where a rule needs them (labels, in-file children, Master-Detail fields), through
 * SourceTree.
 */
import type { ResolvedComponent } from '../source/component.ts'
import { childNamed, indexComponents, keyOf, type Owner } from './component-index.ts'
import { finishPlan } from './delta-finish.ts'
import {
  destroy,
  isCustomName,
  memberOf,
  skip,
  type DeltaInput,
  type DeltaPlan,
  type PlanState
} from './delta-plan-state.ts'

export type { DeltaEntry, DeltaInput, DeltaPlan, DeltaSide, PlanState } from './delta-plan-state.ts'
export { destroy, isCustomName, memberOf, skip } from './delta-plan-state.ts'

function underPackageDir(dirs: string[], path: string): boolean {
  return dirs.some((d) => d === '' || path === d || path.startsWith(`${d}/`))
}

function noteConfigChange(state: PlanState, path: string): void {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const project =
    state.input.projectDir === ''
      ? 'sfdx-project.json'
      : `${state.input.projectDir}/sfdx-project.json`
  if (path === project || name === '.forceignore')
    state.plan.warnings.push(
      `${path} changed in this range: package directories, replacements or ignore rules may differ between the two commits, so the delta may be incomplete. Consider a full deploy.`
    )
}

/** Builds the plan. */
export async function planDelta(input: DeltaInput): Promise<DeltaPlan> {
  const state: PlanState = {
    input,
    head: indexComponents(input.head.components),
    base: indexComponents(input.base.components),
    whole: new Map(),
    objects: new Map(),
    labelFiles: new Set(),
    inFileTouched: new Map(),
    experiencesTouched: new Set(),
    destructive: new Map(),
    plan: {
      picks: [],
      destructive: [],
      entries: [],
      skipped: [],
      ignoredFiles: [],
      shadowedFiles: [],
      unknownFiles: [],
      warnings: []
    }
  }
  const unknown = new Set(input.unknownAtHead)
  for (const change of input.changes) {
    noteConfigChange(state, change.path)
    if (!underPackageDir(input.packageDirs, change.path)) continue
    if (change.path.endsWith('.labels-meta.xml')) state.labelFiles.add(change.path)
    if (change.status !== 'D') {
      const owner = state.head.byPath.get(change.path)
      if (owner) onHeadChange(state, owner)
      else if (unknown.has(change.path)) state.plan.unknownFiles.push(change.path)
      else if (state.head.shadowed.has(change.path)) state.plan.shadowedFiles.push(change.path)
      else state.plan.ignoredFiles.push(change.path)
      continue
    }
    const owner = state.base.byPath.get(change.path)
    if (owner) onDelete(state, owner)
    else if (state.base.shadowed.has(change.path)) state.plan.shadowedFiles.push(change.path)
    else state.plan.ignoredFiles.push(change.path)
  }
  return finishPlan(state)
}

/** A file of `owner` was added or modified at head. */
function onHeadChange(state: PlanState, owner: Owner): void {
  const c = owner.component
  switch (c.type.strategy) {
    case 'decomposed':
      if (owner.child) touchObject(state, c).children.add(owner.child.name)
      else touchObject(state, c).listParent = true
      return
    case 'labels':
      return
    case 'digitalExperience':
      state.experiencesTouched.add(keyOf(c))
      break
    default:
      if (c.type.children.length > 0 && c.type.strategy === 'copy')
        state.inFileTouched.set(keyOf(c), c)
  }
  state.whole.set(keyOf(c), c)
}

/** The decomposed object's entry, created on first touch. */
export function touchObject(
  state: PlanState,
  c: ResolvedComponent
): { component: ResolvedComponent; children: Set<string>; listParent: boolean } {
  const key = keyOf(c)
  let entry = state.objects.get(key)
  if (!entry) {
    entry = { component: c, children: new Set(), listParent: false }
    state.objects.set(key, entry)
  }
  return entry
}

/** A file of base component `owner` is gone at head. */
function onDelete(state: PlanState, owner: Owner): void {
  const before = owner.component
  const now = state.head.byKey.get(keyOf(before))
  if (before.type.strategy === 'labels') return
  if (before.type.strategy === 'decomposed') return onObjectDelete(state, owner, now)
  if (now) {
    // The component still exists (a file left a bundle, moved between package directories...).
    onHeadChange(state, { component: now })
    if (
      before.type.strategy === 'decomposedBeside' &&
      owner.child &&
      !childNamed(now, owner.child.name)
    )
      if (owner.child.type.addressable)
        destroy(state, {
          type: owner.child.type.name,
          fullName: `${before.fullName}.${owner.child.name}`
        })
    return
  }
  onComponentGone(state, before)
}

function onObjectDelete(state: PlanState, owner: Owner, now: ResolvedComponent | undefined): void {
  const before = owner.component
  const child = owner.child
  if (!now) {
    if (before.meta !== undefined && isCustomName(before.fullName)) {
      destroy(state, memberOf(before)) // children go with the object; never listed
      return
    }
    if (!child) return
    skip(
      state,
      memberOf(before),
      'standard objects are never deleted; only their custom children are'
    )
  }
  if (!child) {
    state.plan.warnings.push(
      `${owner.component.meta ?? before.fullName} was deleted but ${before.fullName} still has child files; the object itself is neither deployed nor deleted.`
    )
    return
  }
  if (now && childNamed(now, child.name)) {
    touchObject(state, now).children.add(child.name) // moved between package directories
    return
  }
  // Record types too: the Salesforce CLI lists a deleted record type in destructive changes.
  destroy(state, { type: child.type.name, fullName: `${before.fullName}.${child.name}` })
}

/** Every file of a base component is gone at head. */
function onComponentGone(state: PlanState, before: ResolvedComponent): void {
  const member = memberOf(before)
  if (before.type.children.length > 0 && before.type.strategy === 'copy') {
    // Deleting the container file deletes each child it held, not the container.
    state.inFileTouched.set(keyOf(before), before)
    return
  }
  if (before.isFolder) {
    const prefix = `${before.fullName}/`
    const stillUsed = [...state.head.byKey.values()].some(
      (c) => c.type === before.type && c.fullName.startsWith(prefix)
    )
    if (stillUsed) {
      skip(
        state,
        member,
        'its folder meta file was deleted but the folder still holds items at head'
      )
      return
    }
  }
  if (before.type.name === 'Flow')
    state.plan.warnings.push(
      `Flow ${before.fullName} is deleted: an active flow version cannot be deleted; deactivate it first if the deploy fails.`
    )
  destroy(state, member)
}
