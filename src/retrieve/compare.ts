/**
 * What a deploy changes: each component of the package compared with the org's current copy
 * (retrieved just before), after normalising XML (xml-canonical.ts). Child entries of parent
 * files (fields of an object, labels, workflow rules) are compared one by one. Pure.
 */
import { decodeUtf8 } from '../source/xml.ts'
import type { XmlElement } from '../source/xml.ts'
import { unifiedDiff } from './line-diff.ts'
import {
  childTypesOf,
  heldOnlyForChildren,
  groupByComponent,
  refKey,
  type ComponentRef,
  type PathComponent
} from './metadata-paths.ts'
import { canonicalElement, canonicalXml, entryKey, tryParseXml } from './xml-canonical.ts'

/** How a component fares: created, changed, identical, or deleted by the deploy's destructive manifest. */
export type ChangeState = 'new' | 'changed' | 'unchanged' | 'deleted'

/** The difference in one file (or one child entry) of a changed component. */
export interface FileDiff {
  /** Metadata-format path; for a child entry, the parent file. */
  path: string
  /** Unified-diff lines from the org's version to the package's; absent for binary files. */
  lines?: string[]
  /** Binary content: sizes before and after (either may be absent when the file is new or gone). */
  binary?: { before?: number; after?: number }
  /** The difference was too large to compute. */
  tooLarge?: boolean
}

/** One component of the package and what the deploy does to it. */
export interface ComponentChange extends ComponentRef {
  state: ChangeState
  /** Set for changed components. */
  diffs: FileDiff[]
  /** Child entries (CustomField…) name their parent (CustomObject Invoice__c). */
  parent?: ComponentRef
}

/** The comparison's inputs. */
export interface CompareInput {
  /** The deploy package, metadata-format paths (package.xml included or not). */
  packageFiles: ReadonlyMap<string, Uint8Array>
  /** The org's current files for the same components, paths without the `unpackaged/` folder. */
  orgFiles: ReadonlyMap<string, Uint8Array>
  /** package.xml members, wildcards expanded (settles directories shared by several types). */
  members: readonly ComponentRef[]
  /** Members of the deploy's destructive manifests. */
  deletions?: readonly ComponentRef[]
  /** Members the org holds (from the retrieve); a deletion of anything else deletes nothing. */
  existing?: ReadonlySet<string>
}

/** Lines of diff context. */
const CONTEXT = 2

/** Compares the package with the org. Components come sorted by type then name. */
export function compareWithOrg(input: CompareInput): ComponentChange[] {
  const known = new Set([...input.members, ...(input.deletions ?? [])].map(refKey))
  const pkg = groupByComponent(input.packageFiles.keys(), known).components
  const org = groupByComponent(input.orgFiles.keys(), known).components
  const changes: ComponentChange[] = []
  for (const component of pkg.values()) {
    const before = org.get(refKey(component))
    changes.push(...compareComponent(component, before, input, known))
  }
  for (const deletion of input.deletions ?? []) {
    if (input.existing && !input.existing.has(refKey(deletion))) continue
    changes.push({ type: deletion.type, fullName: deletion.fullName, state: 'deleted', diffs: [] })
  }
  return changes.sort(byRef)
}

function compareComponent(
  component: PathComponent & { files: string[] },
  before: (PathComponent & { files: string[] }) | undefined,
  input: CompareInput,
  known: ReadonlySet<string>
): ComponentChange[] {
  const ref = { type: component.type, fullName: component.fullName }
  const childTypes = childTypesOf(component.type)
  const childTags = new Set(childTypes.map((c) => c.tag))
  const children =
    childTypes.length > 0 ? compareChildren(component, before !== undefined, input) : []
  // When every listed child is new the org's zip has no parent file: counting the parent would
  // call an existing object new, and the rollback would delete it with its data.
  if (heldOnlyForChildren(ref, children, known)) return children
  if (!before) return [{ ...ref, state: 'new', diffs: [] }, ...children]
  const paths = [...new Set([...component.files, ...before.files])].sort()
  const diffs: FileDiff[] = []
  for (const path of paths) {
    const diff = compareFile(
      path,
      input.orgFiles.get(path),
      input.packageFiles.get(path),
      path === component.mainFile ? childTags : new Set()
    )
    if (diff) diffs.push(diff)
  }
  return [{ ...ref, state: diffs.length > 0 ? 'changed' : 'unchanged', diffs }, ...children]
}

