import type { HttpTransport } from '../http/transport.ts'
import type { AuthSettings } from '../settings/settings.ts'
import type { Clock } from '../shared/clock.ts'
import { checkIssuedInstanceUrl, isLoopbackHost } from '../http/url-policy.ts'
import { AuthError } from '../shared/errors.ts'
import { secrets } from '../shared/redact.ts'
import { buildJwtAssertion } from './jwt-assertion.ts'
import { describeOAuthError } from './oauth-errors.ts'

/** A signed-in org. */
export interface OrgConnection {
  instanceUrl: string
  accessToken: string
  /** A new refresh token, when the connected app rotates them; use it for the next refresh. */
  refreshToken?: string
  /** How a JWT sign-in succeeded (token endpoint and audience), for the log. */
  signedInWith?: { loginUrl: string; audience: string }
  /** 18-character org id when the token response told it, else the token's 15-character prefix. */
  orgId?: string
  userId?: string
}

const TOKEN_PATH = '/services/oauth2/token'
const LOGIN = 'https://login.salesforce.com'
const TEST = 'https://test.salesforce.com'

/**
 * The (token endpoint, audience) pairs a JWT sign-in tries, in order, as the Salesforce CLI's
 * sfdx-core does: the given URL as both; then, for a My Domain (or any other) URL, the standard
 * audiences at that URL; then test and login as both, never login with the test audience. A
 * loopback URL (a local org) is never swapped for a public host.
 */
export function jwtAttempts(loginUrl: string): { loginUrl: string; audience: string }[] {
  const given = loginUrl.replace(/\/+$/, '')
  const pairs = [{ loginUrl: given, audience: given }]
  if (given !== LOGIN && given !== TEST) {
    pairs.push({ loginUrl: given, audience: TEST }, { loginUrl: given, audience: LOGIN })
  }
  if (!isLoopbackUrl(given)) {
    if (given !== TEST) pairs.push({ loginUrl: TEST, audience: TEST })
    if (given !== LOGIN) pairs.push({ loginUrl: LOGIN, audience: LOGIN })
  }
  return pairs
}

function isLoopbackUrl(url: string): boolean {
  try {
    return isLoopbackHost(new URL(url).hostname)
  } catch {
    return false
  }
}

/** How far the action trusts hosts the token endpoint names (the allow-custom-instance-host input). */
export interface HostPolicy {
  allowCustomHost: boolean
}

/**
 * Signs in with the configured method. Access tokens are taken as given (their instance URL was
 * checked as an input); an issued instance URL must pass the URL policy, and every issued token
 * is registered as a secret the moment it arrives.
 */
export async function authenticate(
  auth: AuthSettings,
  http: HttpTransport,
  clock: Clock,
  policy: HostPolicy = { allowCustomHost: false }
): Promise<OrgConnection> {
  if (auth.kind === 'access-token') {
    const orgId = /^(00D[A-Za-z0-9]{12})!/.exec(auth.accessToken)?.[1]
    return {
      instanceUrl: auth.instanceUrl,
      accessToken: auth.accessToken,
      ...(orgId ? { orgId } : {})
    }
  }
  if (auth.kind === 'sfdx-url') {
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: auth.refreshToken,
      client_id: auth.clientId
    })
    if (auth.clientSecret) form.set('client_secret', auth.clientSecret)
    return requestToken(http, auth.loginUrl, form, 'SFDX auth URL', policy)
  }
  return jwtSignIn(auth, http, clock, policy)
}

async function jwtSignIn(
  auth: Extract<AuthSettings, { kind: 'jwt' }>,
  http: HttpTransport,
  clock: Clock,
  policy: HostPolicy
): Promise<OrgConnection> {
  // The key as rebuilt from what was pasted: its lines are not those of the masked input.
  secrets.add(auth.privateKeyPem)
  // As the Salesforce CLI does: the next pair when the org says the audience is wrong.
  let lastError: AuthError | undefined
  for (const { loginUrl, audience } of jwtAttempts(auth.loginUrl)) {
    const assertion = buildJwtAssertion({ ...auth, audience, nowMs: clock.now() })
    // A bearer credential for minutes: the token endpoint may echo it in an error.
    secrets.add(assertion)
    const form = new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      assertion
    })
    try {
      const connection = await requestToken(http, loginUrl, form, 'JWT bearer', policy)
      return { ...connection, signedInWith: { loginUrl, audience } }
    } catch (error) {
      if (!(error instanceof AuthError) || !/audience/i.test(error.message)) throw error
      lastError = error
    }
  }
  throw lastError ?? new AuthError('JWT bearer sign-in failed')
}

async function requestToken(
  http: HttpTransport,
  loginUrl: string,
  form: URLSearchParams,
  flow: string,
  policy: HostPolicy
): Promise<OrgConnection> {
  const response = await http.send({
    method: 'POST',
    url: `${loginUrl}${TOKEN_PATH}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: form.toString()
  })
  if (response.status !== 200)
    throw new AuthError(describeOAuthError(flow, response.status, response.body))
  const connection = parseTokenResponse(response.body, flow)
  // Registered before anything can log them: the org may echo them, a log line may quote them.
  secrets.add(connection.accessToken)
  secrets.add(connection.refreshToken)
  const problem = checkIssuedInstanceUrl(connection.instanceUrl, loginUrl, policy.allowCustomHost)
  if (problem) throw new AuthError(`${flow} sign-in failed. ${problem}`)
  return connection
}

function parseTokenResponse(body: string, flow: string): OrgConnection {
  let parsed: {
    access_token?: unknown
    instance_url?: unknown
    id?: unknown
    refresh_token?: unknown
  }
  try {
    parsed = JSON.parse(body) as typeof parsed
  } catch {
    throw new AuthError(
      `${flow} sign-in failed: the token endpoint answered with something other than JSON.`
    )
  }
  // `null`, a number or an array is JSON too, and has no fields to read.
  if (typeof parsed !== 'object' || parsed === null) parsed = {}
  if (typeof parsed.access_token !== 'string' || typeof parsed.instance_url !== 'string') {
    throw new AuthError(
      `${flow} sign-in failed: the token response has no access_token or instance_url.`
    )
  }
  // The identity URL ends in /id/<orgId>/<userId>.
  const ids = typeof parsed.id === 'string' ? /\/id\/(00D\w+)\/(005\w+)/.exec(parsed.id) : null
  return {
    instanceUrl: parsed.instance_url.replace(/\/+$/, ''),
    accessToken: parsed.access_token,
    ...(typeof parsed.refresh_token === 'string' && parsed.refresh_token !== ''
      ? { refreshToken: parsed.refresh_token }
      : {}),
    ...(ids?.[1] ? { orgId: ids[1] } : {}),
    ...(ids?.[2] ? { userId: ids[2] } : {})
  }
}
