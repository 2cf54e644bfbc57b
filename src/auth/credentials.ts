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

// One PEM block: its label and its base64 body, whatever separates the lines.
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g

/**
 * Reads PEM text as the RSA private key the JWT bearer flow signs with, mending how secrets get
 * pasted: line breaks as literal `\n` (a key kept in JSON or a .env file), as spaces (a form
 * field), indented or CRLF. A key next to its certificate is found. Returns the key rebuilt as
 * standard PEM, or a reason that names what was given instead; the reason never quotes the value.
 */
export function readPrivateKey(value: string): { pem: string } | { error: string } {
  const text = value.replace(/\\r\\n|\\n|\\r/g, '\n')
  if (!text.includes('-----BEGIN')) {
    return { error: 'is neither PEM text (-----BEGIN PRIVATE KEY-----) nor a readable file' }
  }
  const blocks = [...text.matchAll(PEM_BLOCK)].map(([, label = '', body = '']) => ({ label, body }))
  const key = blocks.find((block) => block.label.endsWith('PRIVATE KEY'))
  if (!key) return { error: notAPrivateKey(blocks.map((block) => block.label)) }
  if (key.label === 'ENCRYPTED PRIVATE KEY' || /Proc-Type:\s*4,ENCRYPTED/.test(key.body)) {
    return {
      error:
        'is encrypted with a passphrase, which the JWT bearer flow cannot use; store it without one ' +
        '(openssl rsa -in server.key -out server-nopass.key)'
    }
  }
  const pem = rebuildPem(key.label, key.body)
  try {
    const parsed = createPrivateKey(pem)
    if (parsed.asymmetricKeyType !== 'rsa') {
      return {
        error: `is ${keyKind(parsed.asymmetricKeyType)}; Salesforce's JWT bearer flow needs an RSA key (RS256)`
      }
    }
    return { pem }
  } catch {
    return {
      error:
        'is not a valid PEM private key (check that the secret holds the whole key, its line breaks and the BEGIN/END lines)'
    }
  }
}

/** What was pasted instead of the private key: the certificate and public key are common mix-ups. */
function notAPrivateKey(labels: string[]): string {
  if (labels.includes('CERTIFICATE')) {
    return (
      'is a certificate, not the private key: the certificate (server.crt) is uploaded to the ' +
      'connected app, and jwt-key takes the private key it was made with (server.key, -----BEGIN PRIVATE KEY-----)'
    )
  }
  if (labels.some((label) => label.endsWith('PUBLIC KEY'))) {
    return 'is a public key; jwt-key takes the private key (-----BEGIN PRIVATE KEY-----) whose certificate the connected app holds'
  }
  return 'is not a valid PEM private key (check that the secret holds the whole key, its line breaks and the BEGIN/END lines)'
}

/** Standard PEM: the base64 body without its whitespace, in lines of 64. */
function rebuildPem(label: string, body: string): string {
  const base64 = body.replace(/\s+/g, '')
  const lines = base64.match(/.{1,64}/g) ?? []
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`
}

/** Node's key types as a reader would write them, article included. */
const KEY_KINDS: Record<string, string> = {
  ec: 'an EC key',
  dsa: 'a DSA key',
  dh: 'a DH key',
  ed25519: 'an Ed25519 key',
  ed448: 'an Ed448 key',
  x25519: 'an X25519 key',
  x448: 'an X448 key',
  'rsa-pss': 'an RSA-PSS key'
}

function keyKind(type: string | undefined): string {
  if (type === undefined) return 'a non-RSA key'
  return KEY_KINDS[type] ?? `a ${type} key`
}
