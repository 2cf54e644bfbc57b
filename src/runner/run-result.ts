import type { StickyCommentRequest } from '../github/pr-comment-client.ts'
import type { PublishSettings } from '../github/publish-report.ts'
import type { Annotation } from '../report/annotations.ts'
import type { Report } from '../report/report-types.ts'
import type { OutputName } from '../settings/inputs.ts'

/** Whether the run passes, and the one message that explains a failure. */
export interface RunVerdict {
  success: boolean
  /** Failure message: names the cause and the next step. */
  message?: string
  /**
   * Passed so far but not finished (a push still running at the wait limit): exit code 0 and a
   * warning, and no `success` output, since the org has not said yet.
   */
  unfinished?: boolean
}

/**
 * What a mode returns: everything a user reads about the run. The shell's one publisher turns it
 * into outputs, job summary, annotations, check run, PR comment, report files, artifact and exit
 * code, all from the one verdict. Modes never publish themselves.
 */
export interface RunResult {
  verdict: RunVerdict
  /** Step outputs; the publisher adds `success` from the verdict. */
  outputs: Partial<Record<OutputName, string>>
  /** Job-summary blocks, in order, written after the report's own summary (when there is one). */
  summary: string[]
  /** Workflow-command annotations on repository lines. */
  annotations?: Annotation[]
  /** A deploy report: its summary, files, check run, PR comment and artifact. */
  report?: { report: Report; publish: PublishSettings }
  /**
   * A sticky pull-request comment to post or update (plan mode's plan). When it cannot be
   * posted, the publisher adds the reason to the summary.
   */
  comment?: { token: string; request: StickyCommentRequest }
  /** Files to upload as one workflow artifact (a failed upload is a warning). */
  artifact?: { name: string; files: string[]; rootDirectory: string }
  /** The closing log line of a run that passed (or a warning for one left unfinished). */
  closing?: { level: 'info' | 'warning'; message: string }
}

/**
 * What the steps of a run add on the way (a drift check's output, a validation record's name, a
 * fallback's note in the summary), gathered for the run's one result instead of published at once.
 */
export class ResultParts {
  readonly outputs: Partial<Record<OutputName, string>> = {}
  readonly summary: string[] = []
  readonly annotations: Annotation[] = []

  output(name: OutputName, value: string): void {
    this.outputs[name] = value
  }

  merge(values: Partial<Record<OutputName, string>>): void {
    Object.assign(this.outputs, values)
  }

  section(markdown: string): void {
    this.summary.push(markdown)
  }

  annotate(annotation: Annotation): void {
    this.annotations.push(annotation)
  }
}

const PARTS = Symbol('result parts')

/** Rethrows `error` carrying what the run gathered before it, so the failed run still reports it. */
export function withParts(error: unknown, parts: ResultParts): unknown {
  if (error !== null && typeof error === 'object') Object.assign(error, { [PARTS]: parts })
  return error
}

/** What a failed run gathered before its error (empty when nothing). */
export function partsOf(error: unknown): ResultParts {
  const parts = (error as { [PARTS]?: unknown } | null)?.[PARTS]
  return parts instanceof ResultParts ? parts : new ResultParts()
}
