/** Retrying idempotent push calls on transient errors within a time budget. */
import { transientRetryDelay } from '../deploy/poll-schedule.ts'
import type { Clock } from '../shared/clock.ts'
import { ActionError, TransientError } from '../shared/errors.ts'
import type { Logger } from '../shared/logger.ts'

/** How long transient errors may go on before a call gives up (A.8: a consecutive-error budget). */
export const ERROR_STREAK_BUDGET_MS = 5 * 60_000

/** Runs `call`, retrying TransientErrors with backoff until the budget is spent. Only for reads and idempotent writes. */
export async function withPushRetries<T>(
  what: string,
  call: () => Promise<T>,
  ports: { clock: Clock; logger: Logger }
): Promise<T> {
  const started = ports.clock.now()
  for (let attempt = 1; ; attempt++) {
    try {
      return await call()
    } catch (error) {
      if (!(error instanceof TransientError)) throw error
      if (ports.clock.now() - started >= ERROR_STREAK_BUDGET_MS) {
        throw new ActionError(
          `${what}: the org kept failing for ${Math.round(ERROR_STREAK_BUDGET_MS / 60_000)} minutes (${error.message}).`
        )
      }
      if (attempt === 1) ports.logger.warning(`${what}: ${error.message}; retrying`)
      await ports.clock.sleep(transientRetryDelay(attempt))
    }
  }
}
