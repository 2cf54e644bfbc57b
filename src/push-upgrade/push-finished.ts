/**
 * When a push is over (pure). The request and each of its jobs are separate records with their own
 * Status; the object reference has per-org results read from the jobs, polled "until the job is
 * done" (PackagePushJob, Checking the Status of a Push Job), and does not promise that the request
 * only ends after its jobs. The request can read Succeeded or Failed while jobs still read Pending
 * or In Progress, or before the job query lists every job, so neither status alone ends the push.
 */
import { isTerminal, orgKey15 } from './normalize.ts'
import {
  PUSH_STATUSES,
  type JobState,
  type RequestState,
  type StatusCounts,
  type UnfinishedOrg
} from './push-model.ts'

/** Jobs the count query returned. */
export function jobTotal(counts: StatusCounts): number {
  return PUSH_STATUSES.reduce((sum, s) => sum + counts[s], 0)
}

/** True when no job is still Created, Pending or In Progress. */
export function allJobsEnded(counts: StatusCounts): boolean {
  return counts.created + counts.pending + counts['in-progress'] === 0
}

/**
 * The push is finished when the request has a final status, every job counted has one, and the
 * count has caught up with the `scheduledJobs` jobs the org accepted.
 */
export function pushFinished(
  request: RequestState,
  counts: StatusCounts,
  scheduledJobs: number
): boolean {
  return isTerminal(request.status) && allJobsEnded(counts) && jobTotal(counts) >= scheduledJobs
}

/**
 * The scheduled orgs whose push had not ended: jobs without a final status, then scheduled orgs
 * the job query did not list (matched on 15 characters, as org keys come in either length).
 */
export function unfinishedOrgs(
  scheduledOrgs: readonly string[],
  jobs: readonly JobState[]
): UnfinishedOrg[] {
  const listed = new Set(jobs.map((j) => orgKey15(j.orgKey)))
  const running = jobs.flatMap((j): UnfinishedOrg[] =>
    j.status === 'created' || j.status === 'pending' || j.status === 'in-progress'
      ? [{ orgKey: j.orgKey, status: j.status }]
      : []
  )
  const missing = scheduledOrgs
    .filter((org) => !listed.has(orgKey15(org)))
    .map((orgKey): UnfinishedOrg => ({ orgKey, status: 'no-record' }))
  return [...running, ...missing]
}

/** Orgs not ended when the wait stopped: the list when it was read, else the jobs counted so. */
export function notEndedCount(
  counts: StatusCounts,
  unfinished: readonly UnfinishedOrg[] | undefined
): number {
  return unfinished?.length ?? counts.created + counts.pending + counts['in-progress']
}
