import { ApiError, TransientError } from '../shared/errors.ts'

// HTTP statuses that mean "try again later": timeouts, rate limits, gateways.
const TRANSIENT_STATUS = new Set([408, 420, 429, 502, 503, 504])
// Fault codes Salesforce returns for momentary trouble (forcedotcom/cli#2944, #1835). Transient
// means an idempotent call may be repeated; a deploy submit is repeated only when nothing can
// have been created (TransientError.safeToRepeat, src/deploy/submit.ts).
const TRANSIENT_CODES = new Set([
  'UNKNOWN_EXCEPTION',
  'INVALID_QUERY_LOCATOR',
  'REQUEST_LIMIT_EXCEEDED',
  'SERVER_UNAVAILABLE'
])

/** Classifies an org error code and message into a transient or a fatal error. */
export function apiErrorFor(
  code: string,
  message: string,
  status: number,
  retryAfterMs?: number
): ApiError | TransientError {
  if (TRANSIENT_CODES.has(code))
    return new TransientError(`${code}: ${message}`, false, code, retryAfterMs)
  return new ApiError(code, message, status)
}

/**
 * An HTTP status with a body we could not read as a Salesforce error. `retryAfterMs` is the
 * server's Retry-After, kept on a transient error so the retry waits that long.
 */
export function httpErrorFor(
  status: number,
  what: string,
  retryAfterMs?: number
): ApiError | TransientError {
  if (status >= 300 && status < 400) {
    // Redirects are never followed: the token goes only to the configured org host.
    return new ApiError(
      `HTTP_${status}`,
      `${what}: the org answered with a redirect, which is not followed so the token never reaches another host; ` +
        "set the org's My Domain URL (https://<domain>.my.salesforce.com) as instance-url or login-url",
      status
    )
  }
  if (TRANSIENT_STATUS.has(status) || status >= 500) {
    const after =
      retryAfterMs === undefined ? '' : ` (retry after ${Math.round(retryAfterMs / 1000)} s)`
    return new TransientError(
      `${what}: HTTP ${status} from the org${after}`,
      false,
      undefined,
      retryAfterMs
    )
  }
  return new ApiError(`HTTP_${status}`, `${what}: unexpected HTTP ${status} from the org`, status)
}

// The org's answers to a deploy id it holds no deploy for.
const NO_SUCH_DEPLOY = /INVALID_CROSS_REFERENCE_KEY|NOT_FOUND|MALFORMED_ID/

/** True when the org answered that it has no deploy of the id asked for. */
export function isNoSuchDeploy(error: unknown): error is ApiError {
  return error instanceof ApiError && NO_SUCH_DEPLOY.test(error.code)
}
