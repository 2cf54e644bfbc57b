/**
 * CSV files of a push (RFC 4180, CRLF, UTF-8): one row per failed or refused org, and one row per
 * org considered with its eligibility decision. The org id column is `OrganizationId`, so either
 * file can be passed back as `orgs-file` to push again. Pure.
 */
import type { FailedOrgRow } from '../../push-upgrade/group-failures.ts'
import { orgKey15 } from '../../push-upgrade/normalize.ts'
import type { PackageVersion } from '../../push-upgrade/push-model.ts'
import type { Selection } from '../../push-upgrade/select-subscribers.ts'

/**
 * One CSV cell: quoted when needed; text that a spreadsheet would run as a formula is defused.
 * Ids and support numbers too: they come from the org, and a real one (00D…, digits) never
 * starts with a formula character, so defusing only ever changes a hostile value.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

function csv(header: string[], rows: string[][]): string {
  return [header, ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n'
}

/** Failed jobs and refused job records, one row per org. */
export function toFailuresCsv(rows: readonly FailedOrgRow[]): string {
  return csv(
    [
      'OrganizationId',
      'OrgName',
      'OrgType',
      'Instance',
      'InstalledVersion',
      'Outcome',
      'ErrorType',
      'ErrorTitle',
      'ErrorMessage',
      'SupportNumber',
      // Last, so scripts reading the earlier columns by position keep working.
      'ErrorDetails'
    ],
    rows.map((r) => [
      csvCell(r.orgKey),
      csvCell(r.orgName),
      csvCell(r.orgType),
      csvCell(r.instance),
      csvCell(r.installedVersion),
      r.outcome,
      csvCell(r.errorType),
      csvCell(r.errorTitle),
      csvCell(r.message),
      csvCell(r.supportNumber),
      csvCell(r.details)
    ])
  )
}

/** Every org considered: eligible ones first, then the ones left out with the reason. */
export function toSelectionCsv(selection: Selection, versions: readonly PackageVersion[]): string {
  const versionText = new Map(versions.map((v) => [orgKey15(v.id), v.numberText]))
  const row = (
    orgKey: string,
    s: Selection['eligible'][number] | undefined,
    decision: string,
    reason: string
  ): string[] => [
    csvCell(orgKey),
    csvCell(s?.orgName ?? ''),
    csvCell(s?.orgType ?? ''),
    csvCell(s?.orgStatus ?? ''),
    csvCell(s?.instanceName ?? ''),
    csvCell(s ? (versionText.get(orgKey15(s.versionId)) ?? s.versionId) : ''),
    decision,
    csvCell(reason)
  ]
  return csv(
    [
      'OrganizationId',
      'OrgName',
      'OrgType',
      'OrgStatus',
      'Instance',
      'InstalledVersion',
      'Decision',
      'Reason'
    ],
    [
      ...selection.eligible.map((s) => row(s.orgKey, s, 'Eligible', '')),
      ...selection.excluded.map((e) => row(e.orgKey, e.subscriber, 'Left out', e.reason))
    ]
  )
}
