import type { Outcome } from '../../deploy/deploy-package.ts'
import { decideVerdict } from '../../deploy/verdict.ts'
import type { OutcomeReport } from '../../runner/outcome-report.ts'
import type { RunVerdict } from '../../runner/run-result.ts'

/**
 * The one verdict of deploy, validate, quick-deploy, report and cancel: the report's (coverage
 * threshold and test guards included) when the org answered, else the outcome's (nothing to
 * deploy and `wait: 0` pass; a timeout fails). Pure.
 */
export function operationVerdict(
  outcome: Outcome,
  waitMinutes: number,
  report: Pick<OutcomeReport, 'report' | 'failures'> | undefined
): RunVerdict {
  const deployVerdict = decideVerdict(outcome, waitMinutes)
  const success = report ? report.report.passed : deployVerdict.success
  if (success) return { success }
  const message = [deployVerdict.success ? '' : deployVerdict.message, ...(report?.failures ?? [])]
    .filter(Boolean)
    .join('\n')
  return { success, message: message || 'The run failed.' }
}
