import { describe, expect, it } from 'vitest'
import {
  createRedactor,
  REDACTED,
  redactDeep,
  SecretRegistry,
  secretForms
} from '../../src/shared/redact.ts'
import { escapeInline, escapeTableCell } from '../../src/report/escape.ts'

const TOKEN = '00D5g0000000SIM!AQEAQNh4g7kUpGcwXs.k0Ib4ZlTY9vB3' // Salesforce session-id shape
const OPAQUE = 'opaque-secret-value_42'

describe('redaction', () => {
  it('replaces every known secret, in the forms reports print it', () => {
    const redact = createRedactor([OPAQUE, 'a&b<c>"d"_secret'])
    expect(redact(`token ${OPAQUE} in text`)).toBe(`token ${REDACTED} in text`)
    expect(redact(`json "${JSON.stringify(OPAQUE).slice(1, -1)}"`)).not.toContain(OPAQUE)
    expect(redact('html a&amp;b&lt;c&gt;&quot;d&quot;_secret')).toBe(`html ${REDACTED}`)
    expect(redact('markdown a&amp;b&lt;c&gt;&quot;d&quot;\\_secret')).toBe(`markdown ${REDACTED}`)
    expect(redact(encodeURIComponent('a&b<c>"d"_secret'))).toBe(REDACTED)
  })

  it('replaces each line of a multi-line secret (a PEM key echoed line by line)', () => {
    const key = 'first-line-of-the-key\nsecond-line-of-the-key'
    expect(secretForms(key)).toContain('second-line-of-the-key')
    expect(createRedactor([key])('... second-line-of-the-key ...')).toBe(`... ${REDACTED} ...`)
  })

  it('replaces credential shapes it was never told about', () => {
    const redact = createRedactor([])
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJjbGllbnQiLCJzdWIiOiJ1In0.c2lnbmF0dXJlLXBhcnQ'
    expect(redact(`session ${TOKEN} expired`)).toBe(`session ${REDACTED} expired`)
    expect(redact(`assertion=${jwt}`)).toBe(`assertion=${REDACTED}`)
    expect(redact('refresh 5Aep861TSESvWeug_xvFHRBTTbf_YrTWgEyjBJrBgl')).toBe(`refresh ${REDACTED}`)
    expect(redact('force://PlatformCLI::5Aep861xyz@acme.my.salesforce.com')).toBe(
      `force://${REDACTED}@acme.my.salesforce.com`
    )
    expect(
      redact('-----BEGIN RSA PRIVATE KEY-----\nMIIEow\nIBAAK==\n-----END RSA PRIVATE KEY-----!')
    ).toBe(`${REDACTED}!`)
    expect(redact(`gh ghs_${'a'.repeat(36)} end`)).toBe(`gh ${REDACTED} end`)
  })

  it('replaces credential shapes once a summary has escaped them', () => {
    const redact = createRedactor([])
    const tokens = [
      `github_pat_11ABCDEFG0${'a'.repeat(40)}`,
      `ghp_${'A1b2'.repeat(9)}`,
      '5Aep861TSESvWeug_xvFHRBTTbf_YrTWgEyjBJrrn4nbj7e9SuB8GtP5g5KTNwb9X',
      'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiIzTVZHOV9fYWJjIiwic3ViIjoiYUBiLmMifQ.ab_cdEFghIJkl_mnoPQ',
      `${TOKEN.slice(0, 19)}x_y_${TOKEN.slice(19)}`
    ]
    for (const token of tokens) {
      const printed = [
        escapeInline(`token ${token}; next`),
        escapeTableCell(`token ${token}; next`)
      ]
      for (const text of printed) {
        expect(redact(text)).toMatch(/^token \*\*\*; next$/)
      }
    }
    const key =
      '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkq\nVJTUt9Us8c+/=\n-----END PRIVATE KEY-----'
    expect(redact(`| ${escapeTableCell(key)} |`)).toBe(`| ${REDACTED} |`)
    // A line that starts with `-` is escaped as `\-` in plain text; the backslash is all that stays.
    expect(redact(escapeInline(key))).toBe(`\\${REDACTED}`)
  })

  it('leaves ordinary text alone, and short values are never secrets', () => {
    const redact = createRedactor(['true', 'abc'])
    const text = 'Deploy 0Af5g0000000002CAA succeeded: true; 3/3 tests (abc)'
    expect(redact(text)).toBe(text)
  })

  it('redacts every string of a report and keeps dates and functions', () => {
    const date = new Date(0)
    const fn = (): string => OPAQUE
    const copy = redactDeep(
      { a: [OPAQUE, { b: `x ${OPAQUE}` }], date, fn, n: 1 },
      createRedactor([OPAQUE])
    )
    expect(copy).toEqual({ a: [REDACTED, { b: `x ${REDACTED}` }], date, fn, n: 1 })
    expect(copy.date).toBe(date)
  })

  it('masks each form of a secret once, those added before the mask too', () => {
    const registry = new SecretRegistry()
    registry.add(OPAQUE)
    const masked: string[] = []
    const mask = (form: string): void => void masked.push(form)
    registry.maskWith(mask)
    registry.maskWith(mask)
    registry.add(OPAQUE)
    registry.add('second-secret')
    expect(masked.filter((m) => m === OPAQUE)).toHaveLength(1)
    expect(masked).toContain('second-secret')
    expect(registry.redact(`${OPAQUE} second-secret`)).toBe(`${REDACTED} ${REDACTED}`)
  })
})
