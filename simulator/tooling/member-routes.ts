/**
 * Apex*Member create and update, with the container gotchas: members need an existing entity of
 * their type, are refused while a save is outstanding, cannot change after a successful request,
 * and an edit invalidates a queued check-only request (see README.md in this folder).
 */
import type { SimContext } from '../core/context.ts'
import type { SimRequest, SimResponse } from '../core/route.ts'
import { REST_ERRORS, isResponse, restError } from '../rest/rest-kit.ts'
import { settleRequests } from './compile-request.ts'
import { body, created, noContent } from './tooling-http.ts'
import { MEMBER_OBJECTS, outstandingRequest, toolingState } from './tooling-state.ts'

const MEMBER_PREFIX = '400'

/** Creates a member for an existing entity. */
export function createMember(req: SimRequest, sim: SimContext): SimResponse {
  const object = req.params[1] ?? ''
  const entityType = MEMBER_OBJECTS[object]
  if (!entityType) return REST_ERRORS.notFound()
  const b = body(req)
  if (isResponse(b)) return b
  const state = toolingState(sim)
  const container = state.containers.get(String(b.MetadataContainerId ?? ''))
  if (!container)
    return restError(
      400,
      'FIELD_INTEGRITY_EXCEPTION',
      'Metadata Container ID: id value of incorrect type',
      ['MetadataContainerId']
    )
  const busy = outstandingRequest(state, container.id)
  if (busy && !busy.checkOnly)
    return restError(
      400,
      'INVALID_OPERATION',
      'There is an outstanding save request; all updates, inserts and deployments fail until it ends'
    )
  const entityId = String(b.ContentEntityId ?? '')
  const entity = sim.org
    .list()
    .find((c) => c.type === entityType && c.id.slice(0, 15) === entityId.slice(0, 15))
  if (!entity)
    return restError(
      400,
      'FIELD_INTEGRITY_EXCEPTION',
      `ContentEntityId: id value of incorrect type: ${entityId}`,
      ['ContentEntityId']
    )
  if ([...container.members.values()].some((m) => m.contentEntityId === entity.id)) {
    return restError(
      400,
      'DUPLICATE_VALUE',
      `duplicate value found: ContentEntityId duplicates value on record with id: ${entity.id}`,
      ['ContentEntityId']
    )
  }
  const id = sim.ids.next(MEMBER_PREFIX)
  const text = typeof b.Body === 'string' ? b.Body : ''
  container.members.set(id, {
    id,
    object,
    entityType,
    containerId: container.id,
    contentEntityId: entity.id,
    fullName: entity.fullName,
    body: text,
    metadata: b.Metadata ?? null
  })
  return created(id)
}

/** Editing a member: rejected after a successful request; invalidates a queued check-only one. */
export function updateMember(req: SimRequest, sim: SimContext): SimResponse {
  const state = toolingState(sim)
  const id = req.params[2] ?? ''
  const container = [...state.containers.values()].find((c) => c.members.has(id))
  const member = container?.members.get(id)
  if (!container || !member) return REST_ERRORS.notFound()
  const b = body(req)
  if (isResponse(b)) return b
  settleRequests(sim, state)
  const requests = [...state.requests.values()].filter((r) => r.containerId === container.id)
  if (requests.some((r) => r.state === 'Completed')) {
    return restError(
      400,
      'INVALID_OPERATION',
      'Container members cannot be changed after a successful ContainerAsyncRequest; create a new container'
    )
  }
  if (typeof b.Body === 'string') member.body = b.Body
  for (const r of requests)
    if (r.state === 'Queued' && r.checkOnly)
      Object.assign(r, { state: 'Invalidated', deployDetails: null })
  return noContent()
}
