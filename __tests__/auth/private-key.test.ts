import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { readPrivateKey } from '../../src/auth/credentials.ts'
import { testKeyPair } from '../support/raw-inputs.ts'

const { privateKeyPem, publicKeyPem } = testKeyPair()
const pkcs1 = createPrivateKey(privateKeyPem).export({ type: 'pkcs1', format: 'pem' }).toString()
// Only the label matters for this mix-up; the body is not read.
const CERTIFICATE =
  '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIUbody\n-----END CERTIFICATE-----\n'

/** The key the input is read as, checked to be the same key as the one pasted. */
function sameKey(value: string): boolean {
  const read = readPrivateKey(value)
  if ('error' in read) throw new Error(read.error)
  const der = (pem: string): string =>
    createPublicKey(pem).export({ type: 'spki', format: 'der' }).toString('base64')
  return der(read.pem) === der(privateKeyPem)
}

describe('readPrivateKey', () => {
  it.each([
    ['PKCS#8', privateKeyPem],
    ['PKCS#1 (BEGIN RSA PRIVATE KEY)', pkcs1],
    ['Windows line endings', privateKeyPem.replace(/\n/g, '\r\n')],
    ['literal \\n sequences (JSON, .env)', privateKeyPem.trim().replace(/\n/g, '\\n')],
    ['literal \\r\\n sequences', privateKeyPem.trim().replace(/\n/g, '\\r\\n')],
    ['spaces for line breaks (a form field)', privateKeyPem.trim().replace(/\n/g, ' ')],
    ['indented lines', privateKeyPem.replace(/^/gm, '    ')],
    ['the key followed by its certificate', privateKeyPem + CERTIFICATE],
    ['the certificate followed by the key', CERTIFICATE + privateKeyPem]
  ])('reads %s as the key', (_name, value) => {
    expect(sameKey(value)).toBe(true)
  })

  it.each([
    [
      'an encrypted PKCS#8 key',
      createPrivateKey(privateKeyPem)
        .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pass' })
        .toString()
    ],
    [
      'an encrypted PKCS#1 key (Proc-Type: 4,ENCRYPTED)',
      createPrivateKey(privateKeyPem)
        .export({ type: 'pkcs1', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pass' })
        .toString()
    ]
  ])('refuses %s, saying how to remove the passphrase', (_name, value) => {
    expect(readPrivateKey(value)).toEqual({
      error:
        'is encrypted with a passphrase, which the JWT bearer flow cannot use; store it without one ' +
        '(openssl rsa -in server.key -out server-nopass.key)'
    })
  })

  it('names a certificate given instead of the key, and where each belongs', () => {
    expect(readPrivateKey(CERTIFICATE)).toEqual({
      error:
        'is a certificate, not the private key: the certificate (server.crt) is uploaded to the connected app, ' +
        'and jwt-key takes the private key it was made with (server.key, -----BEGIN PRIVATE KEY-----)'
    })
  })

  it('names a public key given instead of the private key', () => {
    expect(readPrivateKey(publicKeyPem)).toEqual({
      error:
        'is a public key; jwt-key takes the private key (-----BEGIN PRIVATE KEY-----) whose certificate the connected app holds'
    })
  })

  it('refuses a key that is not RSA, and a broken one, without quoting either', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString()
    expect(readPrivateKey(ec)).toEqual({
      error: "is an EC key; Salesforce's JWT bearer flow needs an RSA key (RS256)"
    })
    const broken = '-----BEGIN PRIVATE KEY-----\nMIIsecretbits\n-----END PRIVATE KEY-----'
    const read = readPrivateKey(broken)
    expect(read).toEqual({
      error:
        'is not a valid PEM private key (check that the secret holds the whole key, its line breaks and the BEGIN/END lines)'
    })
  })
})
