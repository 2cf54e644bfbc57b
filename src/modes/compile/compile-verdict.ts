/**
 * Whether compile mode passes, and the one message explaining a failure. The fallback deploy is
 * judged by the deploy verdict, so both paths speak the same language.
 */
import { decideVerdict, type Verdict } from '../../deploy/verdict.ts'
import { isTerminal, type CompileMessage, type RequestStatus } from '../../tooling/compile-model.ts'
import { JOB_CANCELLED, type CompileOutcome } from '../../tooling/compile-outcome.ts'

/** Decides the step's result from a compile outcome. Pure. */
export function compileVerdict(outcome: CompileOutcome, waitMinutes: number): Verdict {
  if (outcome.refused) return { success: false, message: outcome.refused }
  if (outcome.method === 'metadata-api' && outcome.deploy)
    return decideVerdict(outcome.deploy, waitMinutes)
  const last = outcome.attempts.at(-1)
  const final = outcome.final
  if (outcome.cancelled) return { success: false, message: cancelledMessage(outcome) }
  // A request can end between the last read and the abort (or while a read failed): then the
  // org refuses the abort and its result stands. A Completed save did save.
  if (outcome.timedOut && final?.state !== 'Completed' && final?.state !== 'Failed')
    return { success: false, message: timeoutMessage(last?.stoppedBecause, final) }
  if (!final)
    return {
      success: false,
      message: `The compile stopped before a result: ${last?.stoppedBecause ?? 'no request was submitted'}.`
    }
  const errors = final.failures.filter((f) => f.severity === 'error')
  if (final.state === 'Completed' && errors.length === 0) return { success: true }
  if (final.state === 'Failed' || errors.length > 0)
    return { success: false, message: explainErrors(errors, outcome.checkOnly, final.errorMsg) }
  if (final.state === 'Aborted')
    return {
      success: false,
      message: `ContainerAsyncRequest ${final.id} was aborted by another client.`
    }
  return {
    success: false,
    message: `ContainerAsyncRequest ${final.id} ended ${final.rawState || final.state}${final.errorMsg ? `: ${final.errorMsg}` : ''}.`
  }
}

function timeoutMessage(
  stoppedBecause: string | undefined,
  final: RequestStatus | undefined
): string {
  const stopped = `The compile ${stoppedBecause ?? 'timed out'}`
  if (final && isTerminal(final.state) && final.state !== 'Aborted')
    return `${stopped}; ContainerAsyncRequest ${final.id} had already ended ${final.rawState || final.state}${final.errorMsg ? ` (${final.errorMsg})` : ''}.`
  return `${stopped}; the request was set to Aborted. Raise wait, or try again when the org's queue is shorter.`
}

/**
 * What a cancel left in the org. The request is aborted only while Queued, so a request that had
 * already ended keeps its result, and a Completed save did save.
 */
function cancelledMessage(outcome: CompileOutcome): string {
  const what = outcome.checkOnly ? 'compile check' : 'save'
  const nothing = outcome.checkOnly ? 'nothing was compiled' : 'nothing was saved to the org'
  // Stopped before (or between) attempts, while the members were created, or before a fallback
  // deploy: no request of this run is left to save anything.
  const stopped = outcome.attempts.at(-1)
  if (stopped?.stoppedBecause !== JOB_CANCELLED || !stopped.requestId)
    return `The job was cancelled before the ${what} was submitted: ${nothing}.`
  const request = `ContainerAsyncRequest ${stopped.requestId}`
  const final = outcome.final
  if (final?.state === 'Aborted')
    return `The job was cancelled; ${request} was set to Aborted: ${nothing}.`
  if (final?.state === 'Completed' && !outcome.checkOnly)
    return `The job was cancelled, but ${request} had already Completed: the code was saved to the org.`
  if (final && isTerminal(final.state))
    return `The job was cancelled; ${request} had already ended ${final.rawState || final.state}.`
  return `The job was cancelled, but ${request} was not confirmed Aborted (last seen ${final?.rawState || 'Queued'}); its container was deleted. Check the request in the org.`
}

function explainErrors(
  errors: CompileMessage[],
  checkOnly: boolean,
  errorMsg: string | undefined
): string {
  const own = errors.filter((e) => !e.dependant)
  const first = own[0] ?? errors[0]
  const what = checkOnly ? 'Compile check' : 'Compile and save'
  // A request can fail as a whole, with the reason in ErrorMsg and DeployDetails null (a save to an
  // active org answers so): then the org's reason is the message. Component messages come first.
  if (!first) return `${what} failed${errorMsg ? `: ${errorMsg}` : ' without component messages'}.`
  const where = first.line ? ` (line ${first.line})` : ''
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more; see the job summary)` : ''
  return `${what} failed: ${first.componentType} ${first.fullName}${where}: ${first.problem}${more}`
}
