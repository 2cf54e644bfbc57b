/**
 * Keeps V8's young generation small while a package is built.
 *
 * A build keeps much of what it allocates (compressed files, source map, members) until it ends,
 * so scavenges find many survivors, and V8 answers a high survival rate by enlarging the new
 * space up to its limit: 128 MiB on Node 24 on a machine with gigabytes of memory, all of it
 * touched and so resident. Survivors are promoted to the old generation after two scavenges
 * anyway; a larger new space only delays that. Held at 8 MiB, a 40,000-file build peaks at
 * ~185 MiB instead of ~310 MiB, and a 6,500-file one at ~106 MiB instead of ~135 MiB; scavenges
 * take ~40 ms of that build instead of ~28 ms (at 2 MiB, ~62 ms).
 *
 * An action cannot pass V8 flags on its command line, and `--max-semi-space-size` set at run time
 * has no effect once the heap exists; `--semi-space-growth-factor` is read whenever the new space
 * would grow, so setting it to 1 stops the doubling, and setting it back to 2 lets it double
 * again until a look at the heap finds it at the cap. The default (2) is put back when the last
 * build in progress ends. A process started with semi-space flags of its own on its command line is
 * left alone.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8'

/**
 * New-space size (both semi-spaces) a build may grow to while converting: four times fewer
 * collections than at the 2 MiB where a hold starts, for no more peak memory.
 */
export const YOUNG_GENERATION_CAP = 8 * 2 ** 20

/** V8's default, put back when no build is in progress. */
const DEFAULT_GROWTH = 2

let inProgress = 0

/** Whether the process was started with semi-space flags of its own (on its command line). */
const tunedByUser = (): boolean => process.execArgv.some((a) => /semi[-_]space/.test(a))

/** One build's hold: `growTo` once the build's set-up is done, `check()` as it goes. */
export interface YoungGenerationHold {
  /** Lets the new space grow again until it is `cap` bytes (checked by `check()`). */
  growTo(cap: number): void
  /** A look at the heap every few calls: stops the growth once the cap is reached. */
  check(): void
  release(): void
}

/** Calls to `check()` between two looks at the heap (a look costs a few microseconds). */
const CHECK_EVERY = 16

const newSpaceSize = (): number =>
  getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0

const NO_HOLD: YoungGenerationHold = {
  growTo: () => undefined,
  check: () => undefined,
  release: () => undefined
}

/** Stops the young generation's growth until `release()` (once per hold). */
export function holdYoungGeneration(): YoungGenerationHold {
  if (tunedByUser()) return NO_HOLD
  if (inProgress++ === 0) setFlagsFromString('--semi-space-growth-factor=1')
  let released = false
  let cap = 0
  let calls = 0
  const stop = (): void => {
    cap = 0
    setFlagsFromString('--semi-space-growth-factor=1')
  }
  return {
    growTo: (bytes) => {
      if (released || newSpaceSize() >= bytes) return
      cap = bytes
      setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_GROWTH}`)
    },
    check: () => {
      if (cap > 0 && ++calls % CHECK_EVERY === 0 && newSpaceSize() >= cap) stop()
    },
    release: () => {
      if (released) return
      released = true
      if (cap > 0) stop()
      if (--inProgress === 0) setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_GROWTH}`)
    }
  }
}

/** Builds in progress that hold the young generation (for tests). */
export const youngGenerationHolds = (): number => inProgress
