/**
 * The push-upgrade orchestrator (docs/push-upgrades.md, What happens): resolve the version, select
 * the subscribers, create the request and its jobs, start it, follow it, read the failures.
 * Failures of orgs are values in the outcome; only broken calls throw.
 */
import type { PushSettings } from './push-request.ts'
import type { Clock } from '../shared/clock.ts'
import { ActionError, describeError } from '../shared/errors.ts'
import { checkStartTime } from './plan.ts'
import { planPush, type PlanPorts } from './plan-push.ts'
import { unfinishedOrgs } from './push-finished.ts'
import type { Subscriber, UnfinishedOrg } from './push-model.ts'
import type { PushOutcome } from './push-outcome.ts'
import { withPushRetries } from './retry.ts'
import { scheduleJobs, type ScheduleResult } from './schedule-jobs.ts'
import { waitForPush } from './wait-for-push.ts'

/** What the orchestrator needs from outside. */
export interface PushPorts extends PlanPorts {
  clock: Clock
  /** Called as soon as the request exists: outputs, and state for the post step's abort. */
  onRequestId(id: string): void
}

/** Runs a push upgrade; `waitMs` 0 schedules it and returns. */
export async function pushUpgrade(
  settings: PushSettings,
  waitMs: number,
  ports: PushPorts
): Promise<PushOutcome> {
  checkStartTime(settings.startTime, ports.clock.now())
  const planned = await planPush(settings, ports)
  const stop = stopBeforeCreating(planned, settings)
  if (stop) return { ...planned, kind: stop }
  const { outcome: created, scheduledOrgs } = await createPush(planned, settings, ports)
  if (created.scheduledCount === 0) {
    await cancelRequest(created.requestId as string, 'the org refused every job', ports)
    return { ...created, kind: 'all-rejected' }
  }
  await startOrCancel(created.requestId as string, ports)
  return follow(created, scheduledOrgs, waitMs, ports)
}

/** The outcomes that end the run before anything is created. */
function stopBeforeCreating(
  planned: Omit<PushOutcome, 'kind'>,
  settings: PushSettings
): PushOutcome['kind'] | undefined {
  const eligible = planned.selection.eligible.length
  if (eligible > settings.maxOrgs) return 'cap-exceeded'
  if (settings.dryRun) return 'dry-run'
  if (eligible === 0) return 'nothing-eligible'
  return undefined
}

/** Creates the request (Created) and its jobs; also hands back the orgs that have a job. */
async function createPush(
  planned: Omit<PushOutcome, 'kind'>,
  settings: PushSettings,
  ports: PushPorts
): Promise<{ outcome: PushOutcome; scheduledOrgs: string[] }> {
  const requestId = await ports.api.createRequest(planned.target.id, settings.startTime)
  ports.onRequestId(requestId)
  ports.logger.info(
    `Created push request ${requestId} for ${planned.package.name} ${planned.target.numberText}.`
  )
  const scheduled = await scheduleOrCancel(requestId, planned.selection.eligible, ports)
  const resent = `Job batches sent again: ${scheduled.retriedBatches} (lock errors, or an unknown outcome after a server error).`
  const outcome: PushOutcome = {
    ...planned,
    kind: 'scheduled',
    requestId,
    scheduledCount: scheduled.scheduled.length,
    rejected: scheduled.rejected,
    notes: scheduled.retriedBatches > 0 ? [resent] : []
  }
  return { outcome, scheduledOrgs: scheduled.scheduled }
}

/** Schedules the jobs; on any error the request is canceled so a half-built push never starts. */
async function scheduleOrCancel(
  requestId: string,
  eligible: Subscriber[],
  ports: PushPorts
): Promise<ScheduleResult> {
  try {
    return await scheduleJobs(
      requestId,
      eligible.map((s) => s.orgKey),
      ports
    )
  } catch (error) {
    await cancelRequest(requestId, 'creating its jobs failed', ports)
    throw new ActionError(
      `Creating push jobs failed: ${describeError(error)} Push request ${requestId} was canceled.`
    )
  }
}

async function startOrCancel(requestId: string, ports: PushPorts): Promise<void> {
  try {
    await ports.api.setRequestStatus(requestId, 'Pending')
  } catch (error) {
    await cancelRequest(requestId, 'it could not be started', ports)
    throw new ActionError(
      `Starting push request ${requestId} failed: ${describeError(error)} It was canceled.`
    )
  }
  ports.logger.info(`Push request ${requestId} is Pending.`)
}

/** PATCH Canceled; a failure here is logged, since the caller is already reporting a problem. */
async function cancelRequest(requestId: string, why: string, ports: PushPorts): Promise<void> {
  try {
    await withPushRetries(
      'Canceling the push request',
      () => ports.api.setRequestStatus(requestId, 'Canceled'),
      ports
    )
    ports.logger.info(`Canceled push request ${requestId}: ${why}.`)
  } catch (error) {
    ports.logger.warning(
      `Could not cancel push request ${requestId} (${describeError(error)}); abort it in Setup > Push Upgrade History.`
    )
  }
}

/**
 * Waits (unless told not to, or the start is beyond the wait) and reads the failures; when the
 * wait ran out, also which orgs had not ended.
 */
async function follow(
  outcome: PushOutcome,
  scheduledOrgs: readonly string[],
  waitMs: number,
  ports: PushPorts
): Promise<PushOutcome> {
  const requestId = outcome.requestId as string
  const startsIn = outcome.startTime ? Date.parse(outcome.startTime) - ports.clock.now() : 0
  if (waitMs === 0) return outcome
  if (startsIn > waitMs)
    return {
      ...outcome,
      notes: [
        ...outcome.notes,
        `The push starts at ${outcome.startTime ?? ''}, after the wait ends; not waiting.`
      ]
    }
  const progress = await waitForPush(requestId, outcome.scheduledCount, waitMs, ports)
  const failedJobs =
    progress.counts.failed > 0
      ? await withPushRetries(
          'Reading failed jobs',
          () => ports.api.readFailedJobs(requestId),
          ports
        )
      : []
  const unfinished = progress.timedOut
    ? await readUnfinished(requestId, scheduledOrgs, ports)
    : undefined
  return {
    ...outcome,
    kind: progress.timedOut ? 'timed-out' : 'finished',
    request: progress.request,
    counts: progress.counts,
    failedJobs,
    ...(unfinished ? { unfinished } : {})
  }
}

/** The orgs still running, for the report; a failed read only loses the names, not the run. */
async function readUnfinished(
  requestId: string,
  scheduledOrgs: readonly string[],
  ports: PushPorts
): Promise<UnfinishedOrg[] | undefined> {
  try {
    const jobs = await withPushRetries(
      'Listing the jobs that have not ended',
      () => ports.api.readJobStates(requestId),
      ports
    )
    return unfinishedOrgs(scheduledOrgs, jobs)
  } catch (error) {
    ports.logger.warning(
      `Could not list the orgs whose push has not ended (${describeError(error)}); see Setup > Push Upgrade History.`
    )
    return undefined
  }
}
