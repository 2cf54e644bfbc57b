/** The port the push orchestrator talks to; `push-client.ts` implements it over the REST API. */
import type {
  FailedJob,
  JobState,
  PackageInfo,
  PackageVersion,
  RequestState,
  StatusCounts,
  Subscriber
} from './push-model.ts'

/** sObject Collections takes at most 200 records per call (REST API guide, "sObject Collections"). */
export const MAX_RECORDS_PER_COLLECTION = 200

/** The answer for one job record of a Collections call, in input order. */
export type JobCreateResult =
  { ok: true; id: string } | { ok: false; code: string; message: string }

/** Push objects of the data API (PackagePushRequest, PackagePushJob, PackagePushError, ...). */
export interface PushApi {
  readPackage(packageId: string): Promise<PackageInfo | undefined>
  readVersion(versionId: string): Promise<PackageVersion | undefined>
  readVersions(packageId: string): Promise<PackageVersion[]>
  /** Every installation that can be pushed: installed, org not Inactive (paged). */
  readAllSubscribers(packageId: string): Promise<Subscriber[]>
  /** The installations of the given orgs, whatever their status (chunked lookups). */
  readSubscribers(packageId: string, orgIds: readonly string[]): Promise<Subscriber[]>
  /** Creates the request in status Created; returns its 0DV id. */
  createRequest(versionId: string, scheduledStartTime?: string): Promise<string>
  /** Creates ≤ 200 jobs in one sObject Collections call; one result per org, same order. */
  createJobs(requestId: string, orgKeys: readonly string[]): Promise<JobCreateResult[]>
  /** Which of these orgs already have a job in the request (after an unknown batch outcome). */
  findJobOrgs(requestId: string, orgKeys: readonly string[]): Promise<string[]>
  setRequestStatus(requestId: string, status: 'Pending' | 'Canceled'): Promise<void>
  readRequest(requestId: string): Promise<RequestState>
  /** Job counts by status, one aggregate query. */
  countJobs(requestId: string): Promise<StatusCounts>
  /** Every job of the request with its status (paged); read once, when the wait ran out. */
  readJobStates(requestId: string): Promise<JobState[]>
  /** Failed jobs with their PackagePushErrors (paged). */
  readFailedJobs(requestId: string): Promise<FailedJob[]>
}
