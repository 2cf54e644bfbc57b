/**
 * What a compile run ended with: the route taken, each container attempt, the final request
 * status or the fallback deploy, and timings. Reports and the verdict are built from it.
 */
import type { Outcome } from '../deploy/deploy-package.ts'
import type { ClassifiedFile, CompileState, OrgFacts, RequestStatus } from './compile-model.ts'

/** Why an attempt stopped when the job was cancelled; the outcome and its verdict look for it. */
export const JOB_CANCELLED = 'the job was cancelled'

/** One MetadataContainer lifecycle. */
export interface AttemptRecord {
  containerName: string
  containerId?: string
  requestId?: string
  /** Last state read; undefined when no request was submitted. */
  state?: CompileState
  errorMsg?: string
  /** Submit → first state other than Queued (the org reports no separate compiling state). */
  queueMs?: number
  /** Why the attempt stopped early: a timeout, a job cancellation, a failed member create. */
  stoppedBecause?: string
  /** The container was deleted (true), or the reason deleting it failed. */
  cleanup: true | string
}

/** The API that answered. `none`: nothing compiled (refused, or fallback: fail). */
export type CompileMethod = 'tooling' | 'metadata-api' | 'none'

/** The end of a compile run. */
export interface CompileOutcome {
  checkOnly: boolean
  org?: OrgFacts
  method: CompileMethod
  files: ClassifiedFile[]
  attempts: AttemptRecord[]
  /** The final Tooling API status (method tooling). */
  final?: RequestStatus
  /** Why the Metadata API was (or, with fallback: fail, would have been) used. */
  fallbackReasons: string[]
  /** Why nothing was compiled (production save, or compile-fallback: fail). */
  refused?: string
  /** The Metadata API deploy that replaced the container compile. */
  deploy?: Outcome
  timedOut: boolean
  /** The job's cancel stopped the run (before, during or after an attempt, or before a fallback). */
  cancelled: boolean
  /** Start of the run to its end, including any fallback deploy. */
  totalMs: number
}

/** Time in the queue of the last attempt that reached a final state. */
export function queueMsOf(outcome: CompileOutcome): number | undefined {
  return outcome.attempts.findLast((a) => a.queueMs !== undefined)?.queueMs
}

/** The last ContainerAsyncRequest id. */
export function requestIdOf(outcome: CompileOutcome): string | undefined {
  return outcome.attempts.findLast((a) => a.requestId !== undefined)?.requestId
}
