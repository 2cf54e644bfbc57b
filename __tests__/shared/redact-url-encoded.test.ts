import { describe, expect, it } from 'vitest'
import { createRedactor, REDACTED, secretForms } from '../../src/shared/redact.ts'

// A Salesforce access token (session id): the org id, `!`, then the session part.
const TOKEN = '00D5g0000000SIM!AQEAQNh4g7kUpGcwXs.k0Ib4ZlTY9vB3'

describe('redaction of URL-encoded session ids', () => {
  // encodeURIComponent leaves `!` as it is, but form and query encoders (URLSearchParams, which
  // the token client uses; Java's URLEncoder; Apex EncodingUtil.urlEncode) write it %21.
  const formEncoded = new URLSearchParams({ sid: TOKEN }).toString()

  it('replaces a known access token whose ! is written %21', () => {
    expect(formEncoded).toContain('%21')
    // A form of the secret itself (so it is masked on the runner too), not only a shape.
    expect(secretForms(TOKEN)).toContain(TOKEN.replace('!', '%21'))
    expect(createRedactor([TOKEN])(`frontdoor.jsp?${formEncoded} end`)).toBe(
      `frontdoor.jsp?sid=${REDACTED} end`
    )
  })

  it('replaces an unknown session id whose ! is written %21', () => {
    expect(createRedactor([])(`callout to https://x.example/?${formEncoded} failed`)).toBe(
      `callout to https://x.example/?sid=${REDACTED} failed`
    )
  })
})
