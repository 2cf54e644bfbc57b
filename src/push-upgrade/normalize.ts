/**
 * Wire → model for the push objects: the only place that knows their quirks
 * (`In Progress` with a space, `Canceled` vs `Cancelled`, 15 vs 18
 * character org ids, version numbers with missing parts, `statusCode` vs `errorCode`, aggregate
 * aliases, null child sub-queries).
 */
import type * as model from './push-model.ts'
import { emptyCounts, type PushStatus } from './push-model.ts'
import type * as wire from './push-wire.ts'
import { caseSafeId } from '../shared/salesforce-id.ts'

const STATUS_BY_KEY: Record<string, PushStatus> = {
  created: 'created',
  pending: 'pending',
  inprogress: 'in-progress',
  succeeded: 'succeeded',
  failed: 'failed',
  canceled: 'canceled',
  cancelled: 'canceled'
}

/** A status in any known spelling → the model status; undefined for an unknown word. */
export function normalizePushStatus(raw: string | null | undefined): PushStatus | undefined {
  return STATUS_BY_KEY[(raw ?? '').toLowerCase().replace(/[\s_-]+/g, '')]
}

/** The spelling shown to users and written to the org (`Canceled`, as the request docs use). */
export const STATUS_LABEL: Record<PushStatus, string> = {
  created: 'Created',
  pending: 'Pending',
  'in-progress': 'In Progress',
  succeeded: 'Succeeded',
  failed: 'Failed',
  canceled: 'Canceled'
}

/** Succeeded, Failed and Canceled end a job or request. */
export function isTerminal(status: PushStatus): boolean {
  return status === 'succeeded' || status === 'failed' || status === 'canceled'
}

const ORG_ID_15 = /^00D[A-Za-z0-9]{12}$/
// Case-insensitive, as 18-character ids are: the checksum restores the case.
const ORG_ID_18 = /^00D[A-Za-z0-9]{15}$/i

/** Why a text is not an org id: its shape, or an 18-character id whose checksum cannot be right. */
export type OrgIdProblem = 'shape' | 'checksum'

/**
 * A 15 or 18 character org id (`00D…`) as matching needs it: a 15-character id as given (it is
 * case-sensitive), an 18-character one in the case its checksum records, in any case it was
 * written in. Otherwise what is wrong with it.
 */
export function readOrgId(text: string): { id: string } | { problem: OrgIdProblem } {
  if (ORG_ID_15.test(text)) return { id: text }
  if (!ORG_ID_18.test(text)) return { problem: 'shape' }
  const id = caseSafeId(text)
  return id?.startsWith('00D') ? { id } : { problem: 'checksum' }
}

/** True for a 15 or 18 character org id (`00D…`) whose checksum, if any, fits. */
export function isOrgId(text: string): boolean {
  return 'id' in readOrgId(text)
}

/** The case-sensitive 15-character key orgs are matched on (users paste either length). */
export function orgKey15(id: string): string {
  return id.slice(0, 15)
}

/** `1.4.2` / `1.4.2.7` → tuple; undefined when it is not 2 to 4 dot-separated integers. */
export function parseVersionNumber(text: string): model.VersionTuple | undefined {
  if (!/^\d+(\.\d+){1,3}$/.test(text.trim())) return undefined
  const parts = text.trim().split('.').map(Number)
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 0]
}

