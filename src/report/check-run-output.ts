/** Check-run `output.title` and `output.summary`, from the same report as everything else. */
import { cutAt } from './escape.ts'
import type { Report } from './report-types.ts'
import { byteLength } from './size-budget.ts'
import { renderWithinBudget } from './summary.ts'
import { headline } from './summary-verdict.ts'

/**
 * `output.summary` and `output.text` allow 65,535 each. The docs say characters, but GitHub
 * measures UTF-8 bytes ("summary exceeds a maximum bytesize of 65535": github/docs#35252,
 * dorny/test-reporter#57), so a summary in Japanese or with many emoji is measured in bytes.
 * We budget 65,000 bytes.
 */
export const CHECK_RUN_SUMMARY_BUDGET_BYTES = 65_000

/** Check-run titles longer than this are cut. */
const TITLE_MAX = 255

/** Title and summary for the check run. */
export function renderCheckRunOutput(report: Report): { title: string; summary: string } {
  return {
    title: cutAt(`${headline(report)} · ${report.verdict.orgLabel}`, TITLE_MAX),
    summary: renderWithinBudget(report, {
      budget: CHECK_RUN_SUMMARY_BUDGET_BYTES,
      measure: byteLength,
      truncationNotice:
        '**Report truncated to fit the check run.** The full report is in the job summary and the artifact.'
    })
  }
}
