/**
 * The extension point: a route is a method + path pattern + handler. Every feature of the
 * simulator (OAuth, REST data, SOAP Metadata, REST deployRequest, and later Tooling or push
 * upgrades) is a list of routes registered in `simulator/routes/index.ts` or passed to
 * `startSimulator({ routes })`.
 */
import type { IncomingHttpHeaders } from 'node:http'
import type { SimContext } from './context.ts'

/** Which protocol a route speaks; decides the shape of injected errors. */
export type Transport = 'oauth' | 'rest' | 'soap'

/** An incoming request, body fully read, path normalised (repeated slashes collapsed). */
export interface SimRequest {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: Buffer
  /** Groups of the route's path pattern. */
  params: string[]
}

/** A response to send. */
export interface SimResponse {
  status: number
  headers?: Record<string, string>
  body?: string | Buffer
}

/** One route. */
export interface Route {
  /** Short name, for docs and debugging. */
  name: string
  /** Methods served (upper case), or '*' for any. */
  methods: string[] | '*'
  /** Pattern matched against the normalised path (without query string). */
  path: RegExp
  transport: Transport
  /** Operation name used in recordings and fault rules (e.g. `checkDeployStatus`). */
  operation: (req: SimRequest) => string
  handle: (req: SimRequest, sim: SimContext) => Promise<SimResponse> | SimResponse
}

/** Collapses repeated slashes (`//services/data` → `/services/data`), as the org tolerates. */
export function normalizePath(path: string): string {
  return path.replace(/\/{2,}/g, '/')
}

/** API version in a `/services/data/vNN.0/…` or `/services/Soap/m/NN.0…` path. */
export function apiVersionOfPath(path: string): string | undefined {
  return /\/services\/(?:data\/v|Soap\/[a-z]\/)(\d+\.\d+)/.exec(path)?.[1]
}
