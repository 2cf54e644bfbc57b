/**
 * Failed push jobs grouped the way CumulusCI's failure report does: by error type and
 * title, with a count, sample orgs and the first message; plus one flat row per failed org for
 * the capped table and the CSV. Pure.
 */
import { orgKey15 } from './normalize.ts'
import type { FailedJob, PackageVersion, PushError, RejectedOrg, Subscriber } from './push-model.ts'

/** One (ErrorType, ErrorTitle) group. */
export interface FailureGroup {
  type: string
  title: string
  count: number
  /** Up to SAMPLE_ORGS org names (or ids). */
  sampleOrgs: string[]
  firstMessage: string
  /** Distinct messages once org-specific ids and support numbers are masked. */
  variants: number
}

/** One failed or rejected org, flat, for the table and the CSV. */
export interface FailedOrgRow {
  orgKey: string
  orgName: string
  orgType: string
  instance: string
  installedVersion: string
  /** `Failed` (job failed) or `Rejected` (the job record was refused). */
  outcome: 'Failed' | 'Rejected'
  errorType: string
  errorTitle: string
  message: string
  /** e.g. `731858695-80805 (-151184096)`: what Salesforce support asks for. */
  supportNumber: string
  /** PackagePushError.ErrorDetails: e.g. the post-install script's stack trace ('' when none). */
  details: string
}

const SAMPLE_ORGS = 5
// Support error numbers in UnclassifiedError messages, e.g. "731858695-80805 (-151184096)".
const SUPPORT_NUMBER = /\d+-\d+ \(-?\d+\)/
const RECORD_ID = /\b[a-zA-Z0-9]{3}[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?\b/g

/** The error that explains a job: its first Error-severity error, else its first error. */
export function primaryError(job: FailedJob): PushError {
  const chosen = job.errors.find((e) => e.severity.toLowerCase() === 'error') ?? job.errors[0]
  return (
    chosen ?? {
      severity: 'Error',
      type: 'Unknown',
      title: 'No error details',
      message: 'The org recorded no PackagePushError for this job.',
      details: ''
    }
  )
}

/** The support error number in a message, or ''. */
export function supportNumberOf(message: string): string {
  return SUPPORT_NUMBER.exec(message)?.[0] ?? ''
}

/** A message with support numbers and record ids masked, so per-org messages compare equal. */
export function maskMessage(message: string): string {
  return message
    .replace(new RegExp(SUPPORT_NUMBER.source, 'g'), '<support number>')
    .replace(RECORD_ID, (id) => (/\d/.test(id) && /[a-zA-Z]/.test(id) ? '<id>' : id))
}

/** Groups failed jobs by (type, title), largest group first. */
export function groupFailures(
  jobs: readonly FailedJob[],
  subscribers: ReadonlyMap<string, Subscriber>
): FailureGroup[] {
  const groups = new Map<string, FailureGroup & { masked: Set<string> }>()
  for (const job of jobs) {
    const error = primaryError(job)
    const key = `${error.type}\u0000${error.title}`
    let group = groups.get(key)
    if (!group) {
      group = {
        type: error.type,
        title: error.title,
        count: 0,
        sampleOrgs: [],
        firstMessage: error.message,
        variants: 0,
        masked: new Set()
      }
      groups.set(key, group)
    }
    group.count++
    group.masked.add(maskMessage(error.message))
    if (group.sampleOrgs.length < SAMPLE_ORGS)
      group.sampleOrgs.push(subscribers.get(orgKey15(job.orgKey))?.orgName || job.orgKey)
  }
  return [...groups.values()]
    .map(({ masked, ...group }) => ({ ...group, variants: masked.size }))
    .sort(
      (a, b) => b.count - a.count || a.type.localeCompare(b.type) || a.title.localeCompare(b.title)
    )
}

/** Flat rows: failed jobs first, then orgs rejected at scheduling. */
export function failedOrgRows(
  jobs: readonly FailedJob[],
  rejected: readonly RejectedOrg[],
  subscribers: ReadonlyMap<string, Subscriber>,
  versions: readonly PackageVersion[]
): FailedOrgRow[] {
  const versionById = new Map(versions.map((v) => [orgKey15(v.id), v.numberText]))
  const base = (
    orgKey: string
  ): Omit<
    FailedOrgRow,
    'outcome' | 'errorType' | 'errorTitle' | 'message' | 'supportNumber' | 'details'
  > => {
    const s = subscribers.get(orgKey15(orgKey))
    return {
      orgKey,
      orgName: s?.orgName ?? '',
      orgType: s?.orgType ?? '',
      instance: s?.instanceName ?? '',
      installedVersion: versionById.get(orgKey15(s?.versionId ?? '')) ?? ''
    }
  }
  const failed = jobs.map((job): FailedOrgRow => {
    const error = primaryError(job)
    return {
      ...base(job.orgKey),
      outcome: 'Failed',
      errorType: error.type,
      errorTitle: error.title,
      message: error.message,
      supportNumber: supportNumberOf(error.message),
      details: error.details
    }
  })
  const refused = rejected.map((r): FailedOrgRow => ({
    ...base(r.orgKey),
    outcome: 'Rejected',
    errorType: r.statusCode,
    errorTitle: 'Job not created',
    message: r.message,
    supportNumber: supportNumberOf(r.message),
    details: ''
  }))
  return [...failed, ...refused]
}
