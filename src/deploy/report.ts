import type { FollowSettings } from '../settings/settings.ts'
import { ActionError, ApiError } from '../shared/errors.ts'
import type { Outcome } from './deploy-package.ts'
import { followVersion, followVersionNote } from './follow-api-version.ts'
import { followDeploy, sessionBase } from './follow-deploy.ts'
import type { OperationPorts } from './ports.ts'

/** Attaches to a deploy by id (from another job or run) and follows it to its end. */
export async function reportOperation(
  settings: FollowSettings,
  ports: OperationPorts
): Promise<Outcome> {
  const id = settings.deployId ?? ''
  const version = await followVersion(settings)
  const session = await ports.connect(settings.api, version.wanted)
  ports.onDeployId(id)
  ports.logger.info(`Reporting on deploy ${id}`)
  const note = followVersionNote(`Deploy ${id} is read`, session.apiVersion, version)
  if (note) ports.logger.info(note)
  try {
    return await followDeploy(
      id,
      session,
      settings,
      ports,
      sessionBase(settings, session, note ? [note] : [])
    )
  } catch (error) {
    if (
      error instanceof ApiError &&
      /INVALID_CROSS_REFERENCE_KEY|NOT_FOUND|MALFORMED_ID/.test(error.code)
    ) {
      throw new ActionError(
        `Deploy ${id} was not found in this org (${error.code}); check deploy-id and the credentials.`
      )
    }
    throw error
  }
}
