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
