/**
 * The PushApi over the REST data API: SOQL queries with paging,
 * single-record sObject calls, and sObject Collections for job creation. Wire shapes go through
 * `normalize.ts`; nothing past this file sees them.
 */
import type { SalesforceRest } from '../salesforce-rest/rest-client.ts'
import { chunk } from '../shared/arrays.ts'
import { ApiError } from '../shared/errors.ts'
import * as normalize from './normalize.ts'
import { MAX_RECORDS_PER_COLLECTION, type JobCreateResult, type PushApi } from './push-api.ts'
import type * as wire from './push-wire.ts'

/** Long `IN (…)` lists in a GET URL fail with "URI too long" (SFDO-Tooling/CumulusCI PR #959). */
export const MAX_IDS_PER_QUERY = 100

const VERSION_FIELDS =
  'Id, MetadataPackageId, Name, MajorVersion, MinorVersion, PatchVersion, BuildNumber, ReleaseState, IsDeprecated'
const SUBSCRIBER_FIELDS =
  'OrgKey, OrgName, OrgType, OrgStatus, InstalledStatus, InstanceName, MetadataPackageVersionId'
/** Customized push upgrades (API 60.0+): a subscriber can block push upgrades of the package. */
const BLOCK_FIELDS = 'HasRestrictionEnabled, CustomUpgradeType'
const REQUEST_FIELDS = 'Status,ScheduledStartTime,StartTime,EndTime,DurationSeconds'
const ERROR_FIELDS = 'ErrorSeverity, ErrorType, ErrorTitle, ErrorMessage, ErrorDetails'

/** A SOQL string literal. */
export function soqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
}

function inList(values: readonly string[]): string {
  return `(${values.map(soqlString).join(', ')})`
}

