/** First pause after submitting, and after a status change. */
export const FIRST_POLL_MS = 1_000
export const AFTER_CHANGE_MS = 2_000
const GROWTH = 1.5
const JITTER = 0.1

/**
 * Next pause between light polls: 1 s, growing 1.5x up to the cap, back to 2 s once when the
 * status changes, with +-10 % jitter so parallel jobs do not poll in step.
 */
export function nextPollDelay(
  previousMs: number | undefined,
  statusChanged: boolean,
  maxMs: number,
  random: () => number
): number {
  const base =
    previousMs === undefined
      ? FIRST_POLL_MS
      : statusChanged
        ? AFTER_CHANGE_MS
        : Math.min(maxMs, previousMs * GROWTH)
  const jitter = 1 + (random() * 2 - 1) * JITTER
  return Math.round(Math.min(maxMs, base) * jitter)
}

/** Pause after a transient error: 1 s doubling to 30 s. */
export function transientRetryDelay(consecutiveErrors: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.max(0, consecutiveErrors - 1))
}
