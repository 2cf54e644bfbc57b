/**
 * Creates one PackagePushJob per org in batches of 200 (the sObject Collections limit). Per-record
 * refusals are recorded and the org dropped; records that failed only because of a lock or a
 * rolled-back batch are sent again; after a 5xx or timeout the batch outcome is unknown, so the
 * jobs that exist are re-queried and only the missing orgs are sent again (never a blind resend).
 */
import { transientRetryDelay } from '../deploy/poll-schedule.ts'
import { chunk } from '../shared/arrays.ts'
import type { Clock } from '../shared/clock.ts'
import { ActionError, TransientError } from '../shared/errors.ts'
import type { Logger } from '../shared/logger.ts'
import { orgKey15 } from './normalize.ts'
import { MAX_RECORDS_PER_COLLECTION, type PushApi } from './push-api.ts'
import type { RejectedOrg } from './push-model.ts'
import { withPushRetries } from './retry.ts'

/** A job for this org already exists in this request: it is scheduled. */
const ALREADY_SCHEDULED = 'DUPLICATE_VALUE'
/** Record errors that say nothing about the org: send the record again. */
const RETRYABLE_RECORD_CODES = new Set(['UNABLE_TO_LOCK_ROW', 'ALL_OR_NONE_OPERATION_ROLLED_BACK'])
/** Attempts per batch before giving up on the orgs still unscheduled. */
export const MAX_BATCH_ATTEMPTS = 5

/** Ports of job scheduling. */
export interface ScheduleJobsPorts {
  api: PushApi
  clock: Clock
  logger: Logger
}

/** Orgs with a job, and orgs refused. */
export interface ScheduleResult {
  scheduled: string[]
  rejected: RejectedOrg[]
  /** Batches that needed a re-query or a resend. */
  retriedBatches: number
}

/** Schedules every org; throws on anything but per-record refusals (the caller cancels the request). */
export async function scheduleJobs(
  requestId: string,
  orgKeys: readonly string[],
  ports: ScheduleJobsPorts
): Promise<ScheduleResult> {
  const result: ScheduleResult = { scheduled: [], rejected: [], retriedBatches: 0 }
  const batches = chunk(orgKeys, MAX_RECORDS_PER_COLLECTION)
  for (const [index, batch] of batches.entries()) {
    const retried = await scheduleBatch(requestId, batch, ports, result)
    if (retried) result.retriedBatches++
    if ((index + 1) % 10 === 0 || index === batches.length - 1) {
      ports.logger.info(
        `Push jobs: ${result.scheduled.length} scheduled, ${result.rejected.length} refused (${index + 1}/${batches.length} batches).`
      )
    }
  }
  return result
}

/** Schedules one batch; returns true when it needed more than one call. */
async function scheduleBatch(
  requestId: string,
  batch: readonly string[],
  ports: ScheduleJobsPorts,
  result: ScheduleResult
): Promise<boolean> {
  let pending = [...batch]
  let attempts = 0
  while (pending.length > 0) {
    attempts++
    if (attempts > MAX_BATCH_ATTEMPTS) {
      throw new ActionError(
        `Could not create push jobs for ${pending.length} orgs after ${MAX_BATCH_ATTEMPTS} attempts (e.g. ${pending.slice(0, 3).join(', ')}).`
      )
    }
    if (attempts > 1) await ports.clock.sleep(transientRetryDelay(attempts - 1))
    pending = await sendBatch(requestId, pending, ports, result)
  }
  return attempts > 1
}

/** One Collections call; returns the orgs to send again. */
async function sendBatch(
  requestId: string,
  orgs: string[],
  ports: ScheduleJobsPorts,
  result: ScheduleResult
): Promise<string[]> {
  let answers
  try {
    answers = await ports.api.createJobs(requestId, orgs)
  } catch (error) {
    if (!(error instanceof TransientError)) throw error
    ports.logger.warning(
      `Creating ${orgs.length} push jobs: ${error.message}; checking which jobs exist before sending again.`
    )
    const existing = new Set(
      (
        await withPushRetries(
          'Checking created jobs',
          () => ports.api.findJobOrgs(requestId, orgs),
          ports
        )
      ).map(orgKey15)
    )
    result.scheduled.push(...orgs.filter((o) => existing.has(orgKey15(o))))
    return orgs.filter((o) => !existing.has(orgKey15(o)))
  }
  const again: string[] = []
  answers.forEach((answer, i) => {
    const org = orgs[i] as string
    if (answer.ok || answer.code === ALREADY_SCHEDULED) result.scheduled.push(org)
    else if (RETRYABLE_RECORD_CODES.has(answer.code)) again.push(org)
    else result.rejected.push({ orgKey: org, statusCode: answer.code, message: answer.message })
  })
  return again
}
