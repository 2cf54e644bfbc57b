/** Check-run `output.title` and `output.summary`, from the same report as everything else. */
import type { Report } from './report-types.ts'
import { renderWithinBudget } from './summary.ts'
import { headline } from './summary-verdict.ts'

/** `output.summary` and `output.text` allow 65,535 characters each; we budget 65,000. */
export const CHECK_RUN_SUMMARY_BUDGET_CHARS = 65_000

/** Title and summary for the check run. */
export function renderCheckRunOutput(report: Report): { title: string; summary: string } {
  return {
    title: `${headline(report)} · ${report.verdict.orgLabel}`.slice(0, 255),
    summary: renderWithinBudget(report, {
      budget: CHECK_RUN_SUMMARY_BUDGET_CHARS,
      measure: (s) => s.length,
      truncationNotice:
        '**Report truncated to fit the check run.** The full report is in the job summary and the artifact.'
    })
  }
}
