import { createSign } from 'node:crypto'

/** Seconds the assertion stays valid; Salesforce requires exp within 3 minutes. */
const JWT_LIFETIME_SECONDS = 180

/** Builds and signs (RS256) the JWT bearer assertion for Salesforce's token endpoint. */
export function buildJwtAssertion(input: {
  clientId: string
  username: string
  audience: string
  privateKeyPem: string
  nowMs: number
}): string {
  const header = { alg: 'RS256' }
  const claims = {
    iss: input.clientId,
    sub: input.username,
    aud: input.audience,
    exp: Math.floor(input.nowMs / 1000) + JWT_LIFETIME_SECONDS
  }
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`
  const signature = createSign('RSA-SHA256').update(signingInput).sign(input.privateKeyPem)
  return `${signingInput}.${base64url(signature)}`
}

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url')
}
