/**
 * Post-step clean-up of a compile the job cancellation killed: set the request to Aborted, then
 * delete the container. Reports; never throws. The CLI's Ctrl-C uses it too, and words the result.
 */
import { ApiError, describeError } from '../shared/errors.ts'
import type { Logger } from '../shared/logger.ts'
import type { ToolingApi } from './tooling-api.ts'

/** One clean-up step: done, or why not. */
export type CleanupStep = { done: true } | { done: false; why: string }

/** What abortCompile did, for a caller that words it itself (the CLI's Ctrl-C). */
export interface CompileCleanup {
  /** Setting the request to Aborted, when there was a request. */
  abort?: CleanupStep
  /** Deleting the container; `alreadyGone` when the org no longer had it. */
  container: CleanupStep & { alreadyGone?: boolean }
}

/** Aborts the request (if any) and deletes the container; logs each step and returns them. */
export async function abortCompile(
  ids: { containerId: string; requestId?: string },
  tooling: Pick<ToolingApi, 'abortRequest' | 'deleteContainer'>,
  logger: Logger
): Promise<CompileCleanup> {
  const abort = ids.requestId ? await abortRequest(ids.requestId, tooling, logger) : undefined
  return {
    ...(abort ? { abort } : {}),
    container: await deleteContainer(ids.containerId, tooling, logger)
  }
}

async function abortRequest(
  requestId: string,
  tooling: Pick<ToolingApi, 'abortRequest'>,
  logger: Logger
): Promise<CleanupStep> {
  try {
    await tooling.abortRequest(requestId)
    logger.info(`The job was cancelled; set ContainerAsyncRequest ${requestId} to Aborted.`)
    return { done: true }
  } catch (error) {
    // The object reference lists only Query, GET and POST, yet says to set State to Aborted: a
    // PATCH is what works, and a refusal (or a request already finished) is said loudly. The
    // container is deleted afterwards either way.
    const why = describeError(error)
    logger.warning(
      `ContainerAsyncRequest ${requestId} was NOT aborted: ${why}. It may still run to its end; it cannot save anything once its container is deleted.`
    )
    return { done: false, why }
  }
}

async function deleteContainer(
  containerId: string,
  tooling: Pick<ToolingApi, 'deleteContainer'>,
  logger: Logger
): Promise<CompileCleanup['container']> {
  try {
    await tooling.deleteContainer(containerId)
    logger.info(`Deleted MetadataContainer ${containerId}.`)
    return { done: true }
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      logger.info(`MetadataContainer ${containerId} was already deleted.`)
      return { done: true, alreadyGone: true }
    }
    const why = describeError(error)
    logger.warning(
      `Could not delete MetadataContainer ${containerId}: ${why}. Delete it through the Tooling API.`
    )
    return { done: false, why }
  }
}
