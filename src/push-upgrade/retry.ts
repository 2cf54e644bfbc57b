/** Retrying idempotent push calls on transient errors within the push's time budget. */
import { withRetries } from '../deploy/wait-for-deploy.ts'
import type { Clock } from '../shared/clock.ts'
import type { Logger } from '../shared/logger.ts'

/** How long transient errors may go on before a call gives up (a budget for consecutive errors). */
export const ERROR_STREAK_BUDGET_MS = 5 * 60_000

/** Runs `call`, retrying TransientErrors with backoff until the budget is spent. Only for reads and idempotent writes. */
export function withPushRetries<T>(
  what: string,
  call: () => Promise<T>,
  ports: { clock: Clock; logger: Logger }
): Promise<T> {
  return withRetries(call, ports, { maxErrorStreakMs: ERROR_STREAK_BUDGET_MS }, what)
}
