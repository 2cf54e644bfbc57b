import { describe, expect, it } from 'vitest'
import { describeOAuthError } from '../../src/auth/oauth-errors.ts'

const body = (error: string, description: string): string =>
  JSON.stringify({ error, error_description: description })

describe('describeOAuthError', () => {
  it.each([
    // The org's text for a JWT whose exp has passed (a runner clock behind).
    ['invalid_grant', 'expired authorization code', /check that this machine's clock is correct/],
    // The org's text for a sign-in outside the profile's Login IP Ranges or Login Hours.
    ['invalid_grant', 'ip restricted', /IP Relaxation to "Relax IP restrictions"/],
    ['invalid_grant', 'IP restricted or invalid login hours', /Login IP Ranges \(or Login Hours\)/],
    [
      'invalid_grant',
      'invalid assertion',
      /check that username is a user of the org login-url leads to/
    ]
  ])('%s "%s": keeps the org text and says what to fix', (error, description, advice) => {
    const message = describeOAuthError('JWT bearer', 400, body(error, description))
    expect(message).toContain(`JWT bearer sign-in failed: ${error} (${description}). `)
    expect(message).toMatch(advice)
  })
})
