/**
 * Polls one retrieve to its end with the deploy poll schedule (§9.2 backoff with jitter), then
 * asks for the zip once (§14.6: status polls use includeZip=false because the org hands the zip
 * out only once). Transient errors are retried within the error-streak budget.
 */
import { nextPollDelay, transientRetryDelay } from '../deploy/poll-schedule.ts'
import type { WaitOptions } from '../deploy/wait-for-deploy.ts'
import type { RetrieveApi, RetrieveResult } from '../metadata-api/retrieve-api.ts'
import type { Clock } from '../shared/clock.ts'
import { ActionError, TransientError } from '../shared/errors.ts'
import type { Logger } from '../shared/logger.ts'

/** What polling a retrieve needs. */
export interface RetrievePollPorts {
  api: RetrieveApi
  clock: Clock
  logger: Logger
}

/** Polls until the retrieve is done and returns the final result (with the zip when it succeeded). */
export async function waitForRetrieve(
  id: string,
  ports: RetrievePollPorts,
  options: WaitOptions
): Promise<RetrieveResult> {
  const deadline = ports.clock.now() + options.waitMs
  let delay: number | undefined
  let lastStatus = ''
  let changed = false
  for (;;) {
    const remaining = deadline - ports.clock.now()
    if (remaining <= 0) {
      throw new ActionError(
        `Retrieve ${id} did not finish within ${Math.round(options.waitMs / 60_000)} minutes (the wait input); it was left running in the org.`
      )
    }
    delay = nextPollDelay(delay, changed, options.maxIntervalMs, options.random)
    await ports.clock.sleep(Math.min(delay, remaining))
    const status = await retrying(() => ports.api.checkRetrieveStatus(id, false), ports, options)
    changed = lastStatus !== '' && status.status !== lastStatus
    if (status.status !== lastStatus) ports.logger.info(`Retrieve ${id}: ${status.status}`)
    lastStatus = status.status
    if (!status.done) continue
    if (status.status !== 'Succeeded') return status
    return retrying(() => ports.api.checkRetrieveStatus(id, true), ports, options)
  }
}

/** Repeats an idempotent call on transient errors for at most the error-streak budget. */
export async function retrying<T>(
  call: () => Promise<T>,
  ports: { clock: Clock; logger: Logger },
  options: WaitOptions
): Promise<T> {
  const started = ports.clock.now()
  for (let attempt = 1; ; attempt++) {
    try {
      return await call()
    } catch (error) {
      if (!(error instanceof TransientError)) throw error
      if (ports.clock.now() - started >= options.maxErrorStreakMs) {
        throw new ActionError(
          `The org kept failing for ${Math.round(options.maxErrorStreakMs / 60_000)} minutes (${error.message}); giving up the retrieve.`
        )
      }
      if (attempt === 1) ports.logger.warning(`${error.message}; retrying`)
      await ports.clock.sleep(transientRetryDelay(attempt))
    }
  }
}
