/**
 * The extension point, as in the org simulator: a route is a method + path pattern + handler on
 * one of the three surfaces GitHub's clients talk to. Each surface listens on its own port, so it
 * is its own origin, as api.github.com, the Actions results service and blob storage are: a
 * client that followed a redirect with its token still attached would be seen.
 */
import type { IncomingHttpHeaders } from 'node:http'
import type { GitHubState } from './state.ts'

/** Which server a route belongs to. */
export type Surface = 'api' | 'results' | 'blob'

/** An incoming request, body fully read. */
export interface GhRequest {
  method: string
  /** Path without the query string, percent-decoded. */
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: Buffer
  /** Groups of the route's path pattern. */
  params: string[]
}

/** A response to send. */
export interface GhResponse {
  status: number
  headers?: Record<string, string>
  body?: string | Buffer
}

/** One route. */
export interface Route {
  /** Operation name used in recordings and fault rules (`listArtifactsForRepo`, `CreateArtifact`, `putBlock`, ...). */
  operation: string | ((req: GhRequest) => string)
  method: string
  path: RegExp
  handle: (req: GhRequest, state: GitHubState) => Promise<GhResponse> | GhResponse
}

/** A JSON response. */
export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): GhResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body)
  }
}

/** The request body as JSON, or undefined when it is empty or not JSON. */
export function readJson(req: GhRequest): unknown {
  const text = req.body.toString('utf8')
  if (!text.trim()) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** The first route of `routes` that matches, with its path groups. */
export function findRoute(
  routes: readonly Route[],
  method: string,
  path: string
): { route: Route; params: string[] } | undefined {
  for (const route of routes) {
    if (route.method !== method) continue
    const match = route.path.exec(path)
    if (match)
      return { route, params: match.slice(1).map((group) => decodeURIComponent(group ?? '')) }
  }
  return undefined
}
