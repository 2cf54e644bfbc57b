import { createPrivateKey } from 'node:crypto'
import { isLoopbackHost } from '../http/url-policy.ts'

/** The parts of an SFDX auth URL (`force://clientId:clientSecret:refreshToken@host`). */
export interface SfdxAuthUrl {
  clientId: string
  clientSecret: string
  refreshToken: string
  /** `https://host[:port]`, or `http://` for a loopback host. */
  loginUrl: string
}

// As @salesforce/core parses it: id and token are [A-Za-z0-9._-]+ with at most two '=' of padding;
// the secret may be empty; the host carries no scheme and may have a port; a path, query string
// or fragment after the host is ignored (sfdx-core matches only the start of the URL).
const AUTH_URL =
  /^force:\/\/([A-Za-z0-9._-]+={0,2}):([A-Za-z0-9._-]*={0,2}):([A-Za-z0-9._-]+={0,2})@([A-Za-z0-9:._-]+)([/?#].*)?$/

/**
 * Parses an SFDX auth URL. Returns a reason instead of throwing, and the reason never quotes the
 * value, which is a long-lived secret.
 */
export function parseSfdxAuthUrl(value: string): SfdxAuthUrl | { error: string } {
  const match = AUTH_URL.exec(value.trim())
  if (!match) {
    return {
      error:
        'is not an SFDX auth URL; expected force://<clientId>:<clientSecret>:<refreshToken>@<host> ' +
        '(the host has no https://; the secret may be empty), as printed by `sf org display --verbose --json` (sfdxAuthUrl)'
    }
  }
  const [, clientId = '', clientSecret = '', refreshToken = '', host = ''] = match
  const hostname = host.replace(/:\d+$/, '')
  const scheme = isLoopbackHost(hostname) ? 'http' : 'https'
  return { clientId, clientSecret, refreshToken, loginUrl: `${scheme}://${host}` }
}

/** Checks that PEM text is an RSA private key node can sign with; returns a reason or undefined. */
export function checkPrivateKey(pem: string): string | undefined {
  if (!pem.includes('-----BEGIN')) {
    return 'is neither PEM text (-----BEGIN PRIVATE KEY-----) nor a readable file'
  }
  try {
    const key = createPrivateKey(pem)
    if (key.asymmetricKeyType !== 'rsa') {
      return `is a ${key.asymmetricKeyType ?? 'non-RSA'} key; Salesforce's JWT bearer flow needs an RSA key (RS256)`
    }
    return undefined
  } catch {
    return 'is not a valid PEM private key (check that the secret kept its line breaks and the BEGIN/END lines)'
  }
}
