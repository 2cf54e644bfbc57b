/**
 * Picks the validation records a quick deploy may use: among the records found for this package,
 * those uploaded by a run this repository trusts (its own, not a fork's, of an allowed event,
 * branch and workflow file, consistent with what the record says of itself) that are for the same
 * content, the same org, successful and still young enough, newest first. Every other record gets
 * the reason it was passed over, for the summary. The org still has to confirm the chosen one
 * (verify-validation.ts): a record is a pointer, not a proof.
 */
import { QUICK_DEPLOY_WINDOW_MS } from '../deploy/quick-deploy-eligibility.ts'
import { globToRegExp } from '../source/glob.ts'
import type { ValidationRecord } from './record.ts'
import { sameOrg } from './org-id.ts'

/**
 * Records are not used in their last hour: the quick deploy may wait in the org's queue before it
 * starts, and the runner's clock may differ from the org's.
 */
export const EXPIRY_SAFETY_MARGIN_MS = 60 * 60 * 1000

/** Where a record came from. */
export interface RecordSource {
  artifactId: number
  artifactName: string
  /** Workflow run that uploaded it. */
  runId?: number
  /** Uploaded by a run for a fork (pull requests from forks can upload artifacts with any name). */
  fromFork: boolean
  /** GitHub has deleted the artifact's contents (retention passed). */
  expired: boolean
  /** The run that uploaded it, as GitHub tells it. */
  run?: UploadingRun
  /** Why the uploading run could not be read. */
  runProblem?: string
}

/** The workflow run that uploaded a record, as GitHub tells it (not as the record says). */
export interface UploadingRun {
  /** push, pull_request, workflow_dispatch, ... */
  event: string
  /** The run's branch (a pull request's head branch). */
  branch: string
  /** Workflow file, e.g. `.github/workflows/validate.yml`. */
  workflow: string
  headSha: string
  /** owner/name of the repository the run belongs to, and of the one its commit came from. */
  repository: string
  headRepository: string
}

/** Which runs' records are trusted (inputs validation-record-events, -branches, -workflows). */
export interface RecordTrust {
  events: string[]
  /** Globs over branch names (`**` any, `release/*`). */
  branches: string[]
  /** Globs over workflow file paths (`.github/workflows/validate.yml`). */
  workflows: string[]
}

/** The default: records of push and pull_request runs of this repository, any branch, any workflow. */
export const DEFAULT_RECORD_TRUST: RecordTrust = {
  events: ['push', 'pull_request'],
  branches: ['**'],
  workflows: ['**']
}

/** A record found for the package: parsed, or the reason it could not be read. */
export interface FoundRecord {
  source: RecordSource
  record?: ValidationRecord
  problem?: string
}

/** What the quick deploy is for. */
export interface RecordTarget {
  contentHash: string
  orgId: string
  nowMs: number
  /** owner/name of this repository: only its own runs' records are trusted. */
  repository: string
  trust: RecordTrust
}

/** A record that can be used, and where it came from. */
export interface Candidate {
  source: RecordSource
  record: ValidationRecord
}

/** The record chosen (if any), the others usable after it, and why each other one was not. */
export interface RecordSelection {
  chosen?: Candidate
  /** Usable records older than the chosen one, newest first: tried when the org disowns the chosen. */
  alternatives: Candidate[]
  passedOver: PassedOver[]
}

/** A record not used, and why. */
export interface PassedOver {
  source: RecordSource
  reason: string
  record?: ValidationRecord
  /**
   * The record came from a trusted run and was refused for what it says (too old, another org,
   * failed), so its test level may guide a fallback deploy. Untrusted records guide nothing.
   */
  trusted?: boolean
}

/** Last moment a record is used: 10 days after the validation, minus the safety margin. */
export function usableUntil(record: ValidationRecord): number {
  return Date.parse(record.validatedAt) + QUICK_DEPLOY_WINDOW_MS - EXPIRY_SAFETY_MARGIN_MS
}

