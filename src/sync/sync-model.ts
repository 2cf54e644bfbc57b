/** Sync mode's vocabulary: what happened to each component, and the run's end. */
import type { Outcome } from '../deploy/deploy-package.ts'
import type { ClassifiedFile, CompileMessage } from '../tooling/compile-model.ts'
import type { PlannedComponent } from './sync-plan.ts'

/** What the path did with a component. */
export type ComponentState =
  | 'created'
  | 'changed'
  | 'unchanged'
  | 'renamed'
  | 'deleted'
  | 'saved'
  | 'deployed'
  | 'failed'
  /** Not sent: an earlier step failed, and CRUD calls are not transactional. */
  | 'not applied'
  /** Sent in a deploy the org was still running at the wait limit: it may yet be applied. */
  | 'deploying'

/** One component's end. */
export interface ComponentResult extends PlannedComponent {
  state: ComponentState
  /** The call or API that applied it (`upsertMetadata`, `Tooling API`, `deploy 0Af…`). */
  via: string
  /** Errors, or what changed (the elements that differ from the org's version). */
  detail?: string
  /** Unified diff from the org's version (readMetadata) to the one sent, for changed components. */
  diff?: string[]
}

/** A failed Tooling API save's problems and the files sent, to place them on their lines. */
export interface CompileProblems {
  failures: CompileMessage[]
  files: ClassifiedFile[]
}

/** The end of a sync run. */
export interface SyncOutcome {
  results: ComponentResult[]
  /** The first failure, after which nothing more was sent. */
  stoppedBecause?: string
  /** Input errors: nothing was sent. */
  inputErrors: string[]
  /** The Apex save's compile problems, when it failed. */
  compileProblems?: CompileProblems
  deploy?: Outcome
  /** The time the Metadata API deploy waited in the org's queue (createdDate → startDate). */
  deployQueueMs?: number
  /** CRUD calls made (reads included), for the summary. */
  crudCalls: number
  totalMs: number
}

/** True when every component reached the org (or was already as wanted). */
export function syncSucceeded(outcome: SyncOutcome): boolean {
  return (
    outcome.inputErrors.length === 0 &&
    !outcome.stoppedBecause &&
    outcome.results.every(
      (r) => r.state !== 'failed' && r.state !== 'not applied' && r.state !== 'deploying'
    )
  )
}
