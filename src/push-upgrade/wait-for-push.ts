/**
 * Follows a push request until it is finished (`push-finished.ts`: the request and every scheduled
 * job have a final status) or the wait is over. Each poll costs two calls whatever the number of
 * orgs: one record read of the request and one GROUP BY Status count.
 */
import type { Clock } from '../shared/clock.ts'
import type { Logger } from '../shared/logger.ts'
import { STATUS_LABEL } from './normalize.ts'
import type { PushApi } from './push-api.ts'
import { jobTotal, pushFinished } from './push-finished.ts'
import { PUSH_STATUSES, type RequestState, type StatusCounts } from './push-model.ts'
import { withPushRetries } from './retry.ts'

/** CumulusCI's schedule: every 10 s for the first ~2 minutes, then every 60 s. */
export const FAST_POLL_MS = 10_000
export const FAST_POLLS = 12
export const SLOW_POLL_MS = 60_000
/** A progress line at least this often even when nothing changed. */
const HEARTBEAT_MS = 10 * 60_000

/** Ports of the wait. */
export interface WaitForPushPorts {
  api: PushApi
  clock: Clock
  logger: Logger
}

/** Where the wait ended. */
export interface PushProgress {
  request: RequestState
  counts: StatusCounts
  timedOut: boolean
  polls: number
}

/** Pause before poll number `poll` (1-based). */
export function pollDelay(poll: number): number {
  return poll <= FAST_POLLS ? FAST_POLL_MS : SLOW_POLL_MS
}

/**
 * Polls until the request and all `scheduledJobs` jobs have a final status, or until `waitMs` has
 * passed.
 */
export async function waitForPush(
  requestId: string,
  scheduledJobs: number,
  waitMs: number,
  ports: WaitForPushPorts
): Promise<PushProgress> {
  const deadline = ports.clock.now() + waitMs
  let lastLine = ''
  let lastLineAt = -Infinity
  for (let poll = 1; ; poll++) {
    await ports.clock.sleep(Math.max(0, Math.min(pollDelay(poll), deadline - ports.clock.now())))
    const request = await withPushRetries(
      'Reading the push request',
      () => ports.api.readRequest(requestId),
      ports
    )
    const counts = await withPushRetries(
      'Counting push jobs',
      () => ports.api.countJobs(requestId),
      ports
    )
    const line = progressLine(request, counts)
    if (line !== lastLine || ports.clock.now() - lastLineAt >= HEARTBEAT_MS) {
      ports.logger.info(line)
      lastLine = line
      lastLineAt = ports.clock.now()
    }
    if (pushFinished(request, counts, scheduledJobs))
      return { request, counts, timedOut: false, polls: poll }
    if (ports.clock.now() >= deadline) return { request, counts, timedOut: true, polls: poll }
  }
}

/** `Push 0DV…: In Progress · 120/400 ended · Succeeded 110 · Failed 10 · In Progress 280`. */
export function progressLine(request: RequestState, counts: StatusCounts): string {
  const total = jobTotal(counts)
  const ended = counts.succeeded + counts.failed + counts.canceled
  const parts = PUSH_STATUSES.filter((s) => counts[s] > 0).map(
    (s) => `${STATUS_LABEL[s]} ${counts[s]}`
  )
  return `Push ${request.id}: ${STATUS_LABEL[request.status]} · ${ended}/${total} ended · ${parts.join(' · ') || 'no jobs'}`
}
