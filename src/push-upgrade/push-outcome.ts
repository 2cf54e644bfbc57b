/** What a push-upgrade run produced: the value the report, outputs and verdict are built from. */
import type { Selection } from './select-subscribers.ts'
import type {
  FailedJob,
  PackageInfo,
  PackageVersion,
  RejectedOrg,
  RequestState,
  StatusCounts,
  UnfinishedOrg
} from './push-model.ts'

/**
 * How the run ended: `cap-exceeded`, `dry-run` and `nothing-eligible` created nothing;
 * `all-rejected` canceled the request it created; `scheduled` did not wait (`wait: 0`, or a start
 * later than the wait); `timed-out` stopped waiting before the push finished; `finished` saw the
 * request and every job end.
 */
export type PushOutcomeKind =
  | 'cap-exceeded'
  | 'dry-run'
  | 'nothing-eligible'
  | 'all-rejected'
  | 'scheduled'
  | 'timed-out'
  | 'finished'

/** Everything the run learned. */
export interface PushOutcome {
  kind: PushOutcomeKind
  package: PackageInfo
  target: PackageVersion
  /** Every version of the package (installed version numbers in reports). */
  versions: PackageVersion[]
  selection: Selection
  maxOrgs: number
  requestId?: string
  /** ISO start time asked for; undefined = as soon as Pending. */
  startTime?: string
  /** Orgs a job exists for. */
  scheduledCount: number
  rejected: RejectedOrg[]
  /** The request as last read (after Pending). */
  request?: RequestState
  counts: StatusCounts
  failedJobs: FailedJob[]
  /** `timed-out` only: the scheduled orgs whose push had not ended (absent when unreadable). */
  unfinished?: UnfinishedOrg[]
  /** Notes for the summary (retries, quirks met). */
  notes: string[]
  apiVersion: string
}