/** Negative, zero or positive, comparing part by part. */
export function compareVersions(a: model.VersionTuple, b: model.VersionTuple): number {
  for (let i = 0; i < 4; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

/** True when `pattern` (a possibly shorter number) matches `version` on every part it gives. */
export function versionMatches(version: model.VersionTuple, patternText: string): boolean {
  const given = patternText.trim().split('.').map(Number)
  return given.every((part, i) => version[i] === part)
}

/** MetadataPackage row → model. */
export function toPackageInfo(row: wire.MetadataPackage): model.PackageInfo {
  return { id: row.Id, name: row.Name ?? row.Id, namespacePrefix: row.NamespacePrefix ?? null }
}

/**
 * MetadataPackageVersion row → model. Every upload has a build number (two betas of 1.3 are builds
 * 1 and 2, the release build 3); a first-generation (`Package`) version is shown without it, as
 * the org shows released versions (`1.3`, `1.3.1`).
 */
export function toPackageVersion(
  row: wire.MetadataPackageVersion,
  category?: string | null
): model.PackageVersion {
  const number: model.VersionTuple = [
    row.MajorVersion ?? 0,
    row.MinorVersion ?? 0,
    row.PatchVersion ?? 0,
    row.BuildNumber ?? 0
  ]
  // Shown as the org shows it: `1.2` (1GP, patch 0), `1.2.1`, `1.2.0.4` (2GP with build).
  const hasBuild =
    row.BuildNumber !== null && row.BuildNumber !== undefined && category !== 'Package'
  const shown = [row.MajorVersion ?? 0, row.MinorVersion ?? 0]
  if (hasBuild || (row.PatchVersion ?? 0) !== 0) shown.push(row.PatchVersion ?? 0)
  if (hasBuild) shown.push(row.BuildNumber ?? 0)
  return {
    id: row.Id,
    packageId: row.MetadataPackageId,
    name: row.Name ?? '',
    number,
    numberText: shown.join('.'),
    released: (row.ReleaseState ?? '').toLowerCase() === 'released',
    deprecated: row.IsDeprecated === true
  }
}

/** PackageSubscriber row → model. */
export function toSubscriber(row: wire.PackageSubscriber): model.Subscriber {
  return {
    orgKey: row.OrgKey,
    orgName: row.OrgName ?? '',
    orgType: row.OrgType ?? '',
    orgStatus: row.OrgStatus ?? '',
    installedStatus: row.InstalledStatus ?? '',
    instanceName: row.InstanceName ?? '',
    versionId: row.MetadataPackageVersionId ?? '',
    ...(row.HasRestrictionEnabled === true || row.CustomUpgradeType === 'BlockedBySubscriber'
      ? { blocksPushUpgrades: true }
      : {})
  }
}

/** Request record → model; undefined status words are kept raw and treated as not terminal. */
export function toRequestState(id: string, row: wire.PackagePushRequest): model.RequestState {
  return {
    id,
    status: normalizePushStatus(row.Status) ?? 'pending',
    rawStatus: row.Status,
    ...(row.ScheduledStartTime ? { scheduledStartTime: row.ScheduledStartTime } : {}),
    ...(row.StartTime ? { startTime: row.StartTime } : {}),
    ...(row.EndTime ? { endTime: row.EndTime } : {}),
    ...(typeof row.DurationSeconds === 'number' ? { durationSeconds: row.DurationSeconds } : {})
  }
}

/**
 * GROUP BY Status rows → counts; both spellings of canceled add up into one bucket. A status word
 * we do not know counts as in progress, so the wait never ends early on a new spelling.
 */
export function toStatusCounts(rows: readonly wire.StatusCountRow[]): {
  counts: model.StatusCounts
  unknown: string[]
} {
  const counts = emptyCounts()
  const unknown: string[] = []
  for (const row of rows) {
    const status = normalizePushStatus(row.Status)
    const n = Number(row.n ?? row.expr0 ?? 0)
    if (!status) unknown.push(row.Status)
    counts[status ?? 'in-progress'] += n
  }
  return { counts, unknown }
}

/** Job row → model; an unknown status word counts as in progress, as in `toStatusCounts`. */
export function toJobState(row: {
  SubscriberOrganizationKey: string
  Status: string
}): model.JobState {
  return {
    orgKey: row.SubscriberOrganizationKey,
    status: normalizePushStatus(row.Status) ?? 'in-progress'
  }
}

/** Failed job row → model; a null `PackagePushErrors` means the org gave no error rows. */
export function toFailedJob(row: wire.PackagePushJob): model.FailedJob {
  return {
    jobId: row.Id,
    orgKey: row.SubscriberOrganizationKey,
    errors: (row.PackagePushErrors?.records ?? []).map((e) => ({
      severity: e.ErrorSeverity ?? '',
      type: e.ErrorType ?? '',
      title: e.ErrorTitle ?? '',
      message: e.ErrorMessage ?? '',
      details: e.ErrorDetails ?? ''
    }))
  }
}

/** The code and message of the first error of a per-record result (`statusCode` or `errorCode`). */
export function recordErrorOf(result: wire.SaveResult): { code: string; message: string } {
  const first = result.errors?.[0]
  return {
    code: first?.statusCode ?? first?.errorCode ?? 'UNKNOWN_ERROR',
    message: first?.message ?? 'no message'
  }
}

// OrgKey is a text field, and whether the org stores 15 or 18 characters is not verified,
// so lookups send both forms.
export { to18 } from '../shared/salesforce-id.ts'
