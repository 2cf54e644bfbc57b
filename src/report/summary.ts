/**
 * The job summary: the whole report in markdown, shrunk in stages to fit GitHub's 1 MiB step
 * limit (the shrink ladder in docs/reports.md). The verdict, the failure explanation and the links are
 * always kept; whatever a stage leaves out is named in a note.
 */
import type { Report } from './report-types.ts'
import { JOB_SUMMARY_BUDGET_BYTES, byteLength, hardCut } from './size-budget.ts'
import {
  renderComponentIssues,
  renderComponentSuccesses,
  renderCoverage,
  renderTests,
  type SectionOptions
} from './summary-sections.ts'
import { renderExplanation, renderVerdict } from './summary-verdict.ts'

/** One rung of the ladder: options plus the sentence that says what it left out. */
interface Stage {
  options: SectionOptions
  omitted: string[]
}

const FULL: SectionOptions = { successList: true, passingTests: true }

/** The ladder, cumulative: each stage keeps the cuts of the previous ones. */
export const SHRINK_STAGES: readonly Stage[] = [
  { options: FULL, omitted: [] },
  {
    options: { ...FULL, successList: false },
    omitted: ['the list of successful components (counts kept)']
  },
  {
    options: { successList: false, passingTests: false },
    omitted: [
      'the list of successful components (counts kept)',
      'the list of passing tests (counts and slowest kept)'
    ]
  },
  {
    options: { successList: false, passingTests: false, coverageLowest: 20 },
    omitted: [
      'the list of successful components (counts kept)',
      'the list of passing tests (counts and slowest kept)',
      'coverage rows at or above the threshold beyond the 20 lowest'
    ]
  },
  {
    options: {
      successList: false,
      passingTests: false,
      coverageLowest: 20,
      traceLines: 15,
      messageChars: 2000
    },
    omitted: [
      'the list of successful components (counts kept)',
      'the list of passing tests (counts and slowest kept)',
      'coverage rows at or above the threshold beyond the 20 lowest',
      'stack trace lines beyond 15 and message text beyond 2,000 characters'
    ]
  },
  {
    options: {
      successList: false,
      passingTests: false,
      coverageLowest: 20,
      traceLines: 15,
      messageChars: 2000,
      failureCap: 100
    },
    omitted: [
      'the list of successful components (counts kept)',
      'the list of passing tests (counts and slowest kept)',
      'coverage rows at or above the threshold beyond the 20 lowest',
      'stack trace lines beyond 15 and message text beyond 2,000 characters',
      'failures beyond 100 per category'
    ]
  }
]

/** Where the unshrunk report lives; named in every shrink note. */
export interface SummaryRenderOptions {
  /** Budget in the unit `measure` uses; default 1,000,000 bytes. */
  budget?: number
  /** Defaults to UTF-8 bytes; the PR comment measures UTF-16 units. */
  measure?: (text: string) => number
  /** Text of the final notice when even the smallest stage does not fit. */
  truncationNotice?: string
}

/** Renders the job summary within `budgetBytes` (default 1,000,000 bytes, under GitHub's 1 MiB). */
export function renderSummary(
  report: Report,
  budgetBytes: number = JOB_SUMMARY_BUDGET_BYTES
): string {
  return renderWithinBudget(report, { budget: budgetBytes })
}

/** Renders the report without any shrinking: the content of `summary.md`. */
export function renderFullSummary(report: Report): string {
  return renderStage(report, FULL, [])
}

/** Runs the ladder with any measure and budget (shared by the summary and the PR comment). */
export function renderWithinBudget(report: Report, options: SummaryRenderOptions): string {
  const budget = options.budget ?? JOB_SUMMARY_BUDGET_BYTES
  const measure = options.measure ?? byteLength
  let previousSections: string | undefined
  const omitted: string[] = []
  for (const stage of SHRINK_STAGES) {
    // Only the sections change from stage to stage; a cut that changes nothing (no successful
    // components to list, say) is not named.
    const body = sections(report, stage.options)
    const text = body.join('\n')
    if (previousSections !== undefined && text !== previousSections) omitted.push(newCut(stage))
    previousSections = text
    const rendered = withHead(report, body, omitted)
    if (measure(rendered) <= budget) return rendered
  }
  const notice =
    options.truncationNotice ??
    "**Report truncated to fit GitHub's 1 MiB step summary limit.** The full report is in the summary file and the artifact."
  // The cut keeps the top: the mode's own sections (a delta's list of every component) go below
  // the failures, so they are what is cut, not the errors and test failures.
  const smallest = SHRINK_STAGES[SHRINK_STAGES.length - 1]?.options ?? FULL
  const failuresFirst = withHead(report, sections(report, smallest, true), omitted)
  return hardCut(failuresFirst, budget, notice, measure)
}

/** The one omission a stage adds to the previous one (the ladder is cumulative). */
function newCut(stage: Stage): string {
  return stage.omitted[stage.omitted.length - 1] ?? ''
}

function renderStage(report: Report, options: SectionOptions, omitted: string[]): string {
  return withHead(report, sections(report, options), omitted)
}

/** The verdict and the explanation (with the shrink note, when something was left out), then `body`. */
function withHead(report: Report, body: string[], omitted: string[]): string {
  const shrinkNote =
    omitted.length > 0
      ? [
          `Shortened to fit the size limit; left out: ${omitted.join('; ')}. The full report is in the summary file and the artifact.`
        ]
      : []
  return [...renderVerdict(report), ...renderExplanation(report, shrinkNote), ...body].join('\n')
}

/** The sections a stage's options shape; `extraLast` puts the mode's own sections at the end. */
function sections(report: Report, options: SectionOptions, extraLast = false): string[] {
  const extra = report.extraSections ?? []
  return [
    ...(extraLast ? [] : extra),
    ...renderComponentIssues(report, options),
    ...renderTests(report, options),
    ...renderCoverage(report, options),
    ...renderComponentSuccesses(report, options),
    ...(extraLast ? extra : [])
  ]
}
