/**
 * A hash per component of a deploy package, over the content normalised the way the change
 * summary compares it (retrieve/compare.ts): XML canonicalised, other text with line endings and
 * trailing blanks evened out, binary files as bytes. Child entries of parent files (fields of an
 * object, labels) get their own hash and are left out of the parent's, so a later comparison with
 * the org can tell which entry changed. Pure.
 */
import { createHash } from 'node:crypto'
import { byRef, isBinary, linesOf } from '../retrieve/compare.ts'
import {
  childTypesOf,
  heldOnlyForChildren,
  groupByComponent,
  refKey,
  type ComponentRef
} from '../retrieve/metadata-paths.ts'
import { canonicalElement, entryKey, tryParseXml } from '../retrieve/xml-canonical.ts'
import { decodeUtf8 } from '../source/xml.ts'

/** One component and the sha256 of its normalised content. */
export interface HashedComponent extends ComponentRef {
  /** Lower-case sha256 hex digest; null when the content was not known (quick deploy by id). */
  hash: string | null
  /** Child entries name their parent (CustomField Invoice__c.Total__c → CustomObject Invoice__c). */
  parent?: ComponentRef
}

/** Hashes every component of a metadata-format package, sorted by type then name. */
export function hashComponents(
  files: ReadonlyMap<string, Uint8Array>,
  members: readonly ComponentRef[] = []
): HashedComponent[] {
  const known = new Set(members.map(refKey))
  const out: HashedComponent[] = []
  for (const component of groupByComponent(files.keys(), known).components.values()) {
    const childTags = new Set(childTypesOf(component.type).map((c) => c.tag))
    const fileLines = [...component.files].sort().map((path) => ({
      path,
      body: normalisedBody(files.get(path), path === component.mainFile ? childTags : new Set())
    }))
    const children = hashChildren(component, files.get(component.mainFile))
    // A hash of a parent the deploy does not write would record, and compare with the org, an
    // object the deploy never touched.
    if (!heldOnlyForChildren(component, children, known))
      out.push({ type: component.type, fullName: component.fullName, hash: hashFiles(fileLines) })
    out.push(...children)
  }
  return out.sort(byRef)
}

/** The hash of one component's files (the same normalisation; for comparing with the org's copy). */
export function hashComponentFiles(
  files: ReadonlyMap<string, Uint8Array>,
  type: string,
  fullName: string
): string | undefined {
  return (
    hashComponents(files, [{ type, fullName }]).find(
      (c) => c.type === type && c.fullName === fullName
    )?.hash ?? undefined
  )
}

function hashChildren(
  component: ComponentRef & { mainFile: string },
  bytes: Uint8Array | undefined
): HashedComponent[] {
  const childTypes = childTypesOf(component.type)
  if (childTypes.length === 0 || !bytes || isBinary(bytes)) return []
  const root = tryParseXml(decodeUtf8(bytes))
  if (!root) return []
  const parent = { type: component.type, fullName: component.fullName }
  const out: HashedComponent[] = []
  for (const child of childTypes) {
    for (const node of root.children) {
      if (node.kind !== 'element' || node.name !== child.tag) continue
      const name = entryKey(node, [child.key])
      if (name === '') continue
      out.push({
        type: child.type,
        fullName: child.prefixed ? `${component.fullName}.${name}` : name,
        hash: sha256(canonicalElement(node).join('\n')),
        parent
      })
    }
  }
  return out
}

/** Normalised text, or the raw bytes of a binary file. */
function normalisedBody(
  bytes: Uint8Array | undefined,
  childTags: ReadonlySet<string>
): string | Uint8Array {
  if (!bytes) return ''
  if (isBinary(bytes)) return bytes
  return linesOf(bytes, childTags).join('\n')
}

/** sha256 over `path NUL sha256(body) LF` per file, so renaming a file changes the hash. */
function hashFiles(files: { path: string; body: string | Uint8Array }[]): string {
  const outer = createHash('sha256')
  for (const file of files) outer.update(`${file.path}\0${sha256(file.body)}\n`, 'utf8')
  return outer.digest('hex')
}

function sha256(body: string | Uint8Array): string {
  return createHash('sha256').update(body).digest('hex')
}
