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
      // The object reference lists only Query, GET and POST, yet says to set State to Aborted: a
      // PATCH is what works, and a refusal (or a request already finished) is said loudly. The
      // container is deleted below either way.
      logger.warning(
        `ContainerAsyncRequest ${ids.requestId} was NOT aborted: ${describeError(error)}. It may still run to its end; it cannot save anything once its container is deleted.`
      )
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
