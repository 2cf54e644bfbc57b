/**
 * `GET /user` (docs.github.com/en/rest/users/users#get-the-authenticated-user): the token's own
 * account. A personal access token answers with its user; an installation token (GITHUB_TOKEN,
 * a GitHub App's) is refused with 403 "Resource not accessible by integration", as GitHub does
 * (actions/create-github-app-token#258 shows the answer for an App token).
 */
import type { Route } from '../core/route.ts'
import { json } from '../core/route.ts'
import { apiError } from './api-kit.ts'
import { simpleUser } from './shapes.ts'

export const USER_ROUTES: Route[] = [
  {
    operation: 'getAuthenticatedUser',
    method: 'GET',
    path: /^\/user$/,
    handle(req, state) {
      const value = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1]
      const token = value ? state.tokens.get(value) : undefined
      if (!token || token.revoked) return apiError(401, 'Bad credentials')
      if (token.login.endsWith('[bot]'))
        return apiError(403, 'Resource not accessible by integration')
      return json(200, simpleUser(state, token.login))
    }
  }
]
