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
  if (resolved.origin !== base.origin) {
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
  let sameHost = false
  try {
    sameHost = new URL(instanceUrl).hostname === new URL(loginUrl).hostname
  } catch {
    sameHost = false
  }
  const problem = checkOrgUrl(instanceUrl, allowCustomHost || sameHost)
  return (
    problem &&
    `The token endpoint answered with an instance URL the session is not sent to: ${problem}.`
  )
}

/**
 * Checks a URL the GitHub client is about to send the GitHub token to: it must be on the origin
 * of the API the run was given (GITHUB_API_URL). A page's `Link` header names the next page as an
 * absolute URL, and the client would otherwise take the token to whatever host one names.
 * (Redirects are another matter: fetch drops the Authorization header when the origin changes.)
 */
export function checkGitHubApiUrl(url: string, apiBaseUrl: string): string | undefined {
  let origin: string
  try {
    origin = new URL(url).origin
  } catch {
    return `the GitHub API answered with a URL that is not one: ${JSON.stringify(url)}`
  }
  const api = new URL(apiBaseUrl).origin
  if (origin === api) return undefined
  return (
    `the GitHub API answered with a URL on another host (${origin}, not ${api}); ` +
    'the GitHub token is sent only to the API of this run'
  )
}
