/**
 * The query resource for the push objects: their fields (with the API versions that added them),
 * their rows at the current simulated time, aggregates, child errors and paging.
 */
import type { SimContext } from '../core/context.ts'
import { restDate } from '../core/clock.ts'
import type { SimResponse } from '../core/route.ts'
import { json, restError } from '../rest/rest-kit.ts'
import {
  installedVersionId,
  jobRecordTime,
  jobStatus,
  jobTimes,
  requestStatus,
  requestTimes
} from './push-lifecycle.ts'
import { matchesWhere, parsePushQuery, type PushQuery } from './push-soql.ts'
import { pushState, type PushState } from './push-state.ts'
import type { SimJob, SimPushRequest } from './push-types.ts'

type Row = Record<string, unknown>

/** Fields per object; a number is the first API version that has the field. */
const FIELDS: Record<string, Record<string, number>> = {
  MetadataPackage: { Id: 0, Name: 0, NamespacePrefix: 0, PackageCategory: 49 },
  MetadataPackageVersion: {
    Id: 0,
    MetadataPackageId: 0,
    Name: 0,
    MajorVersion: 0,
    MinorVersion: 0,
    PatchVersion: 0,
    BuildNumber: 0,
    ReleaseState: 0,
    IsDeprecated: 0
  },
  PackageSubscriber: {
    Id: 0,
    OrgKey: 0,
    OrgName: 0,
    OrgType: 0,
    OrgStatus: 0,
    InstalledStatus: 0,
    InstanceName: 0,
    ParentOrg: 0,
    MetadataPackageVersionId: 0,
    MetadataPackageId: 49,
    HasRestrictionEnabled: 60,
    CustomUpgradeType: 60
  },
  PackagePushRequest: {
    Id: 0,
    PackageVersionId: 0,
    ScheduledStartTime: 0,
    Status: 0,
    StartTime: 51,
    EndTime: 51,
    DurationSeconds: 51
  },
  PackagePushJob: {
    Id: 0,
    PackagePushRequestId: 0,
    SubscriberOrganizationKey: 0,
    Status: 0,
    StartTime: 51,
    EndTime: 51,
    DurationSeconds: 51
  },
  PackagePushError: {
    Id: 0,
    PackagePushJobId: 0,
    ErrorSeverity: 0,
    ErrorType: 0,
    ErrorTitle: 0,
    ErrorMessage: 0,
    ErrorDetails: 0
  }
}

/** The push objects this module answers queries for. */
export const PUSH_OBJECTS = new Set(Object.keys(FIELDS).map((o) => o.toLowerCase()))

const invalidField = (field: string, object: string): SimResponse =>
  restError(
    400,
    'INVALID_FIELD',
    `No such column '${field}' on entity '${object}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`
  )

/** Canonical field name, or undefined when the object (at this API version) lacks it. */
function canonical(object: string, field: string, version: string): string | undefined {
  const entry = Object.entries(FIELDS[object] ?? {}).find(
    ([name]) => name.toLowerCase() === field.toLowerCase()
  )
  return entry && Number(version) >= entry[1] ? entry[0] : undefined
}

/** Runs a push query and answers its first page. */
export function runPushQuery(soql: string, sim: SimContext, version: string): SimResponse {
  let query: PushQuery
  try {
    query = parsePushQuery(soql)
  } catch (error) {
    return restError(400, 'MALFORMED_QUERY', (error as Error).message)
  }
  const object = Object.keys(FIELDS).find(
    (o) => o.toLowerCase() === query.object.toLowerCase()
  ) as string
  const names = [
    ...query.fields,
    ...query.where.map((w) => w.field),
    ...(query.groupBy ? [query.groupBy] : [])
  ]
  for (const name of names) if (!canonical(object, name, version)) return invalidField(name, object)
  if (
    query.child &&
    (object !== 'PackagePushJob' || query.child.relationship.toLowerCase() !== 'packagepusherrors')
  ) {
    return restError(
      400,
      'INVALID_TYPE',
      `Didn't understand relationship '${query.child.relationship}' in FROM part of query call.`
    )
  }
  for (const name of query.child?.fields ?? [])
    if (!canonical('PackagePushError', name, version)) return invalidField(name, 'PackagePushError')
  const fix = (f: string): string => canonical(object, f, version) as string
  query.where = query.where.map((w) => ({ ...w, field: fix(w.field) }))
  const state = pushState(sim)
  const now = sim.clock.now()
  const records = recordsOf(object, state, now, query).filter((r) => matchesWhere(query, r))
  const rows = query.count
    ? aggregate(records, query, fix)
    : records.map((r) => shape(object, r, query, fix, version))
  return firstPage(state, sim, rows, version)
}

