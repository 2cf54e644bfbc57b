/**
 * Live statuses of push requests and jobs, derived from the clock (pure). A request set to Pending
 * starts at its scheduled time (or at once) plus a lag; jobs run in waves of `concurrency`, each
 * for `jobMs`; the request ends Failed when any job failed, else Succeeded. Job records may trail
 * the request by `jobStatusLagMs`.
 */
import type { PushScenario, SimJob, SimPushRequest } from './push-types.ts'

/** The times that drive a request, or undefined before it is Pending. */
export interface RequestTimes {
  start: number
  end: number
}

/** Start and end of the request once Pending. */
export function requestTimes(
  request: SimPushRequest,
  scenario: PushScenario
): RequestTimes | undefined {
  if (request.pendingAt === null) return undefined
  const start =
    Math.max(request.pendingAt, request.scheduledStartTime ?? request.pendingAt) +
    scenario.startLagMs
  const waves = Math.ceil(request.jobs.length / Math.max(1, scenario.concurrency))
  return { start, end: start + waves * scenario.jobMs }
}

/** When a job runs. */
export function jobTimes(job: SimJob, times: RequestTimes, scenario: PushScenario): RequestTimes {
  const start =
    times.start + Math.floor(job.index / Math.max(1, scenario.concurrency)) * scenario.jobMs
  return { start, end: start + scenario.jobMs }
}

/** The request status at `now`, in the request object's spelling. */
export function requestStatus(
  request: SimPushRequest,
  scenario: PushScenario,
  now: number
): string {
  if (request.canceledAt !== null) return 'Canceled'
  const times = requestTimes(request, scenario)
  if (!times) return 'Created'
  if (now < times.start) return 'Pending'
  if (now < times.end) return 'In Progress'
  return request.jobs.some((job) => job.script.outcome === 'Failed') ? 'Failed' : 'Succeeded'
}

/** The moment a job record reflects at `now`: `jobStatusLagMs` earlier than the request. */
export function jobRecordTime(scenario: PushScenario, now: number): number {
  return now - scenario.jobStatusLagMs
}

/**
 * The job status at `now`, in the job object's spelling (`Cancelled` by default; the request says
 * `Canceled`).
 */
export function jobStatus(
  job: SimJob,
  request: SimPushRequest,
  scenario: PushScenario,
  now: number
): string {
  const seen = jobRecordTime(scenario, now)
  if (request.canceledAt !== null && request.canceledAt <= seen) return scenario.jobCanceledSpelling
  const times = requestTimes(request, scenario)
  if (!times || (request.pendingAt ?? Infinity) > seen) return 'Created'
  const own = jobTimes(job, times, scenario)
  if (seen < own.start) return 'Pending'
  if (seen < own.end) return 'In Progress'
  return job.script.outcome
}

/**
 * The version an org has installed at `now`: the version of its latest push job that had
 * succeeded by then (the install is real when the job ends, whatever the job record shows
 * yet), else the version it started with. Salesforce updates PackageSubscriber the same way,
 * so a second push of the same version finds the org already on it.
 */
export function installedVersionId(
  key15: string,
  initial: string,
  requests: Iterable<SimPushRequest>,
  scenario: PushScenario,
  now: number
): string {
  let latest: { end: number; versionId: string } | undefined
  for (const request of requests) {
    const job = request.jobsByOrg15.get(key15)
    const times = requestTimes(request, scenario)
    if (!job || !times || request.canceledAt !== null || job.script.outcome !== 'Succeeded')
      continue
    const end = jobTimes(job, times, scenario).end
    if (end <= now && (!latest || end > latest.end)) latest = { end, versionId: request.versionId }
  }
  return latest?.versionId ?? initial
}
