/**
 * The push-upgrade routes: queries over the push objects (other queries go on to the core query
 * route), PackagePushRequest records, and sObject Collections for PackagePushJob. Operation names
 * for faults: `query`, `queryMore`, `createPushRequest`, `readPushRequest`, `updatePushRequest`,
 * `createPushJobs`.
 */
import type { Route, SimResponse } from '../core/route.ts'
import { dataRoute, isResponse, readJson, restError } from '../rest/rest-kit.ts'
import { DATA_ROUTES } from '../routes/data-routes.ts'
import { createJobs } from './push-jobs.ts'
import { PUSH_OBJECTS, pageOf, runPushQuery } from './push-query.ts'
import { createRequest, readRequest, updateRequest } from './push-requests.ts'
import { outerObject } from './push-soql.ts'
import { pushState } from './push-state.ts'

function coreRoute(name: string): Route {
  const route = DATA_ROUTES.find((r) => r.name === name)
  if (!route) throw new Error(`simulator/push: the core data route '${name}' is missing`)
  return route
}

const withBody =
  (handler: (body: unknown) => SimResponse) =>
  (body: unknown): SimResponse =>
    isResponse(body) ? body : handler(body)

/** Routes to register before the core data routes. */
export const PUSH_ROUTES: Route[] = [
  dataRoute('push query', ['GET'], 'query', 'query', (req, sim, _session, version) => {
    const soql = req.query.get('q') ?? ''
    if (!PUSH_OBJECTS.has((outerObject(soql) ?? '').toLowerCase()))
      return coreRoute('query').handle(req, sim)
    return runPushQuery(soql, sim, version)
  }),
  dataRoute('push query more', ['GET'], 'query/(\\w+)-(\\d+)', 'queryMore', (req, sim) => {
    const state = pushState(sim)
    const cursor = state.cursors.get(req.params[1] ?? '')
    if (!cursor) return coreRoute('query more').handle(req, sim)
    return pageOf(state, req.params[1] ?? '', cursor.rows, cursor.version, Number(req.params[2]))
  }),
  dataRoute(
    'push request create',
    ['POST'],
    'sobjects/PackagePushRequest',
    'createPushRequest',
    (req, sim) => withBody((body) => createRequest(body, sim))(readJson(req))
  ),
  {
    ...dataRoute(
      'push request',
      ['GET', 'PATCH'],
      'sobjects/PackagePushRequest/(\\w+)',
      'readPushRequest',
      (req, sim, _session, version) => {
        if (req.method === 'GET')
          return readRequest(req.params[1] ?? '', req.query.get('fields'), sim, version)
        return withBody((body) => updateRequest(req.params[1] ?? '', body, sim))(readJson(req))
      }
    ),
    operation: (req) => (req.method === 'PATCH' ? 'updatePushRequest' : 'readPushRequest')
  },
  dataRoute('push jobs', ['POST'], 'composite/sobjects', 'createPushJobs', (req, sim) =>
    withBody((body) => createJobs(body, sim))(readJson(req))
  ),
  // Status is not updatable on jobs: cancel through the request.
  dataRoute('push job update', ['PATCH'], 'sobjects/PackagePushJob/(\\w+)', 'updatePushJob', () =>
    restError(
      400,
      'INVALID_FIELD_FOR_INSERT_UPDATE',
      'Unable to create/update fields: Status. Cancel the push request instead.',
      ['Status']
    )
  )
]
