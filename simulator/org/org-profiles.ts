/**
 * Org profiles: the kinds of org a deploy meets, with what differs between them. Production
 * refuses NoTestRun with Apex and purgeOnDelete and runs RunLocalTests by default; sandboxes and
 * scratch orgs report IsSandbox, sign JWT logins in at test.salesforce.com (not login), and
 * scratch orgs carry a trial expiration date; Developer Edition orgs behave like a small
 * production org that accepts NoTestRun. `current` is a production org at the current release
 * (API 68.0, Winter '27), whose coverage results carry `locationsCovered`.
 */

/** The org kinds the simulator models. */
export type OrgType = 'Production' | 'Sandbox' | 'Scratch' | 'Developer Edition'

/** What a profile sets. */
export interface OrgProfile {
  orgType: OrgType
  apiVersion: string
}

/** API version of the current Salesforce release (Winter '27). */
export const CURRENT_API_VERSION = '68.0'
/** Default API version of a simulated org. */
export const DEFAULT_API_VERSION = '66.0'

export const ORG_PROFILES = {
  production: { orgType: 'Production', apiVersion: DEFAULT_API_VERSION },
  sandbox: { orgType: 'Sandbox', apiVersion: DEFAULT_API_VERSION },
  scratch: { orgType: 'Scratch', apiVersion: DEFAULT_API_VERSION },
  developer: { orgType: 'Developer Edition', apiVersion: DEFAULT_API_VERSION },
  current: { orgType: 'Production', apiVersion: CURRENT_API_VERSION }
} as const satisfies Record<string, OrgProfile>

/** A profile name. */
export type OrgProfileName = keyof typeof ORG_PROFILES

/** Login hosts whose URL a JWT `aud` may name for this kind of org (besides the org's own URL). */
export function jwtAudiences(orgType: OrgType): string[] {
  return orgType === 'Sandbox' || orgType === 'Scratch'
    ? ['https://test.salesforce.com']
    : ['https://login.salesforce.com']
}

/** True for orgs that report IsSandbox (sandboxes and scratch orgs). */
export function isSandboxLike(orgType: OrgType): boolean {
  return orgType === 'Sandbox' || orgType === 'Scratch'
}
