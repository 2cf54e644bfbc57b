/**
 * Tooling API routes (`/services/data/vNN.0/tooling/…`): MetadataContainer, Apex*Member and
 * ContainerAsyncRequest sObjects with the container state machine and its gotchas
 * (README.md in this folder), and a query resource over the Apex entities and those objects.
 */
import type { SimContext } from '../core/context.ts'
import type { Route, SimRequest, SimResponse } from '../core/route.ts'
import { REST_ERRORS, dataRoute, isResponse, json, restError } from '../rest/rest-kit.ts'
import { settleRequests } from './compile-request.ts'
import { createMember, updateMember } from './member-routes.ts'
import { body, created, noContent } from './tooling-http.ts'
import { TEST_RUN_ROUTES } from './test-runs.ts'
import { toolingQuery } from './tooling-query.ts'
import { outstandingRequest, toolingState, type ToolingRequest } from './tooling-state.ts'

const CONTAINER_PREFIX = '1dc'
const REQUEST_PREFIX = '1dr'
// MetadataContainer.Name is at most 32 characters.
const NAME_MAX = 32

function createContainer(req: SimRequest, sim: SimContext): SimResponse {
  const b = body(req)
  if (isResponse(b)) return b
  const name = typeof b.Name === 'string' ? b.Name : ''
  if (!name)
    return restError(400, 'REQUIRED_FIELD_MISSING', 'Required fields are missing: [Name]', ['Name'])
  if (name.length > NAME_MAX)
    return restError(
      400,
      'STRING_TOO_LONG',
      `Name: data value too large: ${name} (max length=${NAME_MAX})`,
      ['Name']
    )
  const state = toolingState(sim)
  const clash = [...state.containers.values()].find(
    (c) => c.name.toLowerCase() === name.toLowerCase()
  )
  if (clash)
    return restError(
      400,
      'DUPLICATE_VALUE',
      `duplicate value found: Name duplicates value on record with id: ${clash.id}`,
      []
    )
  const id = sim.ids.next(CONTAINER_PREFIX)
  state.containers.set(id, { id, name, createdAt: sim.clock.now(), members: new Map() })
  return created(id)
}

function deleteContainer(req: SimRequest, sim: SimContext): SimResponse {
  const state = toolingState(sim)
  const id = req.params[1] ?? ''
  const container = state.containers.get(id)
  if (!container) return restError(404, 'NOT_FOUND', 'The requested resource does not exist')
  // Deleting a container deletes every object that references it (its members and requests).
  state.containers.delete(id)
  state.deletedContainers.push(id)
  return noContent()
}

function createRequest(req: SimRequest, sim: SimContext): SimResponse {
  const b = body(req)
  if (isResponse(b)) return b
  const state = toolingState(sim)
  if (typeof b.IsCheckOnly !== 'boolean')
    return restError(400, 'REQUIRED_FIELD_MISSING', 'Required fields are missing: [IsCheckOnly]', [
      'IsCheckOnly'
    ])
  const container = state.containers.get(String(b.MetadataContainerId ?? ''))
  if (!container)
    return restError(
      400,
      'FIELD_INTEGRITY_EXCEPTION',
      'MetadataContainerId: id value of incorrect type',
      ['MetadataContainerId']
    )
  settleRequests(sim, state)
  const busy = outstandingRequest(state, container.id)
  if (busy)
    return restError(
      400,
      'INVALID_OPERATION',
      `There is already an outstanding request (${busy.id}) for this container; wait for it to finish`
    )
  const id = sim.ids.next(REQUEST_PREFIX)
  const memberIds = [...container.members.keys()]
  const now = sim.clock.now()
  state.requests.set(id, {
    id,
    containerId: container.id,
    containerName: container.name,
    checkOnly: b.IsCheckOnly,
    submittedAt: now,
    readyAt: now + state.queueBaseMs + state.queuePerMemberMs * memberIds.length,
    outcome: state.script.shift() ?? 'compile',
    state: 'Queued',
    errorMsg: null,
    deployDetails: null,
    memberIds
  })
  return created(id)
}

