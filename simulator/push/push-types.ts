/**
 * Records of the simulated packaging org: the package, its versions,
 * subscriber installations, push requests and jobs, plus the scenario that scripts outcomes.
 */

/** A MetadataPackage. */
export interface SimPackage {
  id: string
  name: string
  namespacePrefix: string | null
  /** `Package` (first generation, as the seed) or `Package2` (second generation, unlocked). */
  category: 'Package' | 'Package2'
}

/**
 * A MetadataPackageVersion. Every upload has a build number, also in first-generation packages:
 * two betas of 1.3 are builds 1 and 2, the release of 1.3 build 3; a new number starts at 1.
 */
export interface SimVersion {
  id: string
  packageId: string
  name: string
  major: number
  minor: number
  patch: number
  build: number
  releaseState: 'Released' | 'Beta'
  deprecated: boolean
}

/** A PackageSubscriber (one installation). */
export interface SimSubscriber {
  id: string
  /** The subscriber org id, as the org stores it (18 characters unless the seed says 15). */
  orgKey: string
  orgName: string
  orgType: 'Production' | 'Sandbox'
  orgStatus: 'Active' | 'Demo' | 'Free' | 'Inactive' | 'Trial'
  /** `i` installed, `u` uninstalled. */
  installedStatus: 'i' | 'u'
  instanceName: string
  parentOrg: string | null
  versionId: string
  packageId: string
  /** The subscriber blocked push upgrades (PackageSubscriber.HasRestrictionEnabled). */
  hasRestrictionEnabled: boolean
  /** `BlockedBySubscriber` when it did, else `None`. */
  customUpgradeType: 'BlockedBySubscriber' | 'None'
}

/** One PackagePushError of a failed job. */
export interface SimPushError {
  severity: 'Error' | 'Warning'
  type: string
  title: string
  message: string
  details: string
}

/** What a job does once it runs. */
export type JobScript = { outcome: 'Succeeded' } | { outcome: 'Failed'; errors: SimPushError[] }

/** A PackagePushJob; its live status is derived from the clock (see push-lifecycle.ts). */
export interface SimJob {
  id: string
  requestId: string
  orgKey: string
  /** 0-based creation order inside its request: decides when it runs. */
  index: number
  script: JobScript
}

/** A PackagePushRequest. Status changes by PATCH are stored; the rest is derived from the clock. */
export interface SimPushRequest {
  id: string
  versionId: string
  /** Epoch ms, or null to start when set to Pending. */
  scheduledStartTime: number | null
  createdAt: number
  /** Set by PATCH Pending. */
  pendingAt: number | null
  /** Set by PATCH Canceled. */
  canceledAt: number | null
  jobs: SimJob[]
  jobsByOrg15: Map<string, SimJob>
}

/** Per-record refusal scripted for an org at job creation. */
export interface ScriptedRejection {
  statusCode: string
  message: string
}

/** Knobs of the push simulation; tests change them through `pushController(sim).scenario`. */
export interface PushScenario {
  /** The outcome of each org's job (default: the seed's mix of successes and real failure shapes). */
  outcome: (subscriber: SimSubscriber) => JobScript
  /** Job records for these orgs (15-character keys) are refused with the given error. */
  reject: Map<string, ScriptedRejection>
  /** Orgs (15-character keys) whose first job insert fails with UNABLE_TO_LOCK_ROW. */
  lockOnce: Set<string>
  /** The `call`-th (1-based) Collections call writes its first `written` records, then answers 503. */
  batchFailure?: { call: number; written: number }
  /** From the start time until the request turns In Progress (starts are "at or after"). */
  startLagMs: number
  /** How long one job runs. */
  jobMs: number
  /** Jobs running at the same time. */
  concurrency: number
  /**
   * How long job records trail the request (0 = never): each job's Status (and times) read as they
   * were this long ago, while the request's Status is live. The request and its jobs are separate
   * records, and nothing in the object reference says the request ends only after its jobs; with a
   * lag the request reads Succeeded or Failed while its last wave still reads In Progress.
   */
  jobStatusLagMs: number
  /** How jobs spell canceled (older object docs: `Cancelled`). */
  jobCanceledSpelling: 'Canceled' | 'Cancelled'
  /** Query page size (the org's default is 2,000; tests use small pages). */
  pageSize: number
}
