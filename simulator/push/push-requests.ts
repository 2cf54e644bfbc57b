/**
 * PackagePushRequest records: create (201), read by id with `?fields=` (200), and PATCH of
 * Status (204): Pending only from Created, Canceled only from Created or Pending (abort is refused
 * once In Progress), and `Canceled` spelled with one l, as the restricted picklist wants.
 */
import type { SimContext } from '../core/context.ts'
import type { SimResponse } from '../core/route.ts'
import { REST_ERRORS, json, restError } from '../rest/rest-kit.ts'
import { requestStatus } from './push-lifecycle.ts'
import { requestRow } from './push-query.ts'
import { pushState } from './push-state.ts'
import type { SimPushRequest } from './push-types.ts'

const CREATE_FIELDS = new Set(['PackageVersionId', 'ScheduledStartTime', 'Status', 'IsMigration'])
const UPDATE_FIELDS = new Set(['Status', 'ScheduledStartTime'])
const READ_FIELDS = [
  'Id',
  'PackageVersionId',
  'ScheduledStartTime',
  'Status',
  'StartTime',
  'EndTime',
  'DurationSeconds'
]

function findRequest(sim: SimContext, id: string): SimPushRequest | undefined {
  return [...pushState(sim).requests.values()].find((r) => r.id.slice(0, 15) === id.slice(0, 15))
}

function unknownField(
  body: Record<string, unknown>,
  allowed: Set<string>
): SimResponse | undefined {
  const bad = Object.keys(body).find((k) => k !== 'attributes' && !allowed.has(k))
  return bad
    ? restError(
        400,
        'INVALID_FIELD',
        `No such column '${bad}' on sobject of type PackagePushRequest`
      )
    : undefined
}

function readTime(value: unknown): number | undefined | 'bad' {
  if (value === undefined || value === null) return undefined
  const ms = typeof value === 'string' ? Date.parse(value) : NaN
  return Number.isNaN(ms) ? 'bad' : ms
}

/** POST sobjects/PackagePushRequest. */
export function createRequest(body: unknown, sim: SimContext): SimResponse {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return REST_ERRORS.badJson('Cannot deserialize instance of PackagePushRequest')
  const fields = body as Record<string, unknown>
  const unknown = unknownField(fields, CREATE_FIELDS)
  if (unknown) return unknown
  const state = pushState(sim)
  const versionId = typeof fields['PackageVersionId'] === 'string' ? fields['PackageVersionId'] : ''
  if (!versionId)
    return restError(
      400,
      'REQUIRED_FIELD_MISSING',
      'Required fields are missing: [PackageVersionId]',
      ['PackageVersionId']
    )
  // (unverified) texts: the docs only say the version must be released and push-enabled.
  if (fields['Status'] !== undefined && fields['Status'] !== 'Created')
    return restError(
      400,
      'INVALID_FIELD_FOR_INSERT_UPDATE',
      'Unable to create/update fields: Status. A push request is created in Created status.',
      ['Status']
    )
  const version = state.versions.find((v) => v.id.slice(0, 15) === versionId.slice(0, 15))
  if (!version)
    return restError(400, 'INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', [
      'PackageVersionId'
    ])
  if (version.releaseState !== 'Released' || version.deprecated)
    return restError(
      400,
      'FIELD_INTEGRITY_EXCEPTION',
      'Specify a released package version that is not deprecated.',
      ['PackageVersionId']
    )
  const start = readTime(fields['ScheduledStartTime'])
  if (start === 'bad')
    return restError(
      400,
      'JSON_PARSER_ERROR',
      `Cannot deserialize instance of datetime from VALUE_STRING value ${String(fields['ScheduledStartTime'])}`
    )
  if (start !== undefined && start < sim.clock.now())
    return restError(
      400,
      'FIELD_INTEGRITY_EXCEPTION',
      'The scheduled start time must be in the future.',
      ['ScheduledStartTime']
    )
  const request: SimPushRequest = {
    id: state.ids.next('0DV'),
    versionId: version.id,
    scheduledStartTime: start ?? null,
    createdAt: sim.clock.now(),
    pendingAt: null,
    canceledAt: null,
    jobs: [],
    jobsByOrg15: new Map()
  }
  state.requests.set(request.id, request)
  return json(201, { id: request.id, success: true, errors: [] })
}

/** GET sobjects/PackagePushRequest/{id}[?fields=a,b]. */
export function readRequest(
  id: string,
  fieldsParam: string | null,
  sim: SimContext,
  version: string
): SimResponse {
  const request = findRequest(sim, id)
  if (!request) return REST_ERRORS.notFound()
  const state = pushState(sim)
  const row = requestRow(request, state, sim.clock.now())
  const wanted = fieldsParam ? fieldsParam.split(',').map((f) => f.trim()) : READ_FIELDS
  const out: Record<string, unknown> = {
    attributes: {
      type: 'PackagePushRequest',
      url: `/services/data/v${version}/sobjects/PackagePushRequest/${request.id}`
    }
  }
  for (const field of wanted) {
    const name = READ_FIELDS.find((f) => f.toLowerCase() === field.toLowerCase())
    if (!name || (Number(version) < 51 && /^(StartTime|EndTime|DurationSeconds)$/.test(name)))
      return restError(
        400,
        'INVALID_FIELD',
        `No such column '${field}' on entity 'PackagePushRequest'.`
      )
    out[name] = row[name] ?? null
  }
  return json(200, out)
}

/** PATCH sobjects/PackagePushRequest/{id}. */
export function updateRequest(id: string, body: unknown, sim: SimContext): SimResponse {
  const request = findRequest(sim, id)
  if (!request) return REST_ERRORS.notFound()
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return REST_ERRORS.badJson('Cannot deserialize instance of PackagePushRequest')
  const fields = body as Record<string, unknown>
  const unknown = unknownField(fields, UPDATE_FIELDS)
  if (unknown) return unknown
  const state = pushState(sim)
  const now = sim.clock.now()
  const current = requestStatus(request, state.scenario, now)
  const status = fields['Status']
  if (status !== undefined && status !== 'Pending' && status !== 'Canceled') {
    return restError(
      400,
      'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
      `Status: bad value for restricted picklist field: ${String(status)}`,
      ['Status']
    )
  }
  // (unverified) texts of the two refusals below.
  if (status === 'Pending' && current !== 'Created')
    return restError(
      400,
      'INVALID_OPERATION',
      `Push request ${request.id} is ${current}; only a Created request can be set to Pending.`
    )
  if (status === 'Canceled' && current !== 'Created' && current !== 'Pending')
    return restError(
      400,
      'INVALID_OPERATION',
      `Can't abort push request ${request.id} because its status is ${current}.`
    )
  const start = readTime(fields['ScheduledStartTime'])
  if (start === 'bad')
    return restError(
      400,
      'JSON_PARSER_ERROR',
      `Cannot deserialize instance of datetime from VALUE_STRING value ${String(fields['ScheduledStartTime'])}`
    )
  if (start !== undefined) request.scheduledStartTime = start
  if (status === 'Pending') request.pendingAt = now
  if (status === 'Canceled') request.canceledAt = now
  return { status: 204 }
}
