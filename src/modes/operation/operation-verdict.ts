import type { Outcome } from '../../deploy/deploy-package.ts'
import { decideVerdict } from '../../deploy/verdict.ts'
import { withReportVerdict, type OutcomeReport } from '../../runner/outcome-report.ts'
import type { RunVerdict } from '../../runner/run-result.ts'

/**
 * The one verdict of deploy, validate, quick-deploy, report and cancel: the outcome's (nothing to
 * deploy and `wait: 0` pass; a timeout fails), with the report's (coverage threshold and test
 * guards included) when the org answered. Pure.
 */
export function operationVerdict(
  outcome: Outcome,
  waitMinutes: number,
  report: Pick<OutcomeReport, 'report' | 'failures'> | undefined
): RunVerdict {
  return withReportVerdict(decideVerdict(outcome, waitMinutes), report, 'The run failed.')
}
