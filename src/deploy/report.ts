import type { Settings } from '../settings/settings.ts'
import { ActionError, ApiError } from '../shared/errors.ts'
import type { Outcome } from './deploy-package.ts'
import { followDeploy, sessionBase } from './follow-deploy.ts'
import type { OperationPorts } from './ports.ts'

/** Attaches to a deploy by id (from another job or run) and follows it to its end. */
export async function reportOperation(settings: Settings, ports: OperationPorts): Promise<Outcome> {
  const id = settings.deployId ?? ''
  const session = await ports.connect(settings.api)
  ports.onDeployId(id)
  ports.logger.info(`Reporting on deploy ${id}`)
  try {
    return await followDeploy(id, session, settings, ports, sessionBase(settings, session, []))
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
