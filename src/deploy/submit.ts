import type { Clock } from '../shared/clock.ts'
import { ActionError, TransientError } from '../shared/errors.ts'
import type { Logger } from '../shared/logger.ts'
import { transientRetryDelay } from './poll-schedule.ts'

const MAX_SUBMIT_ATTEMPTS = 4

/**
 * Sends a non-idempotent request (deploy, quick deploy). It is repeated only when a repeat cannot
 * create a second deploy: the request never left, or the org answered with a retryable fault.
 * After an ambiguous failure (a reset or timeout after sending) it stops and says how to check.
 */
export async function submitOnce<T>(
  what: string,
  call: () => Promise<T>,
  ports: { clock: Clock; logger: Logger }
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call()
    } catch (error) {
      if (!(error instanceof TransientError)) throw error
      if (!error.safeToRepeat) {
        throw new ActionError(
          `${what} may or may not have reached the org (${error.message}). Check Setup > Deployment Status before running again, so the deploy is not started twice.`
        )
      }
      if (attempt >= MAX_SUBMIT_ATTEMPTS) {
        const hint =
          error.code === 'REQUEST_LIMIT_EXCEEDED'
            ? ' The org has used up its API request limit; run again later.'
            : ' Run again later.'
        throw new ActionError(`${what} failed ${attempt} times: ${error.message}.${hint}`)
      }
      ports.logger.warning(`${what}: ${error.message}; trying again`)
      await ports.clock.sleep(transientRetryDelay(attempt + 1))
    }
  }
}
