/**
 * What every REST route shares: the repository from the path, the token from the Authorization
 * header, the GITHUB_TOKEN permission the endpoint needs, the per-repository rate limit and its
 * headers, GitHub's error bodies and Link-header pagination.
 */
import { randomBytes } from 'node:crypto'
import { type GhRequest, type GhResponse, type Route, json } from '../core/route.ts'
import type {
  ApiToken,
  GitHubState,
  Permission,
  PermissionName,
  Repository
} from '../core/state.ts'

/** What a REST handler gets. */
export interface ApiContext {
  req: GhRequest
  state: GitHubState
  repo: Repository
  token: ApiToken
  /** Path groups after owner and repo. */
  params: string[]
}

/** What an endpoint needs: any one of `names` at `level` (comments accept issues or pull-requests). */
export interface Needs {
  names: PermissionName[]
  level: Exclude<Permission, 'none'>
}

const DOCS = 'https://docs.github.com/rest'

/** GitHub's error body: `message`, `documentation_url` and (since 2023) `status` as a string. */
export function apiError(
  status: number,
  message: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {}
): GhResponse {
  return json(
    status,
    { message, ...extra, documentation_url: DOCS, status: String(status) },
    headers
  )
}

/** 422 "Validation Failed" with one error entry, the shape the Checks and Issues APIs use. */
export function validationFailed(resource: string, field: string, code = 'invalid'): GhResponse {
  return apiError(422, 'Validation Failed', { errors: [{ resource, code, field }] })
}

export const notFound = (): GhResponse => apiError(404, 'Not Found')

function tokenOf(req: GhRequest): string | undefined {
  const header = req.headers.authorization
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '')
  return match?.[1]
}

function allows(token: ApiToken, needs: Needs): boolean {
  return needs.names.some((name) => {
    const level = token.permissions[name]
    return level === 'write' || (needs.level === 'read' && level === 'read')
  })
}

/**
 * Primary rate limit: GITHUB_TOKEN gets 1,000 requests an hour per repository
 * (docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api). Every
 * authenticated call counts, failed ones included.
 */
function countRequest(
  state: GitHubState,
  repositoryId: number
): Record<string, string> & { exceeded?: string } {
  const hour = 3_600_000
  const now = state.now()
  let window = state.rateUsed.get(repositoryId)
  if (!window || now - window.windowStart >= hour) {
    window = { windowStart: now, used: 0 }
    state.rateUsed.set(repositoryId, window)
  }
  const exceeded = window.used >= state.rateLimit
  if (!exceeded) window.used += 1
  const headers: Record<string, string> = {
    'x-ratelimit-limit': String(state.rateLimit),
    'x-ratelimit-remaining': String(Math.max(0, state.rateLimit - window.used)),
    'x-ratelimit-reset': String(Math.ceil((window.windowStart + hour) / 1000)),
    'x-ratelimit-used': String(window.used),
    'x-ratelimit-resource': 'core'
  }
  return exceeded ? { ...headers, exceeded: 'true' } : headers
}

/** Headers GitHub sends on every REST answer. */
function commonHeaders(): Record<string, string> {
  return {
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    'x-github-request-id': randomBytes(8).toString('hex').toUpperCase()
  }
}

/**
 * A route under `/repos/{owner}/{repo}`: `rest` is the rest of the path pattern. The checks run
 * in GitHub's order: authentication (401), the token's repository (404, as GitHub hides
 * repositories a token cannot see), the rate limit (403), then the permission (403 "Resource not
 * accessible by integration", with the `x-accepted-github-permissions` header GitHub sends).
 */
export function repoRoute(
  operation: string,
  method: string,
  rest: string,
  needs: Needs,
  handler: (ctx: ApiContext) => GhResponse | Promise<GhResponse>
): Route {
  return {
    operation,
    method,
    path: new RegExp(`^/repos/([^/]+)/([^/]+)${rest}$`),
    async handle(req, state) {
      const response = await guarded(req, state, needs, handler)
      return { ...response, headers: { ...commonHeaders(), ...response.headers } }
    }
  }
}

async function guarded(
  req: GhRequest,
  state: GitHubState,
  needs: Needs,
  handler: (ctx: ApiContext) => GhResponse | Promise<GhResponse>
): Promise<GhResponse> {
  const [owner = '', name = '', ...params] = req.params
  const value = tokenOf(req)
  if (!value) return apiError(401, 'Requires authentication')
  const token = state.tokens.get(value)
  if (!token || token.revoked) return apiError(401, 'Bad credentials')
  const repo = state.repository(owner, name)
  if (!repo || repo.id !== token.repositoryId) return notFound()
  const { exceeded, ...rate } = countRequest(state, repo.id)
  if (exceeded)
    return apiError(403, `API rate limit exceeded for installation ID ${repo.id}.`, {}, rate)
  if (!allows(token, needs)) {
    const accepted = needs.names.map((n) => `${n}=${needs.level}`).join(', ')
    return apiError(
      403,
      'Resource not accessible by integration',
      {},
      {
        ...rate,
        'x-accepted-github-permissions': accepted
      }
    )
  }
  const response = await handler({ req, state, repo, token, params })
  return { ...response, headers: { ...rate, ...response.headers } }
}

/**
 * One page of `items` (`per_page` default 30, at most 100; `page` from 1) and the Link header
 * GitHub sends (`next`, `last`, `first`, `prev`), which Octokit's paginate follows.
 */
export function paginate<T>(
  items: readonly T[],
  req: GhRequest,
  baseUrl: string
): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(req.query.get('per_page') ?? 30) || 30))
  const page = Math.max(1, Number(req.query.get('page') ?? 1) || 1)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const link = (n: number, rel: string): string => {
    const query = new URLSearchParams(req.query)
    query.set('per_page', String(perPage))
    query.set('page', String(n))
    return `<${baseUrl}${req.path}?${query.toString()}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page > 1) links.push(link(page - 1, 'prev'))
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  if (page > 1) links.push(link(1, 'first'))
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {}
  }
}

/** ISO 8601 without milliseconds, as GitHub writes timestamps. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}