/** Chooses the newest usable record for the target. */
export function selectRecord(found: FoundRecord[], target: RecordTarget): RecordSelection {
  const passedOver: RecordSelection['passedOver'] = []
  const usable: { source: RecordSource; record: ValidationRecord }[] = []
  for (const item of found) {
    const untrusted = trustRejection(item, target)
    const refused = untrusted ?? (item.record ? contentRejection(item.record, target) : undefined)
    if (refused !== undefined || !item.record) {
      passedOver.push({
        source: item.source,
        reason: refused ?? 'no record',
        ...(item.record ? { record: item.record } : {}),
        ...(untrusted === undefined ? { trusted: true } : {})
      })
    } else usable.push({ source: item.source, record: item.record })
  }
  usable.sort((a, b) => newer(b, a))
  const [chosen, ...alternatives] = usable
  return { ...(chosen ? { chosen } : {}), alternatives, passedOver }
}

/** The passed-over entry of a usable record that lost to a newer one (for the notes). */
export function olderThan(older: Candidate, chosen: Candidate): PassedOver {
  return {
    source: older.source,
    record: older.record,
    reason: `validation ${older.record.validationId} is older than ${chosen.record.validationId}, which was chosen`,
    trusted: true
  }
}

/** Why the record's artifact or the run that uploaded it is not trusted, if it is not. */
function trustRejection(item: FoundRecord, target: RecordTarget): string | undefined {
  if (item.source.expired) return 'the artifact has expired (its retention period passed)'
  if (item.source.fromFork)
    return 'it was uploaded by a workflow run for a fork, which is not trusted'
  if (item.problem !== undefined) return item.problem
  return item.record
    ? runRejection(item.source, item.record, target)
    : 'the artifact holds no record'
}

/** Why a trusted record cannot be used for this quick deploy, if it cannot. */
function contentRejection(record: ValidationRecord, target: RecordTarget): string | undefined {
  if (record.contentHash !== target.contentHash) {
    return `it is for other package contents (${record.contentHash.slice(0, 12)}…, this package is ${target.contentHash.slice(0, 12)}…)`
  }
  if (!sameOrg(record.orgId, target.orgId))
    return `validation ${record.validationId} ran in another org (${record.orgId}, this org is ${target.orgId})`
  if (record.status !== 'Succeeded')
    return `validation ${record.validationId} did not succeed (status ${record.status})`
  const until = usableUntil(record)
  if (target.nowMs >= until) {
    const expires = new Date(Date.parse(record.validatedAt) + QUICK_DEPLOY_WINDOW_MS).toISOString()
    return (
      `validation ${record.validationId} is too old: it completed ${record.validatedAt} and can be quick-deployed until ${expires}; ` +
      `records are not used in the last ${EXPIRY_SAFETY_MARGIN_MS / 60_000} minutes`
    )
  }
  return undefined
}

/** Why the run that uploaded the record is not one whose records are trusted, if it is not. */
function runRejection(
  source: RecordSource,
  record: ValidationRecord,
  target: RecordTarget
): string | undefined {
  const run = source.run
  if (!run) return source.runProblem ?? 'its workflow run is not known'
  if (run.repository !== target.repository || run.headRepository !== target.repository) {
    return `it was uploaded by a run of ${run.headRepository || run.repository || 'another repository'}, not of ${target.repository}`
  }
  const { events, branches, workflows } = target.trust
  if (!events.includes(run.event))
    return `it was uploaded by a ${run.event} run; validation-record-events allows ${events.join(', ')}`
  if (!branches.some((glob) => globToRegExp(glob).test(run.branch)))
    return `it was uploaded by a run on branch ${run.branch || '(none)'}; validation-record-branches allows ${branches.join(', ')}`
  if (!workflows.some((glob) => globToRegExp(glob).test(run.workflow)))
    return `it was uploaded by workflow ${run.workflow || '(unknown)'}; validation-record-workflows allows ${workflows.join(', ')}`
  // A record copied from another run, or claiming another commit, is not what its run made.
  if (record.run && record.run.id !== String(source.runId))
    return `the record names run ${record.run.id}, but run ${source.runId ?? '?'} uploaded it`
  if (record.commitSha !== '' && run.headSha !== '' && record.commitSha !== run.headSha)
    return `the record names commit ${record.commitSha.slice(0, 12)}, but its run built ${run.headSha.slice(0, 12)}`
  return undefined
}

function newer(
  a: { source: RecordSource; record: ValidationRecord },
  b: { source: RecordSource; record: ValidationRecord }
): number {
  const byTime = Date.parse(a.record.validatedAt) - Date.parse(b.record.validatedAt)
  return byTime !== 0 ? byTime : a.source.artifactId - b.source.artifactId
}
