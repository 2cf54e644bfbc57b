/**
 * The REST shapes of the push objects as the org sends them (PackagePushRequest, PackagePushJob,
 * ...): field names as in the object reference, numbers possibly null, child sub-queries possibly
 * null.
 */

/** A MetadataPackage row. */
export interface MetadataPackage {
  Id: string
  Name: string | null
  NamespacePrefix: string | null
}

/** A MetadataPackageVersion row. */
export interface MetadataPackageVersion {
  Id: string
  MetadataPackageId: string
  Name: string | null
  MajorVersion: number | null
  MinorVersion: number | null
  PatchVersion: number | null
  BuildNumber: number | null
  ReleaseState: string | null
  IsDeprecated: boolean | null
}

/** A PackageSubscriber row. */
export interface PackageSubscriber {
  OrgKey: string
  OrgName: string | null
  OrgType: string | null
  OrgStatus: string | null
  InstalledStatus: string | null
  InstanceName: string | null
  MetadataPackageVersionId: string | null
  /** The subscriber blocked push upgrades (customized push upgrades, API 60.0+). */
  HasRestrictionEnabled?: boolean | null
  /** `BlockedBySubscriber` or `None` (API 60.0+). */
  CustomUpgradeType?: string | null
}

/** A PackagePushRequest record read by id. */
export interface PackagePushRequest {
  Id?: string
  Status: string
  ScheduledStartTime?: string | null
  StartTime?: string | null
  EndTime?: string | null
  DurationSeconds?: number | null
}

/** A row of `SELECT Status, COUNT(Id) n … GROUP BY Status`; the alias is `expr0` without `n`. */
export interface StatusCountRow {
  Status: string
  n?: number
  expr0?: number
}

/**
 * A nested child sub-query result; the org sends null when there are no children. Like a query,
 * it may come in batches: `done` false and `nextRecordsUrl` for the rest.
 */
export interface ChildRecords<T> {
  totalSize: number
  done: boolean
  records: T[]
  nextRecordsUrl?: string
}

/** A PackagePushError row. */
export interface PackagePushError {
  ErrorSeverity: string | null
  ErrorType: string | null
  ErrorTitle: string | null
  ErrorMessage: string | null
  ErrorDetails: string | null
}

/** A PackagePushJob row with its errors. */
export interface PackagePushJob {
  Id: string
  SubscriberOrganizationKey: string
  Status: string
  PackagePushErrors?: ChildRecords<PackagePushError> | null
}

/** One error of a per-record result: `statusCode` on records, `errorCode` on top-level errors. */
export interface RecordError {
  statusCode?: string
  errorCode?: string
  message?: string
  fields?: string[]
}

/** One element of an sObject Collections answer (same order as the records sent). */
export interface SaveResult {
  id?: string | null
  success: boolean
  errors?: RecordError[]
}

/** The answer to a single-record create. */
export interface CreateResult {
  id: string
  success: boolean
  errors?: RecordError[]
}
