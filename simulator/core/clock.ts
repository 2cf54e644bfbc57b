/**
 * The simulator's clock. Virtual: time moves only when `advance(ms)` is called, so a test (or the
 * action's injected Clock port) decides how fast deploys progress. Real: wall time multiplied by
 * `timeScale`, for standalone use and demos.
 */

/** Called after the clock moved, so the state machines can catch up. */
export type ClockListener = (now: number) => void

/** Public clock interface of the simulator. */
export interface SimClock {
  /** Current simulated time, epoch milliseconds. */
  now(): number
  /** Moves simulated time forward by `ms` and runs the state machines up to the new time. */
  advance(ms: number): Promise<void>
}

/** Clock with a listener hook used by the simulator core. */
export interface DrivenClock extends SimClock {
  onAdvance(listener: ClockListener): void
  readonly kind: 'virtual' | 'real'
}

/** A clock that moves only when told to. */
export function createVirtualClock(start: number): DrivenClock {
  let current = start
  const listeners: ClockListener[] = []
  return {
    kind: 'virtual',
    now: () => current,
    advance: async (ms: number) => {
      if (!Number.isFinite(ms) || ms < 0) {
        throw new Error(`clock.advance(ms): expected a finite number >= 0, got ${String(ms)}`)
      }
      current += ms
      for (const listener of listeners) listener(current)
      // Let pending I/O callbacks (e.g. in-flight HTTP responses) run between steps.
      await new Promise<void>((resolve) => setImmediate(resolve))
    },
    onAdvance: (listener) => listeners.push(listener)
  }
}

/** A clock that follows wall time, `timeScale` times faster. */
export function createRealClock(start: number, timeScale: number): DrivenClock {
  if (!(timeScale > 0))
    throw new Error(`timeScale: expected a number > 0, got ${String(timeScale)}`)
  const wallStart = Date.now()
  const listeners: ClockListener[] = []
  const now = (): number => start + Math.round((Date.now() - wallStart) * timeScale)
  return {
    kind: 'real',
    now,
    advance: async (ms: number) => {
      await new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms / timeScale)))
      for (const listener of listeners) listener(now())
    },
    onAdvance: (listener) => listeners.push(listener)
  }
}

/** Deterministic 32-bit FNV-1a hash, used to derive stable durations from names. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/** `2020-10-28T13:33:29.000Z`: SOAP dateTime, truncated to whole seconds like the org does. */
export function soapDate(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString()
}

/** `2021-05-10T04:33:14.000+0000`: REST dateTime. */
export function restDate(ms: number): string {
  return soapDate(ms).replace('Z', '+0000')
}
