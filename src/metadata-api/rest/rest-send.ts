import type { OrgCaller } from '../org-caller.ts'
import { readRestJson } from './read-json.ts'

/** A request body already encoded, with its content type. */
export interface RestBody {
  data: string | Uint8Array
  contentType: string
}

/**
 * Sends one Salesforce REST request with the session as a bearer token (signing in again once on
 * 401) and returns the JSON answer, or throws the classified error. `what` names the call in errors.
 */
export async function sendRest(
  caller: OrgCaller,
  what: string,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: RestBody
): Promise<unknown> {
  const response = await caller.send(
    (c) => ({
      method,
      url: `${c.instanceUrl}${path}`,
      headers: {
        authorization: `Bearer ${c.accessToken}`,
        accept: 'application/json',
        ...(body ? { 'content-type': body.contentType } : {})
      },
      ...(body ? { body: body.data } : {})
    }),
    (r) => r.status === 401
  )
  return readRestJson(what, response)
}
