/**
 * The route list. New features add their routes here (or pass them to `startSimulator({ routes })`):
 * e.g. `...TOOLING_ROUTES` from `simulator/tooling/`, `...PUSH_ROUTES` from `simulator/push/`.
 * The first route whose method and path match handles the request.
 */
import type { Route } from '../core/route.ts'
import { PUSH_ROUTES } from '../push/push-routes.ts'
import { DATA_ROUTES } from './data-routes.ts'
import { OAUTH_ROUTES } from './oauth-routes.ts'
import { REST_DEPLOY_ROUTES } from './rest-deploy-routes.ts'
import { SOAP_ROUTES } from './soap-route.ts'
import { TOOLING_ROUTES } from '../tooling/index.ts'

/** Built-in routes, most specific first. */
export const ROUTES: readonly Route[] = [
  ...OAUTH_ROUTES,
  ...REST_DEPLOY_ROUTES,
  ...PUSH_ROUTES,
  ...TOOLING_ROUTES,
  ...DATA_ROUTES,
  ...SOAP_ROUTES
]
