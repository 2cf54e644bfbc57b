/**
 * Aborting a push request that has not started (PATCH `Canceled`, accepted from Created or Pending
 * only).
 */
import { ApiError } from '../shared/errors.ts'
import { STATUS_LABEL } from './normalize.ts'
import type { PushApi } from './push-api.ts'

/** What the abort did. */
export type AbortResult = { aborted: true } | { aborted: false; status: string; reason: string }

/** Cancels the request when it is Created or Pending; an In Progress push cannot be aborted. */
export async function abortPushRequest(api: PushApi, requestId: string): Promise<AbortResult> {
  const request = await api.readRequest(requestId)
  if (request.status !== 'created' && request.status !== 'pending') {
    const status = STATUS_LABEL[request.status]
    const reason =
      request.status === 'in-progress'
        ? 'the push has started, and a push in progress cannot be aborted'
        : 'it had already ended'
    return { aborted: false, status, reason }
  }
  try {
    await api.setRequestStatus(requestId, 'Canceled')
    return { aborted: true }
  } catch (error) {
    // It may have started between the read and the PATCH.
    if (error instanceof ApiError && error.code === 'INVALID_OPERATION') {
      const now = await api.readRequest(requestId)
      return { aborted: false, status: STATUS_LABEL[now.status], reason: error.message }
    }
    throw error
  }
}
