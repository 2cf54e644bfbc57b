/**
 * Retrieve mode (pure parts): which members to retrieve, the retrieved package's files and the
 * job summary section. The shell is run-retrieve-mode.ts.
 */
import type { FileProperties } from '../../metadata-api/retrieve-api.ts'
import { renderChangeSummary } from '../../retrieve/change-summary.ts'
import { codeSpan, escapeInline } from '../../report/escape.ts'
import type { Member } from '../../source/component.ts'
import { buildPackageXml } from '../../source/manifest.ts'
import { encodeUtf8 } from '../../source/xml.ts'
import type { ComponentChange } from '../../retrieve/compare.ts'
import { refKey, type ComponentRef } from '../../retrieve/metadata-paths.ts'
import { heldMembers } from '../../retrieve/rollback-package.ts'
import type { RetrievedComponents } from '../../retrieve/retrieve-components.ts'

/** The retrieved package: the org's files plus a package.xml listing what the org had. */
export function retrievedPackage(
  retrieved: RetrievedComponents,
  version: string
): Map<string, Uint8Array> {
  const found = heldMembers(retrieved.members, retrieved.existing)
  const files = new Map(retrieved.files)
  files.set('package.xml', encodeUtf8(buildPackageXml(found as Member[], version)))
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** What the summary of a retrieve shows. */
export interface RetrieveSummaryInput {
  orgLabel: string
  retrieved: RetrievedComponents
  /** Workspace-relative folder and zip. */
  dir: string
  zip: string
  artifact: { name: string } | { problem: string }
  /** Set when the package came from the builder: what deploying it would change. */
  changes?: ComponentChange[]
  /** The package's destructive members, retrieved too; the change section reports them. */
  deletions?: readonly ComponentRef[]
  /** Those of them the org does not hold. */
  absentDeletions?: readonly ComponentRef[]
}

/** The retrieve job summary. */
export function renderRetrieveSummary(input: RetrieveSummaryInput): string {
  const { retrieved } = input
  const found = heldMembers(retrieved.members, retrieved.existing)
  const where =
    'name' in input.artifact ? `, uploaded as artifact ${codeSpan(input.artifact.name)}` : ''
  const lines = [
    `## ✅ Retrieve from ${escapeInline(input.orgLabel)}`,
    '',
    `Retrieved ${found.length} component${found.length === 1 ? '' : 's'} (${retrieved.files.size} files) in ${retrieved.retrieveIds.length} request${retrieved.retrieveIds.length === 1 ? '' : 's'} ` +
      `into ${codeSpan(input.dir)} and ${codeSpan(input.zip)}${where}.`,
    '',
    ...missingList(missingMembers(retrieved, input.deletions ?? [])),
    ...retrieved.messages.map(
      (m) => `> ⚠️ ${escapeInline(m.fileName)}: ${escapeInline(m.problem)}`
    ),
    ...retrieved.notes.map((n) => `> ${escapeInline(n)}`),
    ''
  ]
  const changes = input.changes
    ? [
        renderChangeSummary({
          changes: input.changes,
          ...(input.absentDeletions ? { absentDeletions: input.absentDeletions } : {}),
          heading: '###'
        })
      ]
    : []
  return [lines.join('\n'), ...changes].join('\n')
}

/**
 * Requested members the org does not have, except the package's deletions: the org still makes
 * the other deletions when some are missing (Ant Migration Tool Guide, "Deleting Files from an
 * Organization"), and the change section says which have nothing to delete.
 */
export function missingMembers(
  retrieved: RetrievedComponents,
  deletions: readonly ComponentRef[]
): ComponentRef[] {
  const deleting = new Set(deletions.map(refKey))
  return retrieved.missing.filter((m) => !deleting.has(refKey(m)))
}

function missingList(missing: ComponentRef[]): string[] {
  if (missing.length === 0) return []
  const shown = missing
    .slice(0, 100)
    .map((m) => `- ${escapeInline(m.type)} ${codeSpan(m.fullName)}`)
  const more = missing.length > 100 ? [`- … and ${missing.length - 100} more`] : []
  return [`**Not in the org** (${missing.length})`, '', ...shown, ...more, '']
}

/** Retrieve ids and components, for logs. */
export function describeFound(props: readonly FileProperties[]): string {
  return props.map((p) => `${p.type} ${p.fullName}`).join(', ')
}
