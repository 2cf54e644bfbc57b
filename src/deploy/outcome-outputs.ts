import type { Outcome } from './deploy-package.ts'
import type { Verdict } from './verdict.ts'
import { componentCounts } from '../model/component-counts.ts'
import { committed, outcomeOf } from '../report/report-model.ts'
import type { OutputName } from '../settings/inputs.ts'

/** Values of the step outputs that describe a deploy outcome (pure). */
export function outcomeOutputs(
  outcome: Outcome,
  verdict: Verdict
): Partial<Record<OutputName, string>> {
  const result = outcome.result ?? outcome.timedOut?.last
  const tests = result?.details?.runTestResult
  const out: Partial<Record<OutputName, string>> = {
    status: outcome.nothingToDeploy
      ? 'NothingToDeploy'
      : outcome.submitted
        ? 'Submitted'
        : (result?.status ?? 'Unknown'),
    success: String(verdict.success)
  }
  if (outcome.deployId) out['deploy-id'] = outcome.deployId
  if (result) {
    const counts = componentCounts(result)
    out['components-total'] = String(counts.total)
    out['components-deleted'] = String(counts.deletions)
    // A failed or canceled deploy is rolled back: the org's count of components it processed
    // before the rollback is not what the org kept. A deploy still running (a wait that ended,
    // a cancel not through yet) has kept nothing so far: it commits as a whole when it ends.
    const kept = result.done && committed({ outcome: outcomeOf(result) })
    // The zero-test guard's first deploy stays committed when its run again is rolled back.
    out['components-deployed'] = kept
      ? String(counts.deployed)
      : String(outcome.keptDeploy?.deployed ?? 0)
    out['component-errors'] = String(result.numberComponentErrors)
    out['tests-run'] = String(
      tests?.numTestsRun ?? result.numberTestsCompleted + result.numberTestErrors
    )
    out['tests-failed'] = String(tests?.numFailures ?? result.numberTestErrors)
  }
  if (outcome.mode === 'validate' && verdict.success && outcome.deployId)
    out['validated-id'] = outcome.deployId
  if (outcome.mode === 'quick-deploy' && outcome.deployId) out['quick-deploy-id'] = outcome.deployId
  return out
}
