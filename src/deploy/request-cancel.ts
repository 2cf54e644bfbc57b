import type { CancelResult } from '../metadata-api/metadata-api.ts'
import { ApiError } from '../shared/errors.ts'

/** The org's answer to a cancel request: accepted (done when it had not started), or refused. */
export interface CancelAnswer {
  /** Canceled at once: the deploy had not started. */
  done: boolean
  /** The org's refusal (the deploy had completed, or was finalizing). */
  refused?: string
}

/**
 * Asks the org to cancel a deploy. A deploy that has completed, or is finalizing, can no longer be
 * canceled: the org answers INVALID_ID_FIELD ("Deployment already completed"; from API 65.0 a
 * deploy in Finalizing Deploy "can't be cancelled"; Metadata API Developer Guide, cancelDeploy()).
 * That is the org's answer about the deploy, not a failure of the run: the caller reads how the
 * deploy stands instead.
 */
export async function requestCancel(cancel: () => Promise<CancelResult>): Promise<CancelAnswer> {
  try {
    const result = await cancel()
    return { done: result.done }
  } catch (error) {
    if (error instanceof ApiError && /INVALID_ID_FIELD/.test(error.code))
      return { done: false, refused: error.message }
    throw error
  }
}
