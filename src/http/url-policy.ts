/**
 * Which org URLs the action will send a token to. A token is a full session for the org, so it
 * goes only over https to Salesforce's own domains, or over plain http to this machine (the local
 * org simulator, tunnels in tests).
 */

// Salesforce-operated domains for login, My Domain and instance hosts (commercial, government,
// China and setup domains). https://help.salesforce.com/s/articleView?id=sf.domain_name_url_formats.htm
const SALESFORCE_SUFFIXES = [
  '.salesforce.com',
  '.force.com',
  '.salesforce.mil',
  '.cloudforce.com',
  '.database.com',
  '.sfcrmproducts.cn',
  '.salesforce-setup.com',
  '.salesforce-sites.com',
  '.force.mil'
]

/** True for 127.0.0.0/8, ::1 and localhost. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)
}

/** True when the host belongs to a Salesforce domain. */
export function isSalesforceHost(hostname: string): boolean {
  const host = hostname.toLowerCase()
  return SALESFORCE_SUFFIXES.some((suffix) => host.endsWith(suffix) || host === suffix.slice(1))
}

/**
 * Checks an org URL; returns a problem sentence (without the URL's secrets: org URLs carry none)
 * or undefined when it is acceptable.
 */
export function checkOrgUrl(url: string, allowCustomHost: boolean): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return `"${url}" is not a URL; expected e.g. https://acme.my.salesforce.com`
  }
  // The session would be sent there with the URL's user name and password dropped, and the
  // password would be printed wherever the URL is: neither is ever meant.
  if (hasUserInfo(parsed))
    return `${withoutUserInfo(parsed)} must not hold a user name or password (user:password@); give the org URL alone`
  const loopback = isLoopbackHost(parsed.hostname)
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
    return `"${url}" must use https:// (plain http is accepted only for 127.0.0.1 or localhost)`
  }
  if (!loopback && !allowCustomHost && !isSalesforceHost(parsed.hostname)) {
    return (
      `"${url}" is not a Salesforce domain (such as *.my.salesforce.com); ` +
      'set allow-custom-instance-host: true if this host really serves your org'
    )
  }
  return undefined
}

/** Whether a URL holds `user:password@`, which its origin leaves out. */
function hasUserInfo(url: URL): boolean {
  return url.username !== '' || url.password !== ''
}

/** A URL as text with its user name and password left out, to name it in a message. */
function withoutUserInfo(url: URL): string {
  const copy = new URL(url.href)
  copy.username = ''
  copy.password = ''
  return `"${copy.href}"`
}

/**
 * True for an IP literal of a private, shared, link-local or unspecified range (10/8, 100.64/10,
 * 172.16/12, 192.168/16, 169.254/16, 0/8, fc00::/7, fe80::/10, ::), where no Salesforce org
 * is served: the cloud metadata endpoint 169.254.169.254 is one of them. Loopback is apart.
 */
export function isPrivateAddress(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  const v4 = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(host)
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])]
    return (
      a === 10 ||
      a === 0 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254)
    )
  }
  if (!host.includes(':')) return false
  // An IPv4-mapped address (::ffff:10.0.0.1) is written ::ffff:a00:1 by the URL parser.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host)
  if (mapped) {
    const high = parseInt(mapped[1] ?? '0', 16)
    const low = parseInt(mapped[2] ?? '0', 16)
    const v4text = `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`
    return isPrivateAddress(v4text) || isLoopbackHost(v4text)
  }
  return host === '::' || /^f[cd][0-9a-f]{0,2}:/.test(host) || /^fe[89ab][0-9a-f]?:/.test(host)
}

/** Origin (scheme://host[:port]) of a URL, without path or trailing slash. */
export function originOf(url: string): string {
  return new URL(url).origin
}

/**
 * The URL of `pathOrUrl` on the org at `instanceUrl`. Server-supplied paths (`nextRecordsUrl`,
 * record URLs) are resolved as URLs, never appended as strings, and one that leads to another
 * origin (`//host/…`, `https://host/…`; as a string `@host/…` would change the host) is refused,
 * so the session token is sent nowhere but the org. Returns the problem sentence instead when
 * the origin would change.
 */
export function resolveOrgUrl(
  instanceUrl: string,
  pathOrUrl: string
): { url: string } | { problem: string } {
  const base = new URL(instanceUrl)
  let resolved: URL
  try {
    resolved = new URL(pathOrUrl, `${base.origin}/`)
  } catch {
    return {
      problem: `the org answered with a path that is not a URL: ${JSON.stringify(pathOrUrl)}`
    }
  }
  if (resolved.origin !== base.origin || hasUserInfo(resolved)) {
    return {
      problem:
        `the org answered with a URL on another host (${resolved.origin}, not ${base.origin}); ` +
        'the session is sent only to the org it was issued for'
    }
  }
  return { url: resolved.href }
}

/**
 * Checks the instance URL a token endpoint issued: the same policy as a configured org URL, so a
 * token endpoint cannot steer the session to plain http or a foreign host. The sign-in host
 * itself is accepted (the user chose it).
 */
export function checkIssuedInstanceUrl(
  instanceUrl: string,
  loginUrl: string,
  allowCustomHost: boolean
): string | undefined {
  const problem = issuedUrlProblem(instanceUrl, loginUrl, allowCustomHost)
  return (
    problem &&
    `The token endpoint answered with an instance URL the session is not sent to: ${problem}.`
  )
}

/**
 * The configured-URL policy, and what only an issued URL can get wrong: a path, query or fragment
 * (an org URL is an origin; the summaries build links from it), or a private address that the
 * sign-in host is not on itself. Loopback stays accepted, as for every org URL: it serves a local
 * org simulator or proxy on the runner itself, never another machine.
 */
function issuedUrlProblem(
  instanceUrl: string,
  loginUrl: string,
  allowCustomHost: boolean
): string | undefined {
  let issued: URL
  let login: URL
  try {
    issued = new URL(instanceUrl)
    login = new URL(loginUrl)
  } catch {
    return checkOrgUrl(instanceUrl, allowCustomHost)
  }
  const sameHost = issued.hostname === login.hostname
  const problem = checkOrgUrl(instanceUrl, allowCustomHost || sameHost)
  if (problem) return problem
  if (issued.pathname !== '/' || issued.search !== '' || issued.hash !== '')
    return `${JSON.stringify(instanceUrl)} is not an org URL alone (it has a path, query or fragment)`
  if (isPrivateAddress(issued.hostname) && !sameHost)
    return `${JSON.stringify(instanceUrl)} is a private address, and the sign-in host ${login.hostname} is not`
  return undefined
}

/**
 * Checks a URL the GitHub client is about to send the GitHub token to: it must be on the origin
 * of the API the run was given (GITHUB_API_URL). A page's `Link` header names the next page as an
 * absolute URL, and the client would otherwise take the token to whatever host one names.
 * (Redirects are another matter: fetch drops the Authorization header when the origin changes.)
 */
export function checkGitHubApiUrl(url: string, apiBaseUrl: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return `the GitHub API answered with a URL that is not one: ${JSON.stringify(url)}`
  }
  const api = new URL(apiBaseUrl).origin
  const origin = parsed.origin
  // user:password@ would be sent along (or printed) with the token.
  if (origin === api && !hasUserInfo(parsed)) return undefined
  return (
    `the GitHub API answered with a URL on another host (${origin}, not ${api}); ` +
    'the GitHub token is sent only to the API of this run'
  )
}
