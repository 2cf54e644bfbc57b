/**
 * The sticky PR comment body: a hidden marker on the first line, then a digest (verdict, counts,
 * the first 10 failures, the quick-deploy handle, links). Kept under GitHub's 65,536-character
 * comment limit, measured in UTF-16 units, which over-counts safely.
 */
import type { Report } from './report-types.ts'
import { hardCut } from './size-budget.ts'
import {
  renderComponentIssues,
  renderCoverage,
  renderTests,
  type SectionOptions
} from './summary-sections.ts'
import { renderExplanation, renderVerdict } from './summary-verdict.ts'

/** GitHub rejects longer bodies with 422 "Body is too long (maximum is 65536 characters)". */
export const PR_COMMENT_LIMIT_CHARS = 65_536

/** Our budget for the comment (docs/reports.md): under GitHub's 65,536-character comment limit. */
export const PR_COMMENT_BUDGET_CHARS = 60_000

/** Options for the comment. */
export interface PrCommentOptions {
  /** Stable key, e.g. `<workflow>/<job>/<matrix or org>`; matrix jobs need distinct keys. */
  key: string
  /** Link to the workflow run (job summary). */
  runUrl?: string
  /** Link to the check run, when one was published. */
  checkRunUrl?: string
  budget?: number
}

/** The hidden marker that finds the comment again; first line of the body. */
export function commentMarker(key: string): string {
  return `<!-- salesforce-deploy-report:v1 key=${key.replace(/-->/g, '')} -->`
}

const DIGEST: SectionOptions = {
  successList: false,
  passingTests: false,
  coverageLowest: 10,
  traceLines: 15,
  messageChars: 1000,
  failureCap: 10,
  hideSlowest: true
}

/** Renders the comment body within the budget, always keeping the marker. */
export function renderPrComment(report: Report, options: PrCommentOptions): string {
  const budget = Math.min(options.budget ?? PR_COMMENT_BUDGET_CHARS, PR_COMMENT_LIMIT_CHARS)
  const marker = commentMarker(options.key)
  const body = [
    marker,
    ...renderVerdict(report),
    ...renderExplanation(report, []),
    ...renderComponentIssues(report, DIGEST),
    ...renderTests(report, DIGEST),
    ...renderCoverage(report, DIGEST),
    ...links(options)
  ].join('\n')
  if (body.length <= budget) return body
  // The links close the body, where the cut falls: the notice carries them instead.
  const notice = [
    'Comment truncated to fit GitHub’s comment size limit; see the job summary for the full report.',
    linkLine(options)
  ]
    .filter(Boolean)
    .join(' ')
  return hardCut(body, budget, notice, (s) => s.length)
}

function links(options: PrCommentOptions): string[] {
  const line = linkLine(options)
  return line ? ['', line, ''] : []
}

function linkLine(options: PrCommentOptions): string {
  return [
    options.runUrl ? `[Full report in the job summary](${options.runUrl})` : '',
    options.checkRunUrl ? `[Check run](${options.checkRunUrl})` : ''
  ]
    .filter(Boolean)
    .join(' · ')
}
