import type { OrgCaller } from '../metadata-api/org-caller.ts'
import { sendRest } from '../metadata-api/rest/rest-send.ts'

/** Facts about the org that decide API version and defaults. */
export interface OrgInfo {
  /** Highest API version the org supports, e.g. '66.0'. */
  maxApiVersion: string
}

/** Reads the org's supported API versions (`GET /services/data`). */
export async function readOrgInfo(caller: OrgCaller): Promise<OrgInfo> {
  const answer = await sendRest(caller, 'list API versions', 'GET', '/services/data')
  const versions = (Array.isArray(answer) ? (answer as { version?: unknown }[]) : [])
    .map((v) => (typeof v.version === 'string' ? v.version : ''))
    .filter((v) => /^\d+\.0$/.test(v))
    .sort((a, b) => Number(a) - Number(b))
  return { maxApiVersion: versions.at(-1) ?? '62.0' }
}
