import { describe, expect, it } from 'vitest'
import { authenticate } from '../../src/auth/token-client.ts'
import type { AuthSettings } from '../../src/settings/settings.ts'

const auth = {
  kind: 'sfdx-url',
  loginUrl: 'https://login.salesforce.com',
  clientId: 'PlatformCLI',
  refreshToken: '5Aep861refreshrefreshrefresh'
} as unknown as AuthSettings
const clock = { now: () => Date.parse('2026-12-01T00:00:00Z'), sleep: () => Promise.resolve() }

describe('token responses', () => {
  it.each(['null', '42', '[]', '"text"'])(
    'names what is missing when a 200 answer is the JSON %s',
    async (body) => {
      const http = { send: () => Promise.resolve({ status: 200, headers: {}, body }) }
      await expect(authenticate(auth, http as never, clock as never)).rejects.toThrow(
        'SFDX auth URL sign-in failed: the token response has no access_token or instance_url.'
      )
    }
  )
})
