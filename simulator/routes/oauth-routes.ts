/**
 * OAuth: `/services/oauth2/token` for the JWT bearer and refresh-token grants with the org's
 * exact error bodies, `/services/oauth2/userinfo`, `/id/{org}/{user}` and `/services/oauth2/revoke`.
 */
import { randomBytes, verify } from 'node:crypto'
import type { SimContext } from '../core/context.ts'
import type { Route, SimRequest, SimResponse } from '../core/route.ts'
import { jwtAudiences } from '../org/org-profiles.ts'
import type { OrgUser } from '../org/org-state.ts'
import { bearerSession, isResponse, json } from '../rest/rest-kit.ts'

const JWT_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer'

function oauthError(error: string, description: string, status = 400): SimResponse {
  return json(status, { error, error_description: description })
}

function identityUrl(sim: SimContext, user: OrgUser): string {
  return `${sim.baseUrl()}/id/${sim.org.info.orgId}/${user.id}`
}

function decodeSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as unknown
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** Verifies a JWT bearer assertion; returns the user or the org's error answer. */
function verifyAssertion(assertion: string, sim: SimContext): OrgUser | SimResponse {
  const [head, body, signature] = assertion.split('.')
  const header = head ? decodeSegment(head) : undefined
  const claims = body ? decodeSegment(body) : undefined
  if (!header || !claims || !signature || header['alg'] !== 'RS256')
    return oauthError('invalid_grant', 'invalid assertion')
  const signed = verify(
    'RSA-SHA256',
    Buffer.from(`${head}.${body}`),
    sim.jwt.publicKeyPem,
    Buffer.from(signature, 'base64url')
  )
  if (!signed) return oauthError('invalid_grant', 'invalid assertion')
  if (claims['iss'] !== sim.jwt.clientId)
    return oauthError('invalid_client_id', 'client identifier invalid')
  // Production and Developer Edition orgs accept login.salesforce.com, sandboxes and scratch orgs
  // test.salesforce.com; every org accepts its own (My Domain) URL.
  const audiences = [sim.baseUrl(), ...jwtAudiences(sim.org.info.orgType)].map((url) =>
    url.replace(/\/$/, '')
  )
  const aud = claims['aud']
  const audList = (Array.isArray(aud) ? aud : [aud]).map((value) =>
    String(value).replace(/\/$/, '')
  )
  if (!audList.some((value) => audiences.includes(value)))
    return oauthError('invalid_grant', 'audience is invalid')
  const exp = Number(claims['exp'])
  // Any future exp is fine (seconds or, as @salesforce/core sends, milliseconds). A past one gets
  // the org's "expired authorization code" (simple-salesforce#491: exp computed in local time).
  if (!Number.isFinite(exp)) return oauthError('invalid_grant', 'invalid assertion')
  if (exp * 1000 <= Math.min(Date.now(), sim.clock.now()))
    return oauthError('invalid_grant', 'expired authorization code')
  const user = sim.org.user(String(claims['sub'] ?? ''))
  if (!user || user.username !== claims['sub'])
    return oauthError('invalid_grant', 'invalid assertion')
  if (!user.approved) return oauthError('invalid_grant', "user hasn't approved this consumer")
  return user
}

function clientCredentials(req: SimRequest, form: URLSearchParams): { id: string; secret: string } {
  const basic = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? '')
  if (basic?.[1]) {
    const [id = '', secret = ''] = Buffer.from(basic[1], 'base64').toString('utf8').split(':')
    return { id, secret }
  }
  return { id: form.get('client_id') ?? '', secret: form.get('client_secret') ?? '' }
}

