import { parseSfdxAuthUrl, readPrivateKey } from '../auth/credentials.ts'
import { checkOrgUrl } from '../http/url-policy.ts'
import type { RawInputs } from './inputs.ts'
import { optional, type Problems } from './parse-values.ts'
import type { AuthSettings } from './settings.ts'

const HOW =
  'give exactly one of: auth-url; jwt-key + client-id + username (+ login-url); access-token + instance-url'

/** Reads the auth inputs into one AuthSettings, or records every problem with them. */
export function parseAuth(
  raw: RawInputs,
  allowCustomHost: boolean,
  problems: Problems
): AuthSettings | undefined {
  const v = raw.values
  const methods = [
    optional(v['auth-url']) && 'auth-url',
    (optional(v['jwt-key']) ?? raw.jwtKeyFile) && 'jwt-key',
    optional(v['access-token']) && 'access-token'
  ].filter((m): m is string => typeof m === 'string')
  if (methods.length === 0) {
    problems.push(`authentication: no credentials given; ${HOW}.`)
    return undefined
  }
  if (methods.length > 1) {
    problems.push(`authentication: ${methods.join(' and ')} are both set; ${HOW}.`)
    return undefined
  }
  checkUnused(raw, methods[0] ?? '', problems)
  if (methods[0] === 'auth-url') return parseAuthUrlInput(v['auth-url'], allowCustomHost, problems)
  if (methods[0] === 'jwt-key') return parseJwt(raw, allowCustomHost, problems)
  return parseAccessToken(raw, allowCustomHost, problems)
}

/** The inputs each sign-in reads besides its own; the others would be dropped in silence. */
export const SIGN_IN_READS: Readonly<Record<string, readonly string[]>> = {
  'auth-url': [],
  'jwt-key': ['client-id', 'username', 'login-url'],
  'access-token': ['instance-url']
}
/** The inputs that belong to one sign-in or another. */
export const SIGN_IN_PARTS = ['client-id', 'username', 'login-url', 'instance-url'] as const
const LOGIN_URL_DEFAULT = 'https://login.salesforce.com'

/**
 * An input of another sign-in, given with this one: a login-url next to an auth URL (which
 * names its own host) or an instance-url next to a JWT key would otherwise be ignored, and the
 * run would sign in somewhere the user did not mean.
 */
function checkUnused(raw: RawInputs, method: string, problems: Problems): void {
  const reads = SIGN_IN_READS[method] ?? []
  for (const name of SIGN_IN_PARTS) {
    const value = optional(raw.values[name])
    if (value === undefined || reads.includes(name)) continue
    if (name === 'login-url' && value.replace(/\/+$/, '') === LOGIN_URL_DEFAULT) continue
    problems.push(
      `${name}: not used when signing in with ${method}, so "${value}" would be ignored; remove it (${HOW}).`
    )
  }
}

function parseAuthUrlInput(
  value: string,
  allowCustomHost: boolean,
  problems: Problems
): AuthSettings | undefined {
  const parsed = parseSfdxAuthUrl(value)
  if ('error' in parsed) {
    problems.push(`auth-url: the value (hidden) ${parsed.error}.`)
    return undefined
  }
  const urlProblem = checkOrgUrl(parsed.loginUrl, allowCustomHost)
  if (urlProblem)
    problems.push(`auth-url: the host ${urlProblem.replace(/^"[^"]*"/, `${parsed.loginUrl}`)}.`)
  return { kind: 'sfdx-url', ...parsed }
}

function parseJwt(
  raw: RawInputs,
  allowCustomHost: boolean,
  problems: Problems
): AuthSettings | undefined {
  const v = raw.values
  const before = problems.length
  const clientId = optional(v['client-id'])
  const username = optional(v.username)
  if (!clientId)
    problems.push("client-id: required with jwt-key; give the connected app's consumer key.")
  if (!username)
    problems.push('username: required with jwt-key; give the Salesforce username to sign in as.')
  const loginUrl = (optional(v['login-url']) ?? '').replace(/\/+$/, '')
  const urlProblem = checkSignInUrl(loginUrl, allowCustomHost)
  if (urlProblem) problems.push(`login-url: ${urlProblem}.`)
  const pem = readPem(raw, problems)
  if (problems.length > before || !clientId || !username || pem === undefined) return undefined
  return { kind: 'jwt', clientId, username, privateKeyPem: pem, loginUrl }
}

function readPem(raw: RawInputs, problems: Problems): string | undefined {
  const file = raw.jwtKeyFile
  if (file?.error) {
    problems.push(
      `jwt-key: the file ${file.path} could not be read (${file.error}); give PEM text or a readable file path.`
    )
    return undefined
  }
  const key = readPrivateKey(file?.text ?? raw.values['jwt-key'])
  if ('error' in key) {
    problems.push(`jwt-key: the value (hidden) ${key.error}.`)
    return undefined
  }
  return key.pem
}

function parseAccessToken(
  raw: RawInputs,
  allowCustomHost: boolean,
  problems: Problems
): AuthSettings | undefined {
  const accessToken = raw.values['access-token'].trim()
  const instanceUrl = (optional(raw.values['instance-url']) ?? '').replace(/\/+$/, '')
  if (!instanceUrl) {
    problems.push(
      'instance-url: required with access-token; give the org URL, e.g. https://acme.my.salesforce.com.'
    )
    return undefined
  }
  const urlProblem = checkSignInUrl(instanceUrl, allowCustomHost)
  if (urlProblem) {
    problems.push(`instance-url: ${urlProblem}.`)
    return undefined
  }
  return { kind: 'access-token', accessToken, instanceUrl }
}

/**
 * The URL policy, then the org URLs people copy from the browser. The Lightning Experience or
 * Setup address serves pages, not the API or the token endpoint: "use MyDomainName.my.salesforce.com
 * (not MyDomainName.lightning.force.com)" (Salesforce CLI reference, auth:jwt:grant --instanceurl,
 * developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_auth_jwt.htm).
 * A path (a page's, or the token endpoint's) would be joined to the token endpoint and to links.
 */
function checkSignInUrl(url: string, allowCustomHost: boolean): string | undefined {
  const problem = checkOrgUrl(url, allowCustomHost)
  if (problem) return problem
  const parsed = new URL(url)
  const myDomain = /^(.+)\.(?:lightning\.force\.com|my\.salesforce-setup\.com)$/.exec(
    parsed.hostname.toLowerCase()
  )?.[1]
  if (myDomain) {
    return (
      `"${url}" is the org's Lightning Experience or Setup address, which serves the browser, not the API; ` +
      `give its My Domain URL, https://${myDomain}.my.salesforce.com`
    )
  }
  if (parsed.pathname !== '/' || parsed.search || parsed.hash) {
    return `"${url}" has a path; give the org URL alone, ${parsed.origin}`
  }
  return undefined
}
