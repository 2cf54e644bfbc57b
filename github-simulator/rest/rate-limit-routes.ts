/**
 * `GET /rate_limit` (docs.github.com/en/rest/rate-limit/rate-limit): the caller's budget, which
 * does not count against it. The simulator keeps only the `core` resource.
 */
import type { Route } from '../core/route.ts'
import { json } from '../core/route.ts'
import { apiError } from './api-kit.ts'

export const RATE_LIMIT_ROUTES: Route[] = [
  {
    operation: 'getRateLimit',
    method: 'GET',
    path: /^\/rate_limit$/,
    handle(req, state) {
      const value = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1]
      const token = value ? state.tokens.get(value) : undefined
      if (!token || token.revoked) return apiError(401, 'Bad credentials')
      const window = state.rateUsed.get(token.repositoryId)
      const used = window && state.now() - window.windowStart < 3_600_000 ? window.used : 0
      const reset = Math.ceil(((window?.windowStart ?? state.now()) + 3_600_000) / 1000)
      const core = {
        limit: state.rateLimit,
        used,
        remaining: Math.max(0, state.rateLimit - used),
        reset
      }
      return json(200, { resources: { core }, rate: core })
    }
  }
]
