import { parseRetryAfter } from '../../http/retry-after.ts'
import type { HttpResponse } from '../../http/transport.ts'
import { TransientError } from '../../shared/errors.ts'
import { apiErrorFor, httpErrorFor } from '../errors.ts'
import { readRestError } from './requests.ts'

/**
 * Reads a Salesforce REST response: the JSON of a 2xx (undefined for an empty 204), or the error
 * it carries, classified as transient or fatal. An unreadable 2xx body is transient (truncated).
 */
export function readRestJson(what: string, response: HttpResponse): unknown {
  if (response.status >= 200 && response.status < 300) {
    if (response.status === 204 || response.body.trim() === '') return undefined
    try {
      return JSON.parse(response.body) as unknown
    } catch {
      throw new TransientError(`${what}: unreadable JSON response`)
    }
  }
  const retryAfter = parseRetryAfter(response.headers['retry-after'], Date.now())
  const error = readRestError(response.body)
  if (error) throw apiErrorFor(error.code, error.message, response.status, retryAfter)
  throw httpErrorFor(response.status, what, retryAfter)
}
