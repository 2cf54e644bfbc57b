/**
 * Pause between ContainerAsyncRequest polls: 1 s for the first 10 s,
 * then 2 s, never above the cap (5 s, or poll-interval-max when smaller).
 */

const FAST_PHASE_MS = 10_000
const FAST_MS = 1_000
const SLOW_MS = 2_000
/** Editor tools poll every 0.5-3 s; beyond 5 s the fast path loses its point. */
export const COMPILE_POLL_CAP_MS = 5_000

/** The next pause, given the time since submit. Pure. */
export function compilePollDelay(elapsedMs: number, capMs: number): number {
  const base = elapsedMs < FAST_PHASE_MS ? FAST_MS : SLOW_MS
  return Math.min(base, capMs, COMPILE_POLL_CAP_MS)
}
