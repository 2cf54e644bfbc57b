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
    sizes.set(key, { files: component.files.length, bytes })
  }
  // Child members come back inside their parent's file, which the parent's estimate counts.
  return (ref) =>
    sizes.get(refKey(ref)) ??
    (parentTypeOf(ref.type) ? { files: 1, bytes: 0 } : defaultEstimate(ref))
}