/** Creates the client on a REST session of API 51.0 or later. */
export function createPushClient(rest: SalesforceRest): PushApi {
  const data = rest.base()
  const query = <T>(soql: string): Promise<T[]> => rest.queryAll<T>(soql)
  // Orgs before API 60.0 lack the block fields: then no subscriber can block, and they are left out.
  let blockFields = true
  const subscribers = async (where: string): Promise<wire.PackageSubscriber[]> => {
    if (blockFields) {
      try {
        return await query<wire.PackageSubscriber>(
          `SELECT ${SUBSCRIBER_FIELDS}, ${BLOCK_FIELDS} FROM PackageSubscriber WHERE ${where}`
        )
      } catch (error) {
        if (!(error instanceof ApiError) || error.code !== 'INVALID_FIELD') throw error
        blockFields = false
      }
    }
    return query<wire.PackageSubscriber>(
      `SELECT ${SUBSCRIBER_FIELDS} FROM PackageSubscriber WHERE ${where}`
    )
  }
  // First-generation versions are shown without their build number (MetadataPackage category).
  const categories = new Map<string, string | null>()
  const categoryOf = async (packageId: string | undefined): Promise<string | null> => {
    if (!packageId) return null
    const known = categories.get(packageId.slice(0, 15))
    if (known !== undefined) return known
    const rows = await query<{ PackageCategory?: string | null }>(
      `SELECT PackageCategory FROM MetadataPackage WHERE Id = ${soqlString(packageId)}`
    ).catch(() => [])
    const category = rows[0]?.PackageCategory ?? null
    categories.set(packageId.slice(0, 15), category)
    return category
  }
  return {
    async readPackage(packageId) {
      const rows = await query<wire.MetadataPackage>(
        `SELECT Id, Name, NamespacePrefix FROM MetadataPackage WHERE Id = ${soqlString(packageId)}`
      )
      return rows[0] ? normalize.toPackageInfo(rows[0]) : undefined
    },
    async readVersion(versionId) {
      const rows = await query<wire.MetadataPackageVersion>(
        `SELECT ${VERSION_FIELDS} FROM MetadataPackageVersion WHERE Id = ${soqlString(versionId)}`
      )
      const row = rows[0]
      return row
        ? normalize.toPackageVersion(row, await categoryOf(row.MetadataPackageId))
        : undefined
    },
    async readVersions(packageId) {
      const rows = await query<wire.MetadataPackageVersion>(
        `SELECT ${VERSION_FIELDS} FROM MetadataPackageVersion WHERE MetadataPackageId = ${soqlString(packageId)}`
      )
      const category = await categoryOf(packageId)
      return rows.map((row) => normalize.toPackageVersion(row, category))
    },
    async readAllSubscribers(packageId) {
      const rows = await subscribers(
        `MetadataPackageId = ${soqlString(packageId)} AND InstalledStatus = 'i' AND OrgStatus != 'Inactive'`
      )
      return rows.map(normalize.toSubscriber)
    },
    async readSubscribers(packageId, orgIds) {
      // Both id lengths per org: OrgKey is text, and whether orgs store 15 or 18 characters is not
      // verified.
      const keys = [
        ...new Set(
          orgIds.flatMap((id) => [normalize.orgKey15(id), normalize.to18(normalize.orgKey15(id))])
        )
      ]
      const out = []
      for (const part of chunk(keys, MAX_IDS_PER_QUERY)) {
        const rows = await subscribers(
          `MetadataPackageId = ${soqlString(packageId)} AND OrgKey IN ${inList(part)}`
        )
        out.push(...rows.map(normalize.toSubscriber))
      }
      return out
    },
    async createRequest(versionId, scheduledStartTime) {
      const body = {
        PackageVersionId: versionId,
        ...(scheduledStartTime ? { ScheduledStartTime: scheduledStartTime } : {})
      }
      const result = await rest.post<wire.CreateResult>(`${data}/sobjects/PackagePushRequest`, body)
      if (!result.success || !result.id) throw refused('PackagePushRequest', result)
      return result.id
    },
    async createJobs(requestId, orgKeys) {
      if (orgKeys.length > MAX_RECORDS_PER_COLLECTION)
        throw new Error(`createJobs: at most ${MAX_RECORDS_PER_COLLECTION} records per call`)
      const records = orgKeys.map((key) => ({
        attributes: { type: 'PackagePushJob' },
        PackagePushRequestId: requestId,
        SubscriberOrganizationKey: key
      }))
      // HTTP 200 even when every record failed: only the per-record `success` counts.
      const results = await rest.post<wire.SaveResult[]>(`${data}/composite/sobjects`, {
        allOrNone: false,
        records
      })
      if (!Array.isArray(results) || results.length !== orgKeys.length) {
        throw new ApiError(
          'UNEXPECTED_RESPONSE',
          `sObject Collections answered ${Array.isArray(results) ? results.length : 'no'} results for ${orgKeys.length} job records`,
          200
        )
      }
      return results.map((r): JobCreateResult =>
        r.success && r.id ? { ok: true, id: r.id } : { ok: false, ...normalize.recordErrorOf(r) }
      )
    },
    async findJobOrgs(requestId, orgKeys) {
      const found: string[] = []
      for (const part of chunk(orgKeys, MAX_IDS_PER_QUERY)) {
        const rows = await query<{ SubscriberOrganizationKey: string }>(
          `SELECT SubscriberOrganizationKey FROM PackagePushJob WHERE PackagePushRequestId = ${soqlString(requestId)} AND SubscriberOrganizationKey IN ${inList(part)}`
        )
        found.push(...rows.map((r) => r.SubscriberOrganizationKey))
      }
      return found
    },
    async setRequestStatus(requestId, status) {
      await rest.patch(`${data}/sobjects/PackagePushRequest/${requestId}`, { Status: status })
    },
    async readRequest(requestId) {
      const row = await rest.get<wire.PackagePushRequest>(
        `${data}/sobjects/PackagePushRequest/${requestId}?fields=${REQUEST_FIELDS}`
      )
      return normalize.toRequestState(requestId, row)
    },
    async countJobs(requestId) {
      const rows = await query<wire.StatusCountRow>(
        `SELECT Status, COUNT(Id) n FROM PackagePushJob WHERE PackagePushRequestId = ${soqlString(requestId)} GROUP BY Status`
      )
      return normalize.toStatusCounts(rows).counts
    },
    async readJobStates(requestId) {
      const rows = await query<{ SubscriberOrganizationKey: string; Status: string }>(
        `SELECT SubscriberOrganizationKey, Status FROM PackagePushJob WHERE PackagePushRequestId = ${soqlString(requestId)}`
      )
      return rows.map(normalize.toJobState)
    },
    async readFailedJobs(requestId) {
      const rows = await query<wire.PackagePushJob>(
        `SELECT Id, SubscriberOrganizationKey, Status, (SELECT ${ERROR_FIELDS} FROM PackagePushErrors) FROM PackagePushJob WHERE PackagePushRequestId = ${soqlString(requestId)} AND Status = 'Failed'`
      )
      const jobs = []
      for (const row of rows) jobs.push(normalize.toFailedJob(await withAllErrors(rest, row)))
      return jobs
    }
  }
}

/**
 * Completes a job's PackagePushErrors: a sub-query answers its children in batches like a query
 * does, and the error that explains the failure may be in a later batch than the first.
 */
async function withAllErrors(
  rest: SalesforceRest,
  job: wire.PackagePushJob
): Promise<wire.PackagePushJob> {
  let batch = job.PackagePushErrors
  if (!batch || batch.done || !batch.nextRecordsUrl) return job
  const records = [...batch.records]
  while (!batch.done && batch.nextRecordsUrl) {
    batch = await rest.get<wire.ChildRecords<wire.PackagePushError>>(batch.nextRecordsUrl)
    records.push(...batch.records)
  }
  return { ...job, PackagePushErrors: { ...batch, records } }
}

function refused(object: string, result: wire.CreateResult): ApiError {
  const error = normalize.recordErrorOf({
    success: false,
    ...(result.errors ? { errors: result.errors } : {})
  })
  return new ApiError(error.code, `${object} not created: ${error.message}`, 201)
}
