/**
 * Post-step clean-up of a compile the job cancellation killed: set the request to Aborted, then
 * delete the container. Reports; never throws.
 */
import { ApiError, describeError } from '../shared/errors.ts'
import type { Logger } from '../shared/logger.ts'
import type { ToolingApi } from './tooling-api.ts'

/** Aborts the request (if any) and deletes the container; returns what happened, one line each. */
export async function abortCompile(
  ids: { containerId: string; requestId?: string },
  tooling: Pick<ToolingApi, 'abortRequest' | 'deleteContainer'>,
  logger: Logger
): Promise<void> {
  if (ids.requestId) {
    try {
      await tooling.abortRequest(ids.requestId)
      logger.info(`The job was cancelled; set ContainerAsyncRequest ${ids.requestId} to Aborted.`)
    } catch (error) {
      // Only a Queued request can be aborted; a finished one needs nothing.
      logger.info(`ContainerAsyncRequest ${ids.requestId} was not aborted: ${describeError(error)}`)
    }
  }
  try {
    await tooling.deleteContainer(ids.containerId)
    logger.info(`Deleted MetadataContainer ${ids.containerId}.`)
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      logger.info(`MetadataContainer ${ids.containerId} was already deleted.`)
      return
    }
    logger.warning(
      `Could not delete MetadataContainer ${ids.containerId}: ${describeError(error)}. Delete it through the Tooling API.`
    )
  }
}
