import type { FollowSettings } from '../settings/settings.ts'
import type { Outcome } from './deploy-package.ts'
import { followVersion, followVersionNote } from './follow-api-version.ts'
import { followDeploy, sessionBase } from './follow-deploy.ts'
import type { OperationPorts } from './ports.ts'
import { requestCancel } from './request-cancel.ts'

/** Cancels a deploy by id and follows it until the org says Canceled (or it finished first). */
export async function cancelOperation(
  settings: FollowSettings,
  ports: OperationPorts
): Promise<Outcome> {
  const id = settings.deployId ?? ''
  const version = await followVersion(settings)
  const session = await ports.connect(settings.api, version.wanted)
  ports.onDeployId(id)
  const answer = await requestCancel(() => session.api.cancelDeploy(id))
  const notes = [
    answer.refused
      ? // A finished (or finalizing) deploy cannot be canceled; report how it stands instead.
        `Deploy ${id} could not be canceled: ${answer.refused}.`
      : answer.done
        ? `Deploy ${id} had not started; it is canceled.`
        : `Cancellation of ${id} requested.`
  ]
  ports.logger.info(notes[0] ?? '')
  const note = followVersionNote(`Deploy ${id} is read`, session.apiVersion, version)
  if (note) {
    ports.logger.info(note)
    notes.push(note)
  }
  return followDeploy(id, session, settings, ports, {
    ...sessionBase(settings, session, notes),
    cancel: answer.refused ? { refused: answer.refused } : {}
  })
}
