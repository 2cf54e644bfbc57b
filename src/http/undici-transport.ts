import { request, type Dispatcher } from 'undici'
import { TransientError } from '../shared/errors.ts'
import type { HttpRequest, HttpResponse, HttpTransport } from './transport.ts'

/** Default time to wait for response headers and body. */
const DEFAULT_TIMEOUT_MS = 120_000
const USER_AGENT = 'salesforce-deploy-action/0.1'

// Error codes that prove the request never reached the server, so even a non-idempotent call
// (deploy, quick deploy) may be retried.
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH'
])

/** The real transport: undici with timeouts, no redirects, a user agent; `dispatcher` for tests. */
export function createUndiciTransport(
  defaultTimeoutMs = DEFAULT_TIMEOUT_MS,
  dispatcher?: Dispatcher
): HttpTransport {
  return {
    async send(req: HttpRequest): Promise<HttpResponse> {
      const timeout = req.timeoutMs ?? defaultTimeoutMs
      try {
        const res = await request(req.url, {
          method: req.method,
          headers: { 'user-agent': USER_AGENT, ...req.headers },
          ...(req.body === undefined ? {} : { body: req.body }),
          headersTimeout: timeout,
          bodyTimeout: timeout,
          ...(dispatcher ? { dispatcher } : {})
        })
        const body = await res.body.text()
        return { status: res.statusCode, headers: flattenHeaders(res.headers), body }
      } catch (error) {
        throw toTransient(error, req.url)
      }
    }
  }
}

function flattenHeaders(
  headers: Record<string, string | string[] | undefined>
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(headers)) {
    if (value !== undefined)
      out[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
  }
  return out
}

function toTransient(error: unknown, url: string): TransientError {
  const code = errorCode(error)
  const host = safeHost(url)
  const reason = code ?? (error instanceof Error ? error.message : String(error))
  return new TransientError(
    `network error talking to ${host}: ${reason}`,
    code !== undefined && NOT_SENT_CODES.has(code)
  )
}

function errorCode(error: unknown): string | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as Error & { code?: unknown }).code
    if (typeof code === 'string') return code
    current = (current as Error & { cause?: unknown }).cause
  }
  return undefined
}

function safeHost(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return 'the server'
  }
}
