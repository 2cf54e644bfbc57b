/**
 * `POST /composite/sobjects` for PackagePushJob records: ≤ 200 records, HTTP 200 with
 * one result per record in input order even when every record failed, per-record `statusCode`
 * errors, `allOrNone`, and the scripted faults of the scenario (refusals, one-time lock errors, a
 * batch that writes some records and then answers 503).
 */
import type { SimContext } from '../core/context.ts'
import type { SimResponse } from '../core/route.ts'
import { json, restError } from '../rest/rest-kit.ts'
import { installedVersionId, requestStatus } from './push-lifecycle.ts'
import { pushState, type PushState } from './push-state.ts'
import type { SimPushError, SimPushRequest, SimVersion } from './push-types.ts'

/** sObject Collections limit (REST API guide). */
const MAX_RECORDS = 200

type RecordResult =
  | { id: string; success: true; errors: [] }
  | { success: false; errors: { statusCode: string; message: string; fields: string[] }[] }

interface JobRecord {
  attributes?: { type?: string }
  PackagePushRequestId?: unknown
  SubscriberOrganizationKey?: unknown
}

const refuse = (statusCode: string, message: string, fields: string[] = []): RecordResult => ({
  success: false,
  errors: [{ statusCode, message, fields }]
})

/** Handles one Collections create call. */
export function createJobs(body: unknown, sim: SimContext): SimResponse {
  const input = body as { allOrNone?: unknown; records?: unknown } | null
  if (!input || !Array.isArray(input.records))
    return restError(
      400,
      'JSON_PARSER_ERROR',
      'Cannot deserialize instance of complexvalue from VALUE_STRING value or request body missing records'
    )
  const records = input.records as JobRecord[]
  if (records.length > MAX_RECORDS)
    return restError(
      400,
      'EXCEEDED_ID_LIMIT',
      `record limit reached. cannot submit more than ${MAX_RECORDS} records into this call`
    )
  const untyped = records.findIndex((r) => typeof r?.attributes?.type !== 'string')
  if (untyped >= 0)
    return restError(
      400,
      'INVALID_TYPE',
      `No SObject Type defined in the attributes for record: ${untyped}`
    )
  const other = records.find((r) => r.attributes?.type !== 'PackagePushJob')
  if (other)
    return restError(
      400,
      'INVALID_TYPE',
      `sObject type '${other.attributes?.type ?? ''}' is not supported by this org simulator's Collections resource.`
    )
  const state = pushState(sim)
  state.collectionCalls++
  const failure = state.scenario.batchFailure
  const cut = failure && failure.call === state.collectionCalls ? failure.written : undefined
  const now = sim.clock.now()
  const seen = new Set<string>()
  const checks = records.map((r) => check(r, state, now, seen))
  if (input.allOrNone === true && checks.some((c) => c.error)) {
    return json(
      200,
      checks.map(
        (c) =>
          c.error ??
          refuse(
            'ALL_OR_NONE_OPERATION_ROLLED_BACK',
            'Record rolled back because not all records were valid and the request was using AllOrNone header'
          )
      )
    )
  }
  const results = checks.map((c, i) =>
    cut !== undefined && i >= cut ? undefined : (c.error ?? write(c, state))
  )
  if (cut !== undefined)
    return {
      status: 503,
      headers: { 'content-type': 'text/html;charset=UTF-8' },
      body: '<html><head><title>503 Service Unavailable</title></head><body>Service temporarily unavailable.</body></html>'
    }
  return json(200, results)
}

interface Checked {
  error?: RecordResult
  request?: SimPushRequest
  orgKey?: string
}

