/** Whether the org is a production org, from the Organization row (data API query). */
import type { OrgCaller } from '../metadata-api/org-caller.ts'
import { createSalesforceRest } from '../salesforce-rest/rest-client.ts'
import { toOrgFacts } from '../tooling/normalize.ts'
import { isProduction } from '../tooling/fallback-policy.ts'
import type { OrganizationRow } from '../tooling/wire.ts'

/** Queries Organization once: production = not a sandbox, not Developer Edition, no trial expiry. */
export async function queryIsProduction(caller: OrgCaller, apiVersion: string): Promise<boolean> {
  const rows = await createSalesforceRest(caller, apiVersion).queryAll<OrganizationRow>(
    'SELECT IsSandbox, OrganizationType, TrialExpirationDate, NamespacePrefix FROM Organization'
  )
  const row = rows[0]
  // Without an answer, assume the cautious case: production gets a backup.
  return row ? isProduction(toOrgFacts(row)) : true
}
