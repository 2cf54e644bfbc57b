import { isCleanSuccess, type DeployResult } from '../model/deploy-result.ts'
import type { Outcome } from './deploy-package.ts'

/** Whether the step passes, and the one message that explains a failure. */
export interface Verdict {
  success: boolean
  /** Failure message: names the cause and the next step. */
  message?: string
}

/** Decides the step's result from the outcome; the org's word is final. */
export function decideVerdict(outcome: Outcome, waitMinutes: number): Verdict {
  if (outcome.nothingToDeploy || outcome.submitted) return { success: true }
  const id = outcome.deployId ?? '(unknown id)'
  if (outcome.timedOut) return { success: false, message: timeoutMessage(outcome, id, waitMinutes) }
  const result = outcome.result
  if (!result) return { success: false, message: `Deploy ${id} ended without a result.` }
  if (outcome.mode === 'cancel') return cancelVerdict(result, id)
  if (isCleanSuccess(result)) return { success: true }
  if (result.status === 'Canceled' && outcome.cancel && !outcome.cancel.refused)
    return {
      success: false,
      message: `${operationOf(outcome.mode, result)} ${id} was canceled by cancel-on-timeout: it was still running at the ${waitMinutes}-minute wait limit. Nothing was ${result.checkOnly ? 'validated' : 'deployed'}.`
    }
  return { success: false, message: explainFailure(result, outcome.mode) }
}

/**
 * A deploy still going at the wait limit, in the words of what this run asked of it: nothing, a
 * cancellation the org is carrying out, or one it refused (a finalizing deploy runs to its end).
 */
function timeoutMessage(outcome: Outcome, id: string, waitMinutes: number): string {
  const status = outcome.timedOut?.last?.status ?? 'running'
  const still = `Deploy ${id} was still ${status} after the ${waitMinutes}-minute wait limit`
  const follow = `Follow it later with mode: report and deploy-id: ${id}`
  if (outcome.cancel?.refused)
    return `${still}, and the org refused to cancel it (${outcome.cancel.refused}); it continues in the org. ${follow}.`
  if (outcome.cancel)
    return `${still}; the org accepted the cancellation${outcome.mode === 'cancel' ? '' : ' (cancel-on-timeout)'} but had not finished canceling. ${follow} to see how it ends.`
  return `${still}; it continues in the org. ${follow}, or stop it with mode: cancel.`
}

function operationOf(mode: string, result: DeployResult): string {
  if (mode === 'quick-deploy') return 'Quick deploy'
  return result.checkOnly ? 'Validation' : 'Deploy'
}

/**
 * Cancel mode passes when the org canceled the deploy. A deploy that had already finished was
 * not canceled: that fails loudly, since whatever it did (a production deploy, say) stands.
 */
function cancelVerdict(result: DeployResult, id: string): Verdict {
  if (result.status === 'Canceled') return { success: true }
  const what = result.checkOnly ? 'Validation' : 'Deploy'
  const ended = isCleanSuccess(result)
    ? 'succeeded: what it deployed stays in the org'
    : `ended with status ${result.status}`
  return {
    success: false,
    message:
      `Nothing was canceled: ${what.toLowerCase()} ${id} had already ${ended}. ${explainFailureIfAny(result, what)}`.trim()
  }
}

function explainFailureIfAny(result: DeployResult, what: string): string {
  return isCleanSuccess(result)
    ? ''
    : explainFailure(result, what === 'Validation' ? 'validate' : 'deploy')
}

/** Explains a failure in the order that finds the cause fastest: error message, components, tests, coverage. */
export function explainFailure(result: DeployResult, mode: string): string {
  // The org's checkOnly names a validation that mode: report or cancel attached to by id.
  const what =
    mode === 'quick-deploy'
      ? 'Quick deploy'
      : mode === 'validate' || result.checkOnly
        ? 'Validation'
        : 'Deploy'
  const head = `${what} ${result.id} ${describeStatus(result)}`
  if (result.errorMessage) return `${head}: ${result.errorMessage}`
  const failures = result.details?.componentFailures.filter((f) => f.problemType !== 'Info') ?? []
  if (failures.length > 0) {
    const first = failures[0]
    const more =
      failures.length > 1 ? ` (and ${failures.length - 1} more; see the job summary)` : ''
    const where = first?.lineNumber ? ` (line ${first.lineNumber})` : ''
    return `${head}: ${first?.componentType} ${first?.fullName}${where}: ${first?.problem ?? 'failed'}${more}`
  }
  const tests = result.details?.runTestResult?.tests.filter((t) => t.outcome === 'Fail') ?? []
  if (tests.length > 0) {
    const first = tests[0]
    const name = `${first?.className}.${first?.methodName ?? '(class-level)'}`
    return `${head}: ${tests.length} Apex test${tests.length === 1 ? '' : 's'} failed, first ${name}: ${first?.message ?? ''}`
  }
  const warnings = result.details?.runTestResult?.coverageWarnings ?? []
  if (warnings.length > 0)
    return `${head}: code coverage too low: ${warnings.map((w) => w.message).join(' ')}`
  if (result.status === 'Canceled')
    return `${head}${result.canceledByName ? ` by ${result.canceledByName}` : ''}.`
  return `${head}, and the org gave no reason (no error message, component failure, test failure or coverage warning).`
}

function describeStatus(result: DeployResult): string {
  if (result.status === 'Succeeded')
    return `reported success with ${result.numberComponentErrors} component error${result.numberComponentErrors === 1 ? '' : 's'}`
  if (result.status === 'SucceededPartial')
    return 'succeeded only partly (rollback-on-error was false)'
  if (result.status === 'Canceled') return 'was canceled'
  return `failed (status ${result.status})`
}
