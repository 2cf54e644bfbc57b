/**
 * Keeps V8's young generation from growing while a package is built.
 *
 * A build keeps much of what it allocates (compressed files, source map, members) until it ends,
 * so scavenges find many survivors, and V8 answers a high survival rate by enlarging the new
 * space up to its limit: 128 MiB on Node 24 on a machine with gigabytes of memory, all of it
 * touched and so resident. Survivors are promoted to the old generation after two scavenges
 * anyway; a larger new space only delays that. Without the growth a 40,000-file build peaks at
 * ~210 MiB instead of ~310 MiB, and a 6,500-file one at ~114 MiB instead of ~137 MiB, for a few
 * percent more time in scavenges.
 *
 * An action cannot pass V8 flags on its command line, and `--max-semi-space-size` set at run time
 * has no effect once the heap exists; `--semi-space-growth-factor` is read whenever the new space
 * would grow, so setting it to 1 stops the doubling. The default (2) is put back when the last
 * build in progress ends. A process started with semi-space flags of its own on its command line is
 * left alone.
 */
import { setFlagsFromString } from 'node:v8'

/** V8's default, put back when no build is in progress. */
const DEFAULT_GROWTH = 2

let inProgress = 0

/** Whether the process was started with semi-space flags of its own (on its command line). */
const tunedByUser = (): boolean => process.execArgv.some((a) => /semi[-_]space/.test(a))

/** Stops the young generation's growth until the returned function is called (once per hold). */
export function holdYoungGeneration(): () => void {
  if (tunedByUser()) return () => undefined
  if (inProgress++ === 0) setFlagsFromString('--semi-space-growth-factor=1')
  let released = false
  return () => {
    if (released) return
    released = true
    if (--inProgress === 0) setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_GROWTH}`)
  }
}

/** Builds in progress that hold the young generation (for tests). */
export const youngGenerationHolds = (): number => inProgress
