import type { OrgCaller } from '../metadata-api/org-caller.ts'
import { readRestError } from '../metadata-api/rest/requests.ts'
import { apiErrorFor, httpErrorFor } from '../metadata-api/errors.ts'

/** Facts about the org that decide API version and defaults. */
export interface OrgInfo {
  /** Highest API version the org supports, e.g. '66.0'. */
  maxApiVersion: string
}

/** Reads the org's supported API versions (`GET /services/data`). */
export async function readOrgInfo(caller: OrgCaller): Promise<OrgInfo> {
  const response = await caller.send(
    (c) => ({
      method: 'GET',
      url: `${c.instanceUrl}/services/data`,
      headers: { authorization: `Bearer ${c.accessToken}`, accept: 'application/json' }
    }),
    (r) => r.status === 401
  )
  if (response.status !== 200) {
    const error = readRestError(response.body)
    throw error
      ? apiErrorFor(error.code, error.message, response.status)
      : httpErrorFor(response.status, 'list API versions')
  }
  const versions = (JSON.parse(response.body) as { version?: unknown }[])
    .map((v) => (typeof v.version === 'string' ? v.version : ''))
    .filter((v) => /^\d+\.0$/.test(v))
    .sort((a, b) => Number(a) - Number(b))
  return { maxApiVersion: versions.at(-1) ?? '62.0' }
}
