/** What a push upgrade is asked to do: the version, the orgs and the limits (docs/push-upgrades.md). */

/** Which version to push. */
export type PushTarget =
  | { kind: 'version-id'; versionId: string }
  | { kind: 'version-number'; packageId: string; versionNumber: string }

/** Which orgs to consider before filters. */
export type OrgSelection =
  | { kind: 'all' }
  | {
      kind: 'explicit'
      /** Ids from the `orgs` input and the `orgs-file` file (validated). */
      orgs: string[]
    }

/** Subscriber org types and statuses the filters know. */
export const ORG_TYPES = ['Production', 'Sandbox'] as const
export const ORG_STATUSES = ['Active', 'Demo', 'Free', 'Trial', 'Inactive'] as const

/** Everything the push-upgrade mode needs beyond auth and `wait`. */
export interface PushSettings {
  target: PushTarget
  selection: OrgSelection
  /** Org ids never to push, 15 or 18 characters. */
  excludeOrgs: string[]
  /** Keep subscribers of these org types. */
  orgTypes: string[]
  /** Keep subscribers with these org statuses. */
  orgStatuses: string[]
  /** Keep only installed versions at or above this number (`1.2`, `1.2.3`, `1.2.3.4`). */
  minVersion?: string
  /** ISO-8601 UTC start; undefined starts the push as soon as it is set to Pending. */
  startTime?: string
  /** Safety cap: more eligible orgs than this fails the step before anything is created. */
  maxOrgs: number
  /** Select and report only; create nothing. */
  dryRun: boolean
  /** Fail the step when failed / (succeeded + failed) exceeds this percentage (0 = any failure). */
  failThreshold: number
}