function refreshGrant(req: SimRequest, form: URLSearchParams, sim: SimContext): SimResponse {
  const client = clientCredentials(req, form)
  const expectedSecret = sim.clients.get(client.id)
  if (expectedSecret === undefined)
    return oauthError('invalid_client_id', 'client identifier invalid')
  if (client.secret !== '' && client.secret !== expectedSecret)
    return oauthError('invalid_client', 'invalid client credentials')
  const used = form.get('refresh_token') ?? ''
  const grant = sim.sessions.refresh(used)
  if (!grant || grant.clientId !== client.id)
    return oauthError('invalid_grant', 'expired access/refresh token')
  const issuedAt = String(sim.clock.now())
  let rotated: string | undefined
  if (sim.switches.rotateRefreshTokens) {
    sim.sessions.revokeRefresh(used)
    rotated = sim.sessions.issueRefresh(grant.user, grant.clientId)
  }
  return json(200, {
    access_token: sim.sessions.issue(grant.user),
    signature: randomBytes(32).toString('base64'),
    scope: 'refresh_token web api',
    instance_url: sim.baseUrl(),
    id: identityUrl(sim, grant.user),
    token_type: 'Bearer',
    issued_at: issuedAt,
    ...(rotated ? { refresh_token: rotated } : {})
  })
}

function token(req: SimRequest, sim: SimContext): SimResponse {
  const form = new URLSearchParams(req.body.toString('utf8'))
  const grantType = form.get('grant_type')
  if (grantType === 'refresh_token') return refreshGrant(req, form, sim)
  if (grantType !== JWT_GRANT)
    return oauthError('unsupported_grant_type', 'grant type not supported')
  const user = verifyAssertion(form.get('assertion') ?? '', sim)
  if (isResponse(user)) return user
  return json(200, {
    access_token: sim.sessions.issue(user),
    scope: 'web openid api id',
    instance_url: sim.baseUrl(),
    id: identityUrl(sim, user),
    token_type: 'Bearer'
  })
}

function identity(sim: SimContext, user: OrgUser): Record<string, unknown> {
  const [given = '', ...family] = user.name.split(' ')
  return {
    sub: identityUrl(sim, user),
    user_id: user.id,
    organization_id: sim.org.info.orgId,
    preferred_username: user.username,
    nickname: user.username.split('@')[0],
    name: user.name,
    email: user.username,
    email_verified: true,
    given_name: given,
    family_name: family.join(' '),
    zoneinfo: 'Europe/London',
    active: true,
    user_type: 'STANDARD',
    language: 'en_US',
    locale: 'en_GB',
    utcOffset: 0,
    urls: {
      metadata: `${sim.baseUrl()}/services/Soap/m/{version}/${sim.org.info.orgId}`,
      rest: `${sim.baseUrl()}/services/data/v{version}/`,
      tooling_rest: `${sim.baseUrl()}/services/data/v{version}/tooling/`
    }
  }
}

/** OAuth routes. */
export const OAUTH_ROUTES: Route[] = [
  {
    name: 'oauth token',
    methods: ['POST'],
    path: /^\/services\/oauth2\/token$/,
    transport: 'oauth',
    operation: () => 'token',
    handle: token
  },
  {
    name: 'oauth userinfo',
    methods: ['GET', 'POST'],
    path: /^\/services\/oauth2\/userinfo$/,
    transport: 'oauth',
    operation: () => 'userinfo',
    handle: (req, sim) => {
      const session = bearerSession(req, sim)
      return isResponse(session) ? session : json(200, identity(sim, session.user))
    }
  },
  {
    name: 'identity url',
    methods: ['GET'],
    path: /^\/id\/(\w+)\/(\w+)$/,
    transport: 'oauth',
    operation: () => 'identity',
    handle: (req, sim) => {
      const session = bearerSession(req, sim)
      return isResponse(session)
        ? session
        : json(200, {
            ...identity(sim, session.user),
            id: identityUrl(sim, session.user),
            username: session.user.username,
            display_name: session.user.name
          })
    }
  },
  {
    name: 'oauth revoke',
    methods: ['POST', 'GET'],
    path: /^\/services\/oauth2\/revoke$/,
    transport: 'oauth',
    operation: () => 'revoke',
    handle: () => ({ status: 200, body: '' })
  }
]
