/**
 * The members a deploy package writes and deletes, read from its manifests, and the size each
 * is expected to have in a retrieve (from the package's own files). Pure.
 */
import { parsePackageXml } from '../source/manifest.ts'
import { decodeUtf8 } from '../source/xml.ts'
import { groupByComponent, parentTypeOf, refKey, type ComponentRef } from './metadata-paths.ts'
import type { SizeEstimate } from './plan-chunks.ts'
import { defaultEstimate } from './plan-chunks.ts'

const DESTRUCTIVE = [
  'destructiveChangesPre.xml',
  'destructiveChanges.xml',
  'destructiveChangesPost.xml'
]

/** What the package deploys (package.xml) and deletes (destructive manifests). */
export interface PackageMembers {
  members: ComponentRef[]
  deletions: ComponentRef[]
  version?: string
}

/** Reads the manifests of a metadata-format package. */
export function packageMembers(files: ReadonlyMap<string, Uint8Array>): PackageMembers {
  const manifest = files.get('package.xml')
  const parsed = manifest ? parsePackageXml(decodeUtf8(manifest), 'package.xml') : { members: [] }
  const deletions = DESTRUCTIVE.flatMap((name) => {
    const bytes = files.get(name)
    return bytes ? parsePackageXml(decodeUtf8(bytes), name).members : []
  })
  return {
    members: parsed.members,
    deletions,
    ...(parsed.version ? { version: parsed.version } : {})
  }
}

/** Estimates from the package: a member's files and bytes as the package carries them. */
export function estimateFromPackage(
  files: ReadonlyMap<string, Uint8Array>,
  members: readonly ComponentRef[]
): (ref: ComponentRef) => SizeEstimate {
  const known = new Set(members.map(refKey))
  const sizes = new Map<string, SizeEstimate>()
  for (const [key, component] of groupByComponent(files.keys(), known).components) {
    const bytes = component.files.reduce((sum, path) => sum + (files.get(path)?.byteLength ?? 0), 0)
    const customFields = component.files.reduce(
      (sum, path) => sum + (/\.object$/.test(path) ? fieldsIn(files.get(path)) : 0),
      0
    )
    sizes.set(key, {
      files: component.files.length,
      bytes,
      ...(customFields ? { customFields } : {})
    })
  }
  // A field counts once: in its object's estimate when the object is retrieved too.
  const fieldOutsideItsObject = (ref: ComponentRef): boolean =>
    ref.type === 'CustomField' &&
    !sizes.has(refKey({ type: 'CustomObject', fullName: ref.fullName.split('.')[0] ?? '' }))
  // Child members come back inside their parent's file, which the parent's estimate counts.
  return (ref) =>
    sizes.get(refKey(ref)) ??
    (parentTypeOf(ref.type)
      ? { files: 1, bytes: 0, ...(fieldOutsideItsObject(ref) ? { customFields: 1 } : {}) }
      : defaultEstimate(ref))
}

/** `<fields>` entries of an object file: the custom fields a retrieve of it brings back. */
function fieldsIn(bytes: Uint8Array | undefined): number {
  if (!bytes) return 0
  return (
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').split('<fields>')
      .length - 1
  )
}