/** The record as the sObject resource returns it. */
export function requestRecord(r: ToolingRequest, version: string): Record<string, unknown> {
  return {
    attributes: {
      type: 'ContainerAsyncRequest',
      url: `/services/data/v${version}/tooling/sobjects/ContainerAsyncRequest/${r.id}`
    },
    Id: r.id,
    MetadataContainerId: r.containerId,
    MetadataContainerMemberId: null,
    IsCheckOnly: r.checkOnly,
    IsRunTests: false,
    State: r.state,
    ErrorMsg: r.errorMsg,
    DeployDetails: r.deployDetails
  }
}

function readRequest(req: SimRequest, sim: SimContext, version: string): SimResponse {
  const state = toolingState(sim)
  settleRequests(sim, state)
  const r = state.requests.get(req.params[1] ?? '')
  return r ? json(200, requestRecord(r, version)) : REST_ERRORS.notFound()
}

/** Only `State: Aborted` may be written, and only while Queued. */
function patchRequest(req: SimRequest, sim: SimContext): SimResponse {
  const state = toolingState(sim)
  settleRequests(sim, state)
  const r = state.requests.get(req.params[1] ?? '')
  if (!r) return REST_ERRORS.notFound()
  const b = body(req)
  if (isResponse(b)) return b
  if (b.State !== 'Aborted')
    return restError(
      400,
      'INVALID_FIELD_FOR_INSERT_UPDATE',
      'Only State = Aborted can be set on a ContainerAsyncRequest',
      ['State']
    )
  if (r.state !== 'Queued')
    return restError(400, 'INVALID_OPERATION', `Cannot abort a request in state ${r.state}`)
  Object.assign(r, { state: 'Aborted', deployDetails: null })
  return noContent()
}

const T = 'tooling/sobjects'

/** The Tooling routes; register them with `startSimulator({ routes })` or in routes/index.ts. */
export const TOOLING_ROUTES: Route[] = [
  dataRoute(
    'tooling container create',
    ['POST'],
    `${T}/MetadataContainer`,
    'createMetadataContainer',
    (req, sim) => createContainer(req, sim)
  ),
  dataRoute(
    'tooling container delete',
    ['DELETE'],
    `${T}/MetadataContainer/(\\w+)`,
    'deleteMetadataContainer',
    (req, sim) => deleteContainer(req, sim)
  ),
  dataRoute(
    'tooling member create',
    ['POST'],
    `${T}/(Apex(?:Class|Trigger|Page|Component)Member)`,
    'createContainerMember',
    (req, sim) => createMember(req, sim)
  ),
  dataRoute(
    'tooling member update',
    ['PATCH'],
    `${T}/(Apex(?:Class|Trigger|Page|Component)Member)/(\\w+)`,
    'updateContainerMember',
    (req, sim) => updateMember(req, sim)
  ),
  dataRoute(
    'tooling request create',
    ['POST'],
    `${T}/ContainerAsyncRequest`,
    'createContainerAsyncRequest',
    (req, sim) => createRequest(req, sim)
  ),
  dataRoute(
    'tooling request read',
    ['GET'],
    `${T}/ContainerAsyncRequest/(\\w+)`,
    'readContainerAsyncRequest',
    (req, sim, _s, version) => readRequest(req, sim, version)
  ),
  dataRoute(
    'tooling request abort',
    ['PATCH'],
    `${T}/ContainerAsyncRequest/(\\w+)`,
    'abortContainerAsyncRequest',
    (req, sim) => patchRequest(req, sim)
  ),
  ...TEST_RUN_ROUTES,
  dataRoute('tooling query', ['GET'], 'tooling/query', 'toolingQuery', (req, sim, _s, version) =>
    toolingQuery(req, sim, version)
  )
]
