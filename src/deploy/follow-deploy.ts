import type { BaseSettings, WaitSettings } from '../settings/settings.ts'
import type { Outcome } from './deploy-package.ts'
import type { OperationPorts, OrgSession } from './ports.ts'
import { waitForDeploy, withRetries } from './wait-for-deploy.ts'
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
  if (settings.waitMinutes === 0 && settings.mode !== 'report')
    return { ...base, deployId: id, submitted: true }
  const options = waitOptionsFrom(settings, ports.random)
  const wait = await waitForDeploy(
    id,
    { api: session.api, clock: ports.clock, logger: ports.logger },
    options
  )
  if (wait.kind === 'done') return { ...base, deployId: id, result: wait.result }
  const notes = [...base.notes]
  if (settings.cancelOnTimeout) {
    const cancel = await withRetries(() => session.api.cancelDeploy(id), ports, options)
    notes.push(
      `The wait limit was reached; cancellation requested (${cancel.done ? 'canceled' : 'canceling'}).`
    )
  }
  return { ...base, deployId: id, timedOut: { ...(wait.last ? { last: wait.last } : {}) }, notes }
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