/** Validates one record; texts marked (unverified) were not captured from a real org. */
function check(r: JobRecord, state: PushState, now: number, seen: Set<string>): Checked {
  const requestId = typeof r.PackagePushRequestId === 'string' ? r.PackagePushRequestId : ''
  const orgKey = typeof r.SubscriberOrganizationKey === 'string' ? r.SubscriberOrganizationKey : ''
  if (!requestId || !orgKey)
    return {
      error: refuse(
        'REQUIRED_FIELD_MISSING',
        `Required fields are missing: [${!requestId ? 'PackagePushRequestId' : 'SubscriberOrganizationKey'}]`,
        [!requestId ? 'PackagePushRequestId' : 'SubscriberOrganizationKey']
      )
    }
  const request = [...state.requests.values()].find(
    (q) => q.id.slice(0, 15) === requestId.slice(0, 15)
  )
  if (!request)
    return {
      error: refuse('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', [
        'PackagePushRequestId'
      ])
    }
  // (unverified) whether jobs can be added after Pending; the simulator allows Created only.
  if (requestStatus(request, state.scenario, now) !== 'Created')
    return {
      error: refuse(
        'INVALID_OPERATION',
        'Push jobs can only be added to a push request in Created status.'
      )
    }
  const key15 = orgKey.slice(0, 15)
  const scripted = state.scenario.reject.get(key15)
  if (scripted) return { error: refuse(scripted.statusCode, scripted.message) }
  if (state.scenario.lockOnce.has(key15) && !state.lockFired.has(key15)) {
    state.lockFired.add(key15)
    return {
      error: refuse(
        'UNABLE_TO_LOCK_ROW',
        `unable to obtain exclusive access to this record or 1 records: ${request.id}`
      )
    }
  }
  const existing = request.jobsByOrg15.get(key15)
  if (existing || seen.has(key15))
    return {
      error: refuse(
        'DUPLICATE_VALUE',
        `duplicate value found: SubscriberOrganizationKey duplicates value on record with id: ${existing?.id ?? 'this request'}`,
        ['SubscriberOrganizationKey']
      )
    }
  const ineligible = eligibilityError(key15, request, state, now)
  if (ineligible) return { error: ineligible }
  seen.add(key15)
  return { request, orgKey }
}

function eligibilityError(
  key15: string,
  request: SimPushRequest,
  state: PushState,
  now: number
): RecordResult | undefined {
  const subscriber = state.subscribersByOrg15.get(key15)
  const target = state.versions.find((v) => v.id === request.versionId) as SimVersion
  // (unverified) exact codes and texts for ineligible orgs.
  if (!subscriber || subscriber.installedStatus !== 'i')
    return refuse('INVALID_OPERATION', `The package isn't installed in organization ${key15}.`, [
      'SubscriberOrganizationKey'
    ])
  if (subscriber.orgStatus === 'Inactive')
    return refuse(
      'INVALID_OPERATION',
      `Organization ${key15} is inactive and can't receive push upgrades.`,
      ['SubscriberOrganizationKey']
    )
  const installedId = installedVersionId(
    key15,
    subscriber.versionId,
    state.requests.values(),
    state.scenario,
    now
  )
  const installed = state.versions.find((v) => v.id === installedId)
  if (installed && compare(installed, target) >= 0)
    return refuse(
      'INVALID_OPERATION',
      `Organization ${key15} already has this package version or a later one installed.`,
      ['SubscriberOrganizationKey']
    )
  return undefined
}

function compare(a: SimVersion, b: SimVersion): number {
  return (
    a.major - b.major || a.minor - b.minor || a.patch - b.patch || (a.build ?? 0) - (b.build ?? 0)
  )
}

function write(c: Checked, state: PushState): RecordResult {
  const request = c.request as SimPushRequest
  const orgKey = c.orgKey as string
  const subscriber = state.subscribersByOrg15.get(orgKey.slice(0, 15))
  const job = {
    id: state.ids.next('0DX'),
    requestId: request.id,
    orgKey,
    index: request.jobs.length,
    script: !subscriber
      ? { outcome: 'Succeeded' as const }
      : subscriber.hasRestrictionEnabled
        ? { outcome: 'Failed' as const, errors: [blockedBySubscriber()] }
        : state.scenario.outcome(subscriber)
  }
  request.jobs.push(job)
  request.jobsByOrg15.set(orgKey.slice(0, 15), job)
  return { id: job.id, success: true, errors: [] }
}

/** A job for an org that blocks push upgrades fails (text not captured from a real org). */
function blockedBySubscriber(): SimPushError {
  return {
    severity: 'Error',
    type: 'IneligibleUpgrade',
    title: 'Push Upgrade Blocked',
    message: 'The subscriber has blocked push upgrades for this package.',
    details: ''
  }
}