/** Records of an object (unfiltered), with live statuses. Jobs are narrowed by request first. */
function recordsOf(object: string, state: PushState, now: number, query: PushQuery): Row[] {
  switch (object) {
    case 'MetadataPackage':
      return [
        {
          Id: state.package.id,
          Name: state.package.name,
          NamespacePrefix: state.package.namespacePrefix,
          PackageCategory: state.package.category
        }
      ]
    case 'MetadataPackageVersion':
      return state.versions.map((v) => ({
        Id: v.id,
        MetadataPackageId: v.packageId,
        Name: v.name,
        MajorVersion: v.major,
        MinorVersion: v.minor,
        PatchVersion: v.patch,
        BuildNumber: v.build,
        ReleaseState: v.releaseState,
        IsDeprecated: v.deprecated
      }))
    case 'PackageSubscriber':
      return state.subscribers.map((s) => ({
        Id: s.id,
        OrgKey: s.orgKey,
        OrgName: s.orgName,
        OrgType: s.orgType,
        OrgStatus: s.orgStatus,
        InstalledStatus: s.installedStatus,
        InstanceName: s.instanceName,
        ParentOrg: s.parentOrg,
        MetadataPackageVersionId: installedVersionId(
          s.orgKey.slice(0, 15),
          s.versionId,
          state.requests.values(),
          state.scenario,
          now
        ),
        MetadataPackageId: s.packageId,
        HasRestrictionEnabled: s.hasRestrictionEnabled,
        CustomUpgradeType: s.customUpgradeType
      }))
    case 'PackagePushRequest':
      return [...state.requests.values()].map((r) => requestRow(r, state, now))
    case 'PackagePushJob':
      return jobRows(state, now, query)
    default:
      return []
  }
}

/** A request as a record at `now`. */
export function requestRow(r: SimPushRequest, state: PushState, now: number): Row {
  const status = requestStatus(r, state.scenario, now)
  const times = requestTimes(r, state.scenario)
  const started = times && r.canceledAt === null && now >= times.start
  const ended = times && started && now >= times.end
  return {
    Id: r.id,
    PackageVersionId: r.versionId,
    ScheduledStartTime: r.scheduledStartTime === null ? null : restDate(r.scheduledStartTime),
    Status: status,
    StartTime: started ? restDate(times.start) : null,
    EndTime: ended ? restDate(times.end) : r.canceledAt !== null ? restDate(r.canceledAt) : null,
    DurationSeconds: ended ? Math.round((times.end - times.start) / 1000) : null
  }
}

/** Job records; times are rendered only when selected, since polls count tens of thousands of jobs. */
function jobRows(state: PushState, now: number, query: PushQuery): Row[] {
  const wanted = query.where.find((w) => w.field === 'PackagePushRequestId' && w.op === '=')
    ?.values[0]
  const requests = [...state.requests.values()].filter(
    (r) => typeof wanted !== 'string' || r.id.slice(0, 15) === wanted.slice(0, 15)
  )
  const withTimes = query.fields.some((f) => /^(StartTime|EndTime|DurationSeconds)$/i.test(f))
  const rows: Row[] = []
  for (const r of requests) {
    const times = requestTimes(r, state.scenario)
    for (const job of r.jobs) {
      const status = jobStatus(job, r, state.scenario, now)
      const row: Row = {
        Id: job.id,
        PackagePushRequestId: r.id,
        SubscriberOrganizationKey: job.orgKey,
        Status: status,
        __job: job
      }
      if (withTimes)
        Object.assign(
          row,
          jobTimeFields(
            times ? jobTimes(job, times, state.scenario) : undefined,
            r.canceledAt !== null,
            jobRecordTime(state.scenario, now)
          )
        )
      rows.push(row)
    }
  }
  return rows
}

