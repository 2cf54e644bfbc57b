/**
 * Polls one retrieve to its end with the deploy poll schedule (backoff with jitter), then
 * asks for the zip once (status polls use includeZip=false because the org hands the zip
 * out only once). Transient errors are retried within the error-streak budget.
 */
import { nextPollDelay } from '../deploy/poll-schedule.ts'
import { withRetries, type WaitOptions } from '../deploy/wait-for-deploy.ts'
import type { RetrieveApi, RetrieveResult } from '../metadata-api/retrieve-api.ts'
import type { Clock } from '../shared/clock.ts'
import { ActionError } from '../shared/errors.ts'
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
    const status = await withRetries(() => ports.api.checkRetrieveStatus(id, false), ports, options)
    changed = lastStatus !== '' && status.status !== lastStatus
    if (status.status !== lastStatus) ports.logger.info(`Retrieve ${id}: ${status.status}`)
    lastStatus = status.status
    if (!status.done) continue
    if (status.status !== 'Succeeded') return status
    return withRetries(() => ports.api.checkRetrieveStatus(id, true), ports, options)
  }
}
