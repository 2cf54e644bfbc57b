import type { OrgCaller } from '../org-caller.ts'
import { resolveOrgUrl } from '../../http/url-policy.ts'
import { ActionError } from '../../shared/errors.ts'
import { readRestJson } from './read-json.ts'

/** A request body already encoded, with its content type. */
export interface RestBody {
  data: string | Uint8Array
  contentType: string
}

/**
 * Sends one Salesforce REST request with the session as a bearer token (signing in again once on
 * 401) and returns the JSON answer, or throws the classified error. `what` names the call in errors.
 * `path` may come from the org (`nextRecordsUrl`): it is resolved against the instance URL and
 * refused when it names another host.
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
      url: orgUrl(c.instanceUrl, path, what),
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

function orgUrl(instanceUrl: string, path: string, what: string): string {
  const resolved = resolveOrgUrl(instanceUrl, path)
  if ('problem' in resolved) throw new ActionError(`${what}: ${resolved.problem}.`)
  return resolved.url
}
