/**
 * The HTTP shell of one surface: reads the request, picks the route, applies scripted faults,
 * runs the handler, records the exchange. Protocol logic lives in the routes.
 */
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http'
import type { FaultAction } from './faults.ts'
import {
  type GhRequest,
  type GhResponse,
  type Route,
  type Surface,
  findRoute,
  json
} from './route.ts'
import { type GitHubState, maskQuery } from './state.ts'

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** What each surface answers when nothing matches or a handler throws. */
function surfaceError(surface: Surface, status: number, message: string): GhResponse {
  if (surface === 'results')
    return json(status, { code: status === 404 ? 'bad_route' : 'internal', msg: message })
  if (surface === 'blob')
    return {
      status,
      headers: { 'content-type': 'application/xml', 'x-ms-error-code': 'InternalError' },
      body: `<?xml version="1.0" encoding="utf-8"?><Error><Code>${status === 404 ? 'ResourceNotFound' : 'InternalError'}</Code><Message>${message}</Message></Error>`
    }
  return json(status, {
    message,
    documentation_url: 'https://docs.github.com/rest',
    status: String(status)
  })
}

function faultResponse(
  surface: Surface,
  action: Extract<FaultAction, { kind: 'http' }>
): GhResponse {
  const fallback = surfaceError(surface, action.status, 'Server Error (simulated fault)')
  return {
    status: action.status,
    headers: { ...fallback.headers, ...action.headers },
    body: action.body ?? fallback.body ?? ''
  }
}

/** Only JSON bodies are recorded: blob bytes would bloat the log. */
function recordableBody(surface: Surface, body: Buffer): string | undefined {
  if (surface === 'blob' || body.length === 0) return undefined
  return body.toString('utf8')
}

/** Creates the server of one surface. */
export function createSurfaceServer(
  surface: Surface,
  routes: readonly Route[],
  state: GitHubState
): Server {
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = (req.method ?? 'GET').toUpperCase()
    const found = findRoute(routes, method, url.pathname)
    const simReq: GhRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
      params: found?.params ?? []
    }
    const named = found?.route.operation ?? 'unknown'
    const operation = typeof named === 'function' ? named(simReq) : named
    const record = (status: number): void => {
      const text = recordableBody(surface, body)
      state.requests.push({
        at: state.now(),
        surface,
        method,
        path: url.pathname,
        query: maskQuery(url.searchParams),
        operation,
        authorized: req.headers.authorization !== undefined,
        status,
        ...(text !== undefined ? { body: text } : {})
      })
    }
    const fault = found ? state.faults.take(operation, surface) : undefined
    if (fault?.kind === 'reset') {
      record(0)
      req.socket.destroy()
      return
    }
    let response: GhResponse
    if (!found) response = surfaceError(surface, 404, 'Not Found')
    else if (fault) response = faultResponse(surface, fault)
    else {
      try {
        response = await found.route.handle(simReq, state)
      } catch (error) {
        response = surfaceError(surface, 500, (error as Error).message)
      }
    }
    res.writeHead(response.status, response.headers ?? {})
    res.end(response.body ?? '')
    record(response.status)
  }
  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(error))
    })
  })
}
