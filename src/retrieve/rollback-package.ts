/**
 * The rollback package: the org's copies of every component the deploy touches, laid out so
 * `metadata-dir` deploys it unchanged. package.xml lists the components the org had; a
 * destructive manifest lists those the deploy creates, so deploying the rollback removes them
 * again; components the deploy deletes come back from their retrieved copies. Pure.
 */
import type { Member } from '../source/component.ts'
import { buildPackageXml } from '../source/manifest.ts'
import { writeXml } from '../source/xml-write.ts'
import { decodeUtf8, encodeUtf8 } from '../source/xml.ts'
import type { ComponentChange } from './compare.ts'
import {
  childTypesOf,
  groupByComponent,
  parentTypeOf,
  refKey,
  type ComponentRef
} from './metadata-paths.ts'
import { entryKey, tryParseXml } from './xml-canonical.ts'

/**
 * Deletions run after the restored versions are written: a new class can only be deleted once
 * the restored classes no longer reference it (deleting first fails on the dependency).
 */
export const DESTRUCTIVE_FILE = 'destructiveChangesPost.xml'

/** The rollback's files (metadata-format paths) and what it restores and removes. */
export interface RollbackPackage {
  files: Map<string, Uint8Array>
  /** Members of its package.xml: the org's versions to deploy back. */
  restores: ComponentRef[]
  /** Members of its destructive manifest: components the deploy creates. */
  removes: ComponentRef[]
}

/** What the rollback is built from. */
export interface RollbackInput {
  /** Members the deploy writes or deletes (package.xml and destructive manifests, expanded). */
  members: readonly ComponentRef[]
  /** Per-component outcome of the comparison. */
  changes: readonly ComponentChange[]
  /** The org's files, paths without the `unpackaged/` folder. */
  orgFiles: ReadonlyMap<string, Uint8Array>
  /** Members the org holds. */
  existing: ReadonlySet<string>
  apiVersion: string
}

/** Builds the rollback package. */
export function buildRollbackPackage(input: RollbackInput): RollbackPackage {
  const restores = heldMembers(input.members, input.existing)
  const removes = removals(input.changes)
  const files = restoredFiles(restores, input.orgFiles)
  files.set('package.xml', encodeUtf8(buildPackageXml(restores as Member[], input.apiVersion)))
  if (removes.length > 0)
    files.set(DESTRUCTIVE_FILE, encodeUtf8(buildPackageXml(removes as Member[], input.apiVersion)))
  return {
    files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    restores,
    removes
  }
}

/**
 * The members the org holds: those it sent back, and for a `*` that listMetadata could not expand
 * (kept for the retrieve to take), every component of its type the org sent.
 */
export function heldMembers(
  members: readonly ComponentRef[],
  existing: ReadonlySet<string>
): ComponentRef[] {
  const wildcards = new Set(members.filter((m) => m.fullName === '*').map((m) => m.type))
  const held = members.filter((m) => existing.has(refKey(m)))
  for (const key of existing) {
    const colon = key.indexOf(':')
    const type = key.slice(0, colon)
    if (wildcards.has(type)) held.push({ type, fullName: key.slice(colon + 1) })
  }
  return uniqueRefs(held)
}

/** New components, except children of a new parent (deleting the parent removes them). */
function removals(changes: readonly ComponentChange[]): ComponentRef[] {
  const newKeys = new Set(changes.filter((c) => c.state === 'new').map(refKey))
  return changes
    .filter((c) => c.state === 'new' && !(c.parent && newKeys.has(refKey(c.parent))))
    .map((c) => ({ type: c.type, fullName: c.fullName }))
}

/**
 * The org's files of the restored components. A parent file restored only for some of its
 * children (a package listing CustomField Invoice__c.Total__c without the object) keeps just
 * those children, since the org rejects files whose entries package.xml does not list.
 */
function restoredFiles(
  restores: readonly ComponentRef[],
  orgFiles: ReadonlyMap<string, Uint8Array>
): Map<string, Uint8Array> {
  const wanted = new Set(restores.map(refKey))
  const groups = groupByComponent(orgFiles.keys(), wanted).components
  const files = new Map<string, Uint8Array>()
  const childrenByParent = new Map<string, Set<string>>()
  for (const ref of restores) {
    const parentType = parentTypeOf(ref.type)
    if (!parentType) continue
    const parent = childParentName(ref)
    const key = refKey({ type: parentType, fullName: parent })
    childrenByParent.set(key, new Set([...(childrenByParent.get(key) ?? []), refKey(ref)]))
  }
  for (const [key, group] of groups) {
    const whole = wanted.has(key)
    const children = childrenByParent.get(key)
    if (!whole && !children) continue
    for (const path of group.files) {
      const bytes = orgFiles.get(path) as Uint8Array
      files.set(
        path,
        !whole && path === group.mainFile && children ? keepChildren(group, bytes, children) : bytes
      )
    }
  }
  return files
}

/** `Invoice__c.Total__c` → `Invoice__c`; children named without their parent (labels) → the parent file's own name. */
function childParentName(ref: ComponentRef): string {
  const parentType = parentTypeOf(ref.type)
  const child = childTypesOf(parentType ?? '').find((c) => c.type === ref.type)
  if (child && !child.prefixed) return parentType === 'CustomLabels' ? 'CustomLabels' : ref.fullName
  const dot = ref.fullName.indexOf('.')
  return dot === -1 ? ref.fullName : ref.fullName.slice(0, dot)
}

/** A parent file cut down to the listed child entries (other entries of child tags dropped). */
function keepChildren(
  parent: ComponentRef,
  bytes: Uint8Array,
  keep: ReadonlySet<string>
): Uint8Array {
  const root = tryParseXml(decodeUtf8(bytes))
  if (!root) return bytes
  const childTypes = childTypesOf(parent.type)
  const byTag = new Map(childTypes.map((c) => [c.tag, c]))
  const children = root.children.filter((node) => {
    if (node.kind !== 'element') return true
    const child = byTag.get(node.name)
    if (!child) return true
    const name = entryKey(node, [child.key])
    return keep.has(
      refKey({ type: child.type, fullName: child.prefixed ? `${parent.fullName}.${name}` : name })
    )
  })
  return encodeUtf8(writeXml({ ...root, children }).text)
}

function uniqueRefs(refs: readonly ComponentRef[]): ComponentRef[] {
  const seen = new Map<string, ComponentRef>()
  for (const ref of refs) seen.set(refKey(ref), { type: ref.type, fullName: ref.fullName })
  return [...seen.values()]
}
