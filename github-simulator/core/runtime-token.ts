/**
 * ACTIONS_RUNTIME_TOKEN: a JWT whose `scp` claim carries `Actions.Results:<runBackendId>:<jobBackendId>`,
 * which is where @actions/artifact reads the backend ids it sends to the results service
 * (lib/internal/shared/util.js, getBackendIdsFromToken). The simulator signs it with HS256 and
 * checks the signature, the expiry and that the ids in a request are the token's own.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import type { GitHubState, WorkflowRun } from './state.ts'

/** A runner's runtime token is valid for the job; six hours is the job time limit. */
const TOKEN_TTL_MS = 6 * 3_600_000

export interface RuntimeClaims {
  scp: string
  iss: string
  aud: string
  nbf: number
  iat: number
  exp: number
}

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url')

function signature(state: GitHubState, unsigned: string): string {
  return createHmac('sha256', state.secret).update(unsigned).digest('base64url')
}

/** Mints the runtime token of a run's job. */
export function mintRuntimeToken(state: GitHubState, run: WorkflowRun): string {
  const now = Math.floor(state.now() / 1000)
  const scope = `${run.backendId}:${run.job.backendId}`
  const claims: RuntimeClaims = {
    scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.UploadArtifacts:${scope} Actions.Results:${scope}`,
    iss: 'github-simulator',
    aud: 'vso:github-simulator',
    nbf: now - 60,
    iat: now,
    exp: now + TOKEN_TTL_MS / 1000
  }
  const unsigned = `${b64({ typ: 'JWT', alg: 'HS256' })}.${b64(claims)}`
  return `${unsigned}.${signature(state, unsigned)}`
}

/** The run and job backend ids a valid token grants, or the reason it is not valid. */
export function verifyRuntimeToken(
  state: GitHubState,
  authorization: string | undefined
): { runBackendId: string; jobBackendId: string } | { problem: string } {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1]
  if (!token) return { problem: 'missing bearer token' }
  const [header, payload, sig] = token.split('.')
  if (!header || !payload || !sig) return { problem: 'malformed token' }
  const expected = Buffer.from(signature(state, `${header}.${payload}`))
  const given = Buffer.from(sig)
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { problem: 'invalid token signature' }
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as RuntimeClaims
  if (claims.exp * 1000 <= state.now()) return { problem: 'token expired' }
  const scope = claims.scp.split(' ').find((s) => s.startsWith('Actions.Results:'))
  const [, runBackendId, jobBackendId] = scope?.split(':') ?? []
  if (!runBackendId || !jobBackendId) return { problem: 'token has no Actions.Results scope' }
  return { runBackendId, jobBackendId }
}
