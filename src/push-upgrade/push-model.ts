/**
 * The push-upgrade model: package versions, subscribers, job counts and failures as the rest of
 * the action sees them, after `normalize.ts` has removed the API's spelling quirks.
 */

/** Job and request statuses, one spelling each (`In Progress`, `Cancelled` are normalised away). */
export type PushStatus = 'created' | 'pending' | 'in-progress' | 'succeeded' | 'failed' | 'canceled'

/** Every status, in lifecycle order (also the column order of reports). */
export const PUSH_STATUSES: readonly PushStatus[] = [
  'created',
  'pending',
  'in-progress',
  'succeeded',
  'failed',
  'canceled'
]

/** Number of jobs per status. */
export type StatusCounts = Record<PushStatus, number>

/** `(major, minor, patch, build)`; missing parts are 0 so 1GP and 2GP numbers compare alike. */
export type VersionTuple = readonly [number, number, number, number]

/** A version of the package (MetadataPackageVersion). */
export interface PackageVersion {
  /** The `04t` id. */
  id: string
  packageId: string
  /** Version name, e.g. `Spring release`. */
  name: string
  number: VersionTuple
  /** `1.4.2` or `1.4.2.7`, as the org shows it. */
  numberText: string
  released: boolean
  deprecated: boolean
}

/** The package itself (MetadataPackage); the namespace is null for many unlocked packages. */
export interface PackageInfo {
  id: string
  name: string
  namespacePrefix: string | null
}

/** One installation of the package in a subscriber org (PackageSubscriber). */
export interface Subscriber {
  /** The subscriber's org id as the org returns it; sent back as is on job creation. */
  orgKey: string
  orgName: string
  /** `Production` or `Sandbox`. */
  orgType: string
  /** `Active`, `Demo`, `Free`, `Inactive` or `Trial`. */
  orgStatus: string
  /** `i` = installed. */
  installedStatus: string
  instanceName: string
  /** The installed `04t`. */
  versionId: string
  /** The subscriber blocked push upgrades of this package (customized push upgrades). */
  blocksPushUpgrades?: boolean
}

/** An org the push leaves out, and why. */
export interface ExcludedOrg {
  orgKey: string
  /** Present when the org is a known subscriber. */
  subscriber?: Subscriber
  reason: string
}

/** An org whose job record the org refused at scheduling. */
export interface RejectedOrg {
  orgKey: string
  statusCode: string
  message: string
}

/** One PackagePushError. */
export interface PushError {
  severity: string
  type: string
  title: string
  message: string
  details: string
}

/** A job that ended Failed, with its errors. */
export interface FailedJob {
  jobId: string
  orgKey: string
  errors: PushError[]
}

/** One job's status as last read (a job record of the request). */
export interface JobState {
  orgKey: string
  status: PushStatus
}

/**
 * A scheduled org whose push had not ended when the wait stopped: its job's status, or
 * `no-record` when the job query did not list a job for it yet.
 */
export interface UnfinishedOrg {
  orgKey: string
  status: 'created' | 'pending' | 'in-progress' | 'no-record'
}

/** The request as last read. */
export interface RequestState {
  id: string
  status: PushStatus
  /** The raw spelling, for messages. */
  rawStatus: string
  scheduledStartTime?: string
  startTime?: string
  endTime?: string
  durationSeconds?: number
}

/** An empty count table. */
export function emptyCounts(): StatusCounts {
  return { created: 0, pending: 0, 'in-progress': 0, succeeded: 0, failed: 0, canceled: 0 }
}
