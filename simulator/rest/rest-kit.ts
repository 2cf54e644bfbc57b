/**
 * The small REST helper layer every REST route uses (and Tooling / push-upgrade routes can reuse):
 * JSON answers, Salesforce REST error arrays, the Bearer-token check, JSON body parsing, and a
 * route builder for `/services/data/vNN.0/…` paths.
 */
import type { SimContext } from '../core/context.ts'
import type { Route, SimRequest, SimResponse } from '../core/route.ts'
import type { Session } from '../core/sessions.ts'
import { toJson } from './json.ts'

/** Content type of every REST answer. */
export const JSON_TYPE = 'application/json;charset=UTF-8'

/** A JSON response (doubles wrapped in `Dbl` keep their decimal point). */
export function json(status: number, body: unknown): SimResponse {
  return { status, headers: { 'content-type': JSON_TYPE }, body: toJson(body) }
}

/** A REST error array: `[{"message":…,"errorCode":…}]`, plus optional `fields`. */
export function restError(
  status: number,
  errorCode: string,
  message: string,
  fields?: string[]
): SimResponse {
  return json(status, [{ message, errorCode, ...(fields ? { fields } : {}) }])
}

/** The standard REST API errors (status and `[{ message, errorCode }]` body) the org answers. */
export const REST_ERRORS = {
  invalidSession: (): SimResponse =>
    restError(401, 'INVALID_SESSION_ID', 'Session expired or invalid'),
  notFound: (): SimResponse => restError(404, 'NOT_FOUND', 'The requested resource does not exist'),
  malformedId: (id: string): SimResponse => restError(400, 'MALFORMED_ID', `malformed id ${id}`),
  badJson: (detail: string): SimResponse => restError(400, 'JSON_PARSER_ERROR', detail),
  methodNotAllowed: (method: string): SimResponse =>
    restError(
      405,
      'METHOD_NOT_ALLOWED',
      `HTTP Method '${method}' not allowed. Allowed are GET,HEAD`
    )
} as const

/** The session of the request's `Authorization: Bearer` token, or the 401 answer. */
export function bearerSession(req: SimRequest, sim: SimContext): Session | SimResponse {
  const header = req.headers.authorization ?? ''
  const match = /^(?:Bearer|OAuth)\s+(.+)$/i.exec(header)
  const session = sim.sessions.lookup(match?.[1]?.trim())
  return session ?? REST_ERRORS.invalidSession()
}

/** True when a value is a response (used to short-circuit after checks). */
export function isResponse(value: unknown): value is SimResponse {
  return (
    typeof value === 'object' &&
    value !== null &&
    'status' in value &&
    typeof (value as SimResponse).status === 'number'
  )
}

/** Parses the request body as JSON, or returns the 400 answer. */
export function readJson(req: SimRequest): unknown {
  try {
    return JSON.parse(req.body.toString('utf8') || 'null') as unknown
  } catch (error) {
    return REST_ERRORS.badJson((error as Error).message)
  }
}

/** Handler of an authenticated REST route. */
export type RestHandler = (
  req: SimRequest,
  sim: SimContext,
  session: Session,
  apiVersion: string
) => Promise<SimResponse> | SimResponse

/**
 * Builds an authenticated route under `/services/data/vNN.0/` + `subPath` (a regex source; its
 * groups become `req.params[1…]`, `req.params[0]` is the version).
 */
export function dataRoute(
  name: string,
  methods: string[],
  subPath: string,
  operation: string,
  handler: RestHandler
): Route {
  return {
    name,
    methods,
    path: new RegExp(
      subPath ? `^/services/data/v(\\d+\\.\\d+)/${subPath}/?$` : '^/services/data/v(\\d+\\.\\d+)/?$'
    ),
    transport: 'rest',
    operation: () => operation,
    handle: async (req, sim) => {
      const session = bearerSession(req, sim)
      if (isResponse(session)) return session
      const version = req.params[0] ?? sim.maxApiVersion
      if (Number(version) > Number(sim.maxApiVersion) || Number(version) < 20)
        return REST_ERRORS.notFound()
      return handler(req, sim, session, version)
    }
  }
}
