/**
 * What the simulator received: every request (secrets masked) and every deploy (options, unzipped
 * files, package.xml, live status), so tests can assert on them.
 */
import type { IncomingHttpHeaders } from 'node:http'
import type { DeployOptions } from '../deploy/deploy-model.ts'
import type { Transport } from './route.ts'

/** One request as received. */
export interface RecordedRequest {
  /** Simulated time of arrival. */
  at: number
  method: string
  /** Normalised path, without query string. */
  path: string
  query: Record<string, string>
  transport: Transport | 'unknown'
  /** Operation name (SOAP body element, or the REST/OAuth operation). */
  operation: string
  /** Headers, with `authorization` and `cookie` masked. */
  headers: Record<string, string>
  /** Body as text, with session ids, tokens, assertions and secrets masked. */
  body: string
  /** HTTP status sent (0 for a reset connection). */
  status: number
}

/** One deploy, validation or quick deploy as received. */
export interface RecordedDeploy {
  id: string
  transport: 'soap' | 'rest'
  options: DeployOptions
  checkOnly: boolean
  /** Unzipped files, by zip path. */
  files: Map<string, Buffer>
  /** The package.xml text (root or first package folder), if any. */
  packageXml: string | undefined
  /** Set on quick deploys. */
  validatedDeployRequestId: string | undefined
  /** Current status (live). */
  readonly status: string
  /** Current `done` flag (live). */
  readonly done: boolean
}

const MASK = '***'

/** Masks secrets in a request body. */
export function maskBody(text: string): string {
  return text
    .replace(/(<(?:\w+:)?sessionId>)[^<]*(<\/(?:\w+:)?sessionId>)/g, `$1${MASK}$2`)
    .replace(/((?:^|&)(?:assertion|refresh_token|client_secret|password|code)=)[^&]*/g, `$1${MASK}`)
}

/** Masks secret headers. */
export function maskHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue
    out[name] =
      name === 'authorization' || name === 'cookie'
        ? MASK
        : Array.isArray(value)
          ? value.join(', ')
          : value
  }
  return out
}
