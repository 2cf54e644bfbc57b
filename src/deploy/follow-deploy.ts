import type { DeployResult } from '../model/deploy-result.ts'
import type { BaseSettings, WaitSettings } from '../settings/settings.ts'
import type { Outcome } from './deploy-package.ts'
import type { OperationPorts, OrgSession } from './ports.ts'
import { requestCancel, type CancelAnswer } from './request-cancel.ts'
import { waitForDeploy, withRetries, type WaitOptions, type WaitPorts } from './wait-for-deploy.ts'
import { waitOptionsFrom } from './wait-options.ts'

/** Polls a started deploy to its end (or the wait limit) and shapes the outcome. */
export async function followDeploy(
  id: string,
  session: OrgSession,
  settings: BaseSettings & WaitSettings,
  ports: OperationPorts,
  base: Omit<Outcome, 'deployId'>
): Promise<Outcome> {
  // wait: 0 starts the request and leaves it to a later `mode: report` (like `sf … --async`).
  // A report, and a cancel the org refused (the deploy had ended), read where the deploy stands:
  // nothing was started that a later run could follow.
  if (settings.waitMinutes === 0 && settings.mode !== 'report' && !base.cancel?.refused)
    return { ...base, deployId: id, submitted: true }
  const options = waitOptionsFrom(settings, ports.random)
  const polling = { api: session.api, clock: ports.clock, logger: ports.logger }
  const wait = await waitForDeploy(id, polling, options)
  if (wait.kind === 'done') return { ...base, deployId: id, result: wait.result }
  // A cancel this run already asked for (mode: cancel) is not asked again.
  if (!settings.cancelOnTimeout || base.cancel)
    return { ...base, deployId: id, timedOut: { ...(wait.last ? { last: wait.last } : {}) } }
  return cancelAtWaitLimit(id, polling, options, base, wait.last)
}

/**
 * cancel-on-timeout: asks the org to cancel, then reads where the deploy stands, so the outcome is
 * what the org did: Canceled at once (it had not started), Canceling, or, when the org refused,
 * ended after all or finalizing (which runs to its end).
 */
async function cancelAtWaitLimit(
  id: string,
  polling: WaitPorts,
  options: WaitOptions,
  base: Omit<Outcome, 'deployId'>,
  last: DeployResult | undefined
): Promise<Outcome> {
  const answer = await requestCancel(() =>
    withRetries(() => polling.api.cancelDeploy(id), polling, options)
  )
  const now = await waitForDeploy(id, polling, { ...options, waitMs: 0 })
  const outcome: Outcome = {
    ...base,
    deployId: id,
    cancel: answer.refused ? { refused: answer.refused } : {},
    notes: [
      ...base.notes,
      waitLimitCancelNote(answer, now.kind === 'done' ? now.result : undefined)
    ]
  }
  if (now.kind === 'done') return { ...outcome, result: now.result }
  const seen = now.last ?? last
  return { ...outcome, timedOut: seen ? { last: seen } : {} }
}

/** What cancel-on-timeout did, from the org's answer and the deploy's end (when it ended). */
function waitLimitCancelNote(answer: CancelAnswer, ended: DeployResult | undefined): string {
  if (ended?.status === 'Canceled')
    return 'The wait limit was reached; cancel-on-timeout canceled the deploy.'
  if (ended)
    return `The wait limit was reached as the deploy ended (${ended.status}): it was not canceled${answer.refused ? ` (${answer.refused})` : ''}.`
  return answer.refused
    ? `The wait limit was reached; the org refused cancel-on-timeout's cancellation (${answer.refused}), so the deploy continues in the org.`
    : 'The wait limit was reached; cancel-on-timeout asked the org to cancel the deploy, and the org is canceling it.'
}

/** The fields every outcome of a signed-in session carries. */
export function sessionBase(
  settings: BaseSettings & WaitSettings,
  session: OrgSession,
  notes: string[]
): Omit<Outcome, 'deployId'> {
  return {
    mode: settings.mode,
    notes: [...notes, ...session.notes],
    instanceUrl: session.connection.instanceUrl,
    ...(session.connection.orgId ? { orgId: session.connection.orgId } : {}),
    apiVersion: session.apiVersion
  }
}
