/**
 * Whether the push step passes: the `fail-threshold` rule (docs/push-upgrades.md), plus the
 * outcomes that stop early. Pure.
 */
import { isTerminal, STATUS_LABEL } from '../../push-upgrade/normalize.ts'
import { notEndedCount } from '../../push-upgrade/push-finished.ts'
import type { PushOutcome } from '../../push-upgrade/push-outcome.ts'

/** Orgs named in the message of an unfinished push; the summary lists them all. */
const NAMED_ORGS = 5

/** The step's verdict. `unfinished`: the wait ended first; the step does not fail, it warns. */
export interface PushVerdict {
  result: 'passed' | 'failed' | 'unfinished'
  /** failed / (succeeded + failed) × 100, when any job finished. */
  failedPercent?: number
  message: string
}

/** Decides the verdict for an outcome and a threshold in percent (0 = any failure fails). */
export function decidePushVerdict(outcome: PushOutcome, failThreshold: number): PushVerdict {
  switch (outcome.kind) {
    case 'cap-exceeded':
      return {
        result: 'failed',
        message: `${outcome.selection.eligible.length} orgs are eligible, more than max-orgs (${outcome.maxOrgs}); nothing was created. Check the selection, then raise max-orgs to push to all of them.`
      }
    case 'dry-run':
      return {
        result: 'passed',
        message: `Dry run: ${outcome.selection.eligible.length} orgs would be pushed; nothing was created.`
      }
    case 'nothing-eligible':
      return { result: 'passed', message: 'No org is eligible for this push; nothing was created.' }
    case 'all-rejected':
      return {
        result: 'failed',
        message: `The org refused the push job of every selected org (${outcome.rejected.length}); the push request ${outcome.requestId ?? ''} was canceled.`
      }
    case 'scheduled':
      return {
        result: 'passed',
        message: `Push ${outcome.requestId ?? ''} is scheduled for ${outcome.scheduledCount} orgs${outcome.startTime ? ` at ${outcome.startTime}` : ''}; not waiting for it.`
      }
    case 'timed-out':
      return { result: 'unfinished', message: unfinishedMessage(outcome) }
    case 'finished':
      return outcome.request?.status === 'canceled'
        ? canceledVerdict(outcome)
        : thresholdVerdict(outcome, failThreshold)
  }
}

/**
 * The request ended Canceled without this run canceling it: someone aborted it in Setup > Push
 * Upgrade History, or another client did. Only a request that is Created or Pending can be
 * aborted (Salesforce CLI reference, package push-upgrade abort), so nothing was upgraded: the
 * step fails, whatever fail-threshold says about job results.
 */
function canceledVerdict(outcome: PushOutcome): PushVerdict {
  const { succeeded, failed, canceled } = outcome.counts
  const ran =
    succeeded + failed > 0 ? `; ${succeeded} upgraded and ${failed} failed before that` : ''
  return {
    result: 'failed',
    message: `Push request ${outcome.requestId ?? ''} was canceled in the org (Setup > Push Upgrade History, or another client) before it ran: the jobs of ${canceled} orgs were canceled${ran}.`
  }
}

/** The wait ran out: the counts so far, the orgs not ended, and a final request status if any. */
function unfinishedMessage(outcome: PushOutcome): string {
  const { succeeded, failed } = outcome.counts
  const notEnded = notEndedCount(outcome.counts, outcome.unfinished)
  const keys = (outcome.unfinished ?? []).map((u) => u.orgKey)
  const named =
    keys.length === 0
      ? ''
      : `: ${keys.slice(0, NAMED_ORGS).join(', ')}${keys.length > NAMED_ORGS ? ` and ${keys.length - NAMED_ORGS} more` : ''}`
  const request = outcome.request
  // A final request status is not the orgs' result while their jobs run (push-finished.ts).
  const early =
    request && isTerminal(request.status)
      ? ` The request already reads ${STATUS_LABEL[request.status]}, but its jobs have not all ended.`
      : ''
  return `The wait ended before push ${outcome.requestId ?? ''} finished; it keeps running in the org (${succeeded} succeeded, ${failed} failed so far; ${notEnded} not ended${named}).${early}`
}

function thresholdVerdict(outcome: PushOutcome, failThreshold: number): PushVerdict {
  const { succeeded, failed } = outcome.counts
  const finished = succeeded + failed
  // Multiplied first: (7 / 100) * 100 is 7.000000000000001, which is above a fail-threshold of 7.
  const failedPercent = finished === 0 ? 0 : (failed * 100) / finished
  const shown = `${Number(failedPercent.toFixed(2))} %`
  const over = failThreshold === 0 ? failed > 0 : failedPercent > failThreshold
  const rejected =
    outcome.rejected.length > 0 ? `; refused at scheduling: ${outcome.rejected.length}` : ''
  if (over) {
    return {
      result: 'failed',
      failedPercent,
      message: `${failed} of ${finished} orgs failed (${shown}), above the fail-threshold of ${failThreshold} %${rejected}.`
    }
  }
  return {
    result: 'passed',
    failedPercent,
    message: `${succeeded} of ${finished} orgs upgraded; ${failed} failed (${shown}, fail-threshold ${failThreshold} %)${rejected}.`
  }
}
