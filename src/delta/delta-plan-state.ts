/**
 * Pure: the delta plan's types and the working state delta-plan.ts and delta-finish.ts share, in
 * a module of its own so the two do not import each other.
 */
import type { Member, ResolvedComponent } from '../source/component.ts'
import type { SubsetPick } from '../source/build-subset.ts'
import type { SourceTree } from '../source/source-tree.ts'
import type { ComponentIndex } from './component-index.ts'
import type { FileChange } from './name-status.ts'

/** One end of the range. */
export interface DeltaSide {
  tree: SourceTree
  components: ResolvedComponent[]
}

/** What the plan starts from. */
export interface DeltaInput {
  changes: FileChange[]
  head: DeltaSide
  base: DeltaSide
  /** Package directories as tree paths; changes elsewhere are not metadata. */
  packageDirs: string[]
  /** Project root as a tree path, for the config-file warnings. */
  projectDir: string
  /** Files under the package directories that match no type at head (not ignored). */
  unknownAtHead: string[]
}

/** A line of the delta summary. */
export interface DeltaEntry {
  type: string
  fullName: string
  change: 'added' | 'changed' | 'deleted'
}

/** The plan: components to build, members to delete, and what was left out and why. */
export interface DeltaPlan {
  picks: SubsetPick[]
  destructive: Member[]
  entries: DeltaEntry[]
  /** Deletions not sent, each with the reason. */
  skipped: { type: string; fullName: string; reason: string }[]
  /** Changed files under the package directories that .forceignore excludes or that are not metadata. */
  ignoredFiles: string[]
  /** Changed files of a copy that another copy of the same component overrides. */
  shadowedFiles: string[]
  /** Changed files at head that match no metadata type. */
  unknownFiles: string[]
  warnings: string[]
}

/** Mutable working state shared with delta-finish.ts. */
export interface PlanState {
  input: DeltaInput
  head: ComponentIndex
  base: ComponentIndex
  /** Components deployed whole, by key. */
  whole: Map<string, ResolvedComponent>
  /** Decomposed objects: changed children by name, and whether the parent is listed. */
  objects: Map<string, { component: ResolvedComponent; children: Set<string>; listParent: boolean }>
  /** Changed label files (either end): only their labels can have changed or gone. */
  labelFiles: Set<string>
  /** Components with in-file children whose base version is compared for deleted children. */
  inFileTouched: Map<string, ResolvedComponent>
  /** DigitalExperienceBundles whose content items are compared with the base. */
  experiencesTouched: Set<string>
  destructive: Map<string, Member>
  plan: DeltaPlan
}

/** Whether the org can delete a standard object: never, and the name says which are standard. */
export function isCustomName(name: string): boolean {
  return name.includes('__')
}

/** Member written for a component in package.xml and destructive manifests. */
export function memberOf(c: ResolvedComponent): Member {
  const slash = c.isFolder && c.type.inFolder?.trailingSlash === true ? '/' : ''
  return { type: c.type.name, fullName: `${c.fullName}${slash}` }
}

/** Adds a member to the destructive list (once). */
export function destroy(state: PlanState, member: Member): void {
  state.destructive.set(`${member.type}:${member.fullName}`, member)
}

/** Records a deletion the org cannot or should not perform. */
export function skip(state: PlanState, member: Member, reason: string): void {
  state.plan.skipped.push({ ...member, reason })
}