/** Child entries of a parent file, each compared with the same entry in the org's file. */
function compareChildren(
  component: PathComponent,
  parentExists: boolean,
  input: CompareInput
): ComponentChange[] {
  const parentRef = { type: component.type, fullName: component.fullName }
  const after = entriesOf(component, input.packageFiles.get(component.mainFile))
  const before = parentExists
    ? entriesOf(component, input.orgFiles.get(component.mainFile))
    : new Map<string, Entry>()
  const changes: ComponentChange[] = []
  for (const [key, entry] of after) {
    const old = before.get(key)
    const base = { type: entry.type, fullName: entry.fullName, parent: parentRef }
    if (!old) {
      changes.push({ ...base, state: 'new', diffs: [] })
      continue
    }
    const lines = diffOf(canonicalElement(old.element), canonicalElement(entry.element))
    changes.push({
      ...base,
      state: lines.kind === 'same' ? 'unchanged' : 'changed',
      diffs: lines.kind === 'same' ? [] : [{ path: component.mainFile, ...lines.diff }]
    })
  }
  return changes
}

interface Entry {
  type: string
  fullName: string
  element: XmlElement
}

/** Child entries of a parent file by `Type:fullName`. */
function entriesOf(component: PathComponent, bytes: Uint8Array | undefined): Map<string, Entry> {
  const entries = new Map<string, Entry>()
  const root = bytes ? tryParseXml(decodeUtf8(bytes)) : undefined
  if (!root) return entries
  for (const child of childTypesOf(component.type)) {
    for (const node of root.children) {
      if (node.kind !== 'element' || node.name !== child.tag) continue
      const name = entryKey(node, [child.key])
      if (name === '') continue
      const fullName = child.prefixed ? `${component.fullName}.${name}` : name
      entries.set(refKey({ type: child.type, fullName }), {
        type: child.type,
        fullName,
        element: node
      })
    }
  }
  return entries
}

/** The difference in one file, or undefined when the two copies are equivalent. */
export function compareFile(
  path: string,
  before: Uint8Array | undefined,
  after: Uint8Array | undefined,
  childTags: ReadonlySet<string> = new Set()
): FileDiff | undefined {
  if (isBinary(before) || isBinary(after)) {
    if (before && after && Buffer.compare(Buffer.from(before), Buffer.from(after)) === 0)
      return undefined
    return {
      path,
      binary: {
        ...(before ? { before: before.byteLength } : {}),
        ...(after ? { after: after.byteLength } : {})
      }
    }
  }
  const result = diffOf(linesOf(before, childTags), linesOf(after, childTags))
  return result.kind === 'same' ? undefined : { path, ...result.diff }
}

function diffOf(
  before: string[],
  after: string[]
): { kind: 'same' } | { kind: 'diff'; diff: Omit<FileDiff, 'path'> } {
  if (before.length === after.length && before.every((line, i) => line === after[i]))
    return { kind: 'same' }
  const lines = unifiedDiff(before, after, { context: CONTEXT })
  return { kind: 'diff', diff: lines ? { lines } : { tooLarge: true } }
}

/** Canonical lines: XML canonicalised, other text with line endings and trailing blanks evened out. */
export function linesOf(
  bytes: Uint8Array | undefined,
  childTags: ReadonlySet<string> = new Set()
): string[] {
  if (!bytes) return []
  const text = decodeUtf8(bytes)
  if (text.trimStart().startsWith('<')) {
    const xml = canonicalXml(text, childTags)
    if (xml) return xml
  }
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n+$/, '')
    .split('\n')
}

/** The change summary's test: a NUL byte near the start, or bytes that are not UTF-8. */
export function isBinary(bytes: Uint8Array | undefined): boolean {
  if (!bytes) return false
  const head = bytes.subarray(0, 8_000)
  if (head.includes(0)) return true
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return false
  } catch {
    return true
  }
}

/** Orders components by type, then name. */
export function byRef(a: ComponentRef, b: ComponentRef): number {
  const x = `${a.type}\u0000${a.fullName}`
  const y = `${b.type}\u0000${b.fullName}`
  return x < y ? -1 : x > y ? 1 : 0
}

/** Counts per state. */
export function countChanges(changes: readonly ComponentChange[]): Record<ChangeState, number> {
  const counts: Record<ChangeState, number> = { new: 0, changed: 0, unchanged: 0, deleted: 0 }
  for (const c of changes) counts[c.state]++
  return counts
}
