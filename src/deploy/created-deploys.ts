import { createSalesforceRest } from '../salesforce-rest/rest-client.ts'
import type { OrgSession } from './ports.ts'

/** A deploy the org holds, as the Tooling API's DeployRequest object reports it. */
export interface CreatedDeploy {
  id: string
  status: string
  createdDate: string
}

/** Finds the deploys of the given kind created since `sinceMs` (runner clock). */
export type CreatedDeploysLookup = (sinceMs: number) => Promise<CreatedDeploy[]>

/**
 * How far the runner's clock may be ahead of the org's. CreatedDate is set by the org ("when the
 * deploy() call was received", DeployResult reference), the start time by the runner; both keep
 * to NTP, so a minute is ample, and a wider window only adds candidates, never hides one.
 */
export const CLOCK_SKEW_MARGIN_MS = 60_000

const SALESFORCE_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/

/**
 * The Tooling query for deploys a submit may have created: of the same kind (a validation is
 * CheckOnly), since the submit started less the skew margin, by the signed-in user when known.
 * DeployRequest is the Tooling API object behind Setup > Deployment Status (Id, Status, CheckOnly,
 * CreatedDate, CreatedById, StartDate, CompletedDate; Tooling API reference, DeployRequest).
 */
export function createdDeploysQuery(input: {
  sinceMs: number
  checkOnly: boolean
  userId?: string | undefined
}): string {
  // SOQL dateTime literals are unquoted, whole seconds: YYYY-MM-DDThh:mm:ssZ.
  const since = new Date(Math.floor((input.sinceMs - CLOCK_SKEW_MARGIN_MS) / 1000) * 1000)
    .toISOString()
    .replace('.000Z', 'Z')
  const filters = [
    ...(input.userId && SALESFORCE_ID.test(input.userId)
      ? [`CreatedById = '${input.userId}'`]
      : []),
    `CheckOnly = ${String(input.checkOnly)}`,
    `CreatedDate >= ${since}`
  ]
  return `SELECT Id, Status, CreatedDate FROM DeployRequest WHERE ${filters.join(' AND ')} ORDER BY CreatedDate DESC`
}

interface DeployRequestRow {
  Id?: unknown
  Status?: unknown
  CreatedDate?: unknown
}

/** Reads the query's rows; a row without an id is dropped, one without a status kept. */
export function toCreatedDeploys(rows: DeployRequestRow[]): CreatedDeploy[] {
  return rows
    .filter((row): row is DeployRequestRow & { Id: string } => typeof row.Id === 'string')
    .map((row) => ({
      id: row.Id,
      status: typeof row.Status === 'string' ? row.Status : 'unknown',
      createdDate: typeof row.CreatedDate === 'string' ? row.CreatedDate : ''
    }))
}

/**
 * Asks the org, through the Tooling API, for deploys of this kind created since a time. Without a
 * REST caller there is no way to ask. Without the user's id (a bare access token carries none)
 * every user's deploys count: more candidates, never a missed one.
 */
export function createdDeploysLookup(
  session: OrgSession,
  checkOnly: boolean,
  known: ReadonlySet<string> = new Set()
): CreatedDeploysLookup | undefined {
  const caller = session.caller
  if (!caller) return undefined
  return async (sinceMs) => {
    const rest = createSalesforceRest(caller, session.apiVersion)
    const soql = createdDeploysQuery({ sinceMs, checkOnly, userId: caller.connection.userId })
    const found = toCreatedDeploys(await rest.queryAll<DeployRequestRow>(soql, { tooling: true }))
    return withoutKnown(found, known)
  }
}

/**
 * Drops the deploys this run already made and follows (a flaky-test resubmit comes within
 * seconds of the first deploy): they are not what a failed submit may have created. Ids compare
 * on their first 15 characters, as the org answers in either form.
 */
export function withoutKnown(found: CreatedDeploy[], known: ReadonlySet<string>): CreatedDeploy[] {
  if (known.size === 0) return found
  const ours = new Set([...known].map((id) => id.slice(0, 15)))
  return found.filter((d) => !ours.has(d.id.slice(0, 15)))
}
