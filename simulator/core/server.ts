/**
 * The HTTP shell: reads the request, normalises the path, picks the route, applies scripted faults,
 * runs the handler, records the exchange. All protocol logic lives in the routes.
 */
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http'
import { json, restError } from '../rest/rest-kit.ts'
import type { SimContext } from './context.ts'
import { ERROR_MESSAGES, type FaultAction, type FaultRule } from './faults.ts'
import { maskBody, maskHeaders } from './recorder.ts'
import {
  type Route,
  type SimRequest,
  type SimResponse,
  type Transport,
  normalizePath
} from './route.ts'
import { soapFault } from './soap-xml.ts'

/** REST status of an injected error code. */
const REST_STATUS: Record<string, number> = {
  INVALID_SESSION_ID: 401,
  REQUEST_LIMIT_EXCEEDED: 403,
  INSUFFICIENT_ACCESS: 403,
  NOT_FOUND: 404,
  UNKNOWN_EXCEPTION: 500
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function errorResponse(
  transport: Transport,
  code: string,
  message: string | undefined
): SimResponse {
  const text = message ?? ERROR_MESSAGES[code] ?? code
  if (transport === 'soap')
    return {
      status: 500,
      headers: { 'content-type': 'text/xml;charset=UTF-8' },
      body: soapFault(code, text)
    }
  if (transport === 'oauth') return json(400, { error: code, error_description: text })
  const restText = code === 'INVALID_SESSION_ID' && !message ? 'Session expired or invalid' : text
  return restError(REST_STATUS[code] ?? 400, code, restText)
}

function faultResponse(
  action: Extract<FaultAction, { kind: 'http' | 'error' }>,
  transport: Transport
): SimResponse {
  return action.kind === 'http'
    ? httpFault(action)
    : errorResponse(transport, action.code, action.message)
}

function httpFault(action: Extract<FaultAction, { kind: 'http' }>): SimResponse {
  const body =
    action.body ??
    `<html><head><title>${action.status} Service Unavailable</title></head><body>The server is temporarily unable to service your request.</body></html>`
  return {
    status: action.status,
    headers: { 'content-type': action.contentType ?? 'text/html;charset=UTF-8' },
    body
  }
}

function findRoute(
  routes: readonly Route[],
  method: string,
  path: string
): { route: Route; params: string[] } | undefined {
  for (const route of routes) {
    if (route.methods !== '*' && !route.methods.includes(method)) continue
    const match = route.path.exec(path)
    if (match) return { route, params: match.slice(1).map((group) => group ?? '') }
  }
  return undefined
}

/** Creates the server; `sync` brings the state machines up to the clock before each request. */
export function createSimServer(
  routes: readonly Route[],
  sim: SimContext,
  sync: () => void
): Server {
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req)
    // Split by hand: `new URL('//services/…')` would read a doubled leading slash as a host.
    const raw = req.url ?? '/'
    const cut = raw.indexOf('?')
    const path = normalizePath(decodeURI(cut >= 0 ? raw.slice(0, cut) : raw))
    const query = new URLSearchParams(cut >= 0 ? raw.slice(cut + 1) : '')
    const method = (req.method ?? 'GET').toUpperCase()
    const found = findRoute(routes, method, path)
    const simReq: SimRequest = {
      method,
      path,
      query,
      headers: req.headers,
      body,
      params: found?.params ?? []
    }
    let operation = 'unknown'
    try {
      operation = found ? found.route.operation(simReq) : 'unknown'
    } catch {
      operation = 'unknown'
    }
    const record = (status: number): void => {
      sim.requests.push({
        at: sim.clock.now(),
        method,
        path,
        query: Object.fromEntries(query),
        transport: found?.route.transport ?? 'unknown',
        operation,
        headers: maskHeaders(req.headers),
        body: maskBody(body.toString('utf8')),
        status
      })
    }
    sync()
    let response: SimResponse | undefined
    if (!found) response = restError(404, 'NOT_FOUND', 'The requested resource does not exist')
    const transport = found?.route.transport ?? 'rest'
    let after: Exclude<FaultRule, { kind: 'latency' }> | undefined
    for (const action of found ? sim.faults.take(operation, found.route.transport) : []) {
      if (action.kind === 'latency') await new Promise((resolve) => setTimeout(resolve, action.ms))
      else if (action.afterHandling) after = action
      else if (action.kind === 'reset') {
        record(0)
        req.socket.destroy()
        return
      } else response = faultResponse(action, transport)
    }
    if (!response && found) {
      try {
        sync()
        response = await found.route.handle(simReq, sim)
      } catch (error) {
        response = errorResponse(
          found.route.transport,
          'UNKNOWN_EXCEPTION',
          `An unexpected error occurred: ${(error as Error).message}`
        )
      }
    }
    if (after?.kind === 'reset') {
      record(0)
      req.socket.destroy()
      return
    }
    if (after) response = faultResponse(after, transport)
    const final = response ?? { status: 500 }
    res.writeHead(final.status, final.headers ?? {})
    res.end(final.body ?? '')
    record(final.status)
  }
  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(error))
    })
  })
}