function jobTimeFields(
  own: { start: number; end: number } | undefined,
  canceled: boolean,
  now: number
): Row {
  const started = own !== undefined && !canceled && now >= own.start
  const ended = own !== undefined && started && now >= own.end
  return {
    StartTime: started ? restDate(own.start) : null,
    EndTime: ended ? restDate(own.end) : null,
    DurationSeconds: ended ? Math.round((own.end - own.start) / 1000) : null
  }
}

function shape(
  object: string,
  record: Row,
  query: PushQuery,
  fix: (f: string) => string,
  version: string
): Row {
  const row: Row = {
    attributes: {
      type: object,
      url: `/services/data/v${version}/sobjects/${object}/${String(record['Id'])}`
    }
  }
  for (const field of query.fields) row[fix(field)] = record[fix(field)] ?? null
  if (query.child) row['PackagePushErrors'] = childErrors(record, query.child.fields, version)
  return row
}

/** The nested PackagePushErrors result: null when the job has no errors. */
function childErrors(record: Row, fields: string[], version: string): Row | null {
  const job = record['__job'] as SimJob
  if (
    record['Status'] !== 'Failed' ||
    job.script.outcome !== 'Failed' ||
    job.script.errors.length === 0
  )
    return null
  const records = job.script.errors.map((e, i) => {
    const id = `0DY${job.id.slice(3, 14)}${i % 10}`
    const full: Row = {
      Id: id,
      PackagePushJobId: job.id,
      ErrorSeverity: e.severity,
      ErrorType: e.type,
      ErrorTitle: e.title,
      ErrorMessage: e.message,
      ErrorDetails: e.details
    }
    const row: Row = {
      attributes: {
        type: 'PackagePushError',
        url: `/services/data/v${version}/sobjects/PackagePushError/${id}`
      }
    }
    for (const f of fields) {
      const name = canonical('PackagePushError', f, version) as string
      row[name] = full[name] ?? null
    }
    return row
  })
  return { totalSize: records.length, done: true, records }
}

function aggregate(records: Row[], query: PushQuery, fix: (f: string) => string): Row[] {
  const alias = query.count as string
  if (!query.groupBy) return [{ attributes: { type: 'AggregateResult' }, [alias]: records.length }]
  const group = fix(query.groupBy)
  const counts = new Map<unknown, number>()
  for (const r of records) counts.set(r[group], (counts.get(r[group]) ?? 0) + 1)
  return [...counts.entries()].map(([value, n]) => ({
    attributes: { type: 'AggregateResult' },
    [group]: value,
    [alias]: n
  }))
}

function firstPage(state: PushState, sim: SimContext, rows: Row[], version: string): SimResponse {
  const locator = sim.ids.next('01g')
  if (rows.length > state.scenario.pageSize) state.cursors.set(locator, { rows, version })
  return pageOf(state, locator, rows, version, 0)
}

/** One page of a cursor, with nextRecordsUrl while rows remain. */
export function pageOf(
  state: PushState,
  locator: string,
  rows: Row[],
  version: string,
  offset: number
): SimResponse {
  const size = state.scenario.pageSize
  const done = offset + size >= rows.length
  if (done) state.cursors.delete(locator)
  return json(200, {
    totalSize: rows.length,
    done,
    ...(done
      ? {}
      : { nextRecordsUrl: `/services/data/v${version}/query/${locator}-${offset + size}` }),
    records: rows.slice(offset, offset + size)
  })
}
