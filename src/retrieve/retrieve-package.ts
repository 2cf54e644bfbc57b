/**
 * The org's copy of everything a deploy package touches: the members of its package.xml and of
 * its destructive manifests, retrieved together (split by the package's own sizes), and the
 * package compared with them. The backup before a deploy and retrieve mode both start here.
 */
import { compareWithOrg, type ComponentChange } from './compare.ts'
import { refKey, type ComponentRef } from './metadata-paths.ts'
import { estimateFromPackage, packageMembers, type PackageMembers } from './package-members.ts'
import {
  retrieveComponents,
  type RetrievedComponents,
  type RetrieveOptions,
  type RetrievePorts
} from './retrieve-components.ts'

/** A deploy package next to the org's copy of its components. */
export interface PackageInOrg {
  manifest: PackageMembers
  retrieved: RetrievedComponents
  changes: ComponentChange[]
  /** Destructive members the org does not hold: the deploy has nothing to delete for them. */
  absentDeletions: ComponentRef[]
}

/** Retrieves what the package writes and deletes, and compares the package with it. */
export async function retrievePackageInOrg(
  packageFiles: ReadonlyMap<string, Uint8Array>,
  ports: RetrievePorts,
  options: Omit<RetrieveOptions, 'estimate'>
): Promise<PackageInOrg> {
  const manifest = packageMembers(packageFiles)
  const requested = retrieveRequest(manifest)
  const retrieved = await retrieveComponents(requested.members, ports, {
    ...options,
    estimate: estimateFromPackage(packageFiles, requested.members)
  })
  const changes = compareWithOrg({
    packageFiles,
    orgFiles: retrieved.files,
    members: retrieved.members,
    deletions: manifest.deletions,
    existing: retrieved.existing
  })
  return {
    manifest,
    retrieved: { ...retrieved, notes: [...retrieved.notes, ...requested.notes] },
    changes,
    absentDeletions: manifest.deletions.filter((d) => !retrieved.existing.has(refKey(d)))
  }
}

/**
 * The members to retrieve: package.xml's, then the destructive manifests'. A `*` in a destructive
 * manifest is not expanded: Salesforce takes no wildcards there ("The format of this manifest is
 * the same as package.xml except that wildcards aren't supported", Metadata API Developer Guide,
 * Deleting Components from an Organization), so it names no component of the org.
 */
export function retrieveRequest(manifest: PackageMembers): {
  members: ComponentRef[]
  notes: string[]
} {
  const wildcards = manifest.deletions.filter((d) => d.fullName === '*')
  const named = manifest.deletions.filter((d) => d.fullName !== '*')
  return {
    members: [...manifest.members, ...named],
    notes: wildcards.map(
      (d) =>
        `${d.type}: * in a destructive manifest was not retrieved; destructive manifests take no wildcards.`
    )
  }
}
