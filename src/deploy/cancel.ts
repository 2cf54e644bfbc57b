import type { FollowSettings } from '../settings/settings.ts'
import { ApiError } from '../shared/errors.ts'
import type { Outcome } from './deploy-package.ts'
import { followVersion, followVersionNote } from './follow-api-version.ts'
import { followDeploy, sessionBase } from './follow-deploy.ts'
import type { OperationPorts } from './ports.ts'

/** Cancels a deploy by id and follows it until the org says Canceled (or it finished first). */
export async function cancelOperation(
  settings: FollowSettings,
  ports: OperationPorts
): Promise<Outcome> {
  const id = settings.deployId ?? ''
  const version = await followVersion(settings)
  const session = await ports.connect(settings.api, version.wanted)
  ports.onDeployId(id)
  const notes: string[] = []
  try {
    const cancel = await session.api.cancelDeploy(id)
    notes.push(
      cancel.done
        ? `Deploy ${id} had not started; it is canceled.`
        : `Cancellation of ${id} requested.`
    )
  } catch (error) {
    // Cancelling a finished deploy faults; report how it finished instead.
    if (!(error instanceof ApiError && /INVALID_ID_FIELD/.test(error.code))) throw error
    notes.push(`Deploy ${id} had already finished; nothing to cancel.`)
  }
  ports.logger.info(notes[0] ?? '')
  const note = followVersionNote(`Deploy ${id} is read`, session.apiVersion, version)
  if (note) {
    ports.logger.info(note)
    notes.push(note)
  }
  return followDeploy(id, session, settings, ports, sessionBase(settings, session, notes))
}
