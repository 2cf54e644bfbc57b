import { describe, expect, it } from 'vitest'
import { inputProblems, testKeyPair } from '../support/raw-inputs.ts'

const AUTH_URL = 'force://PlatformCLI::5Aep861secretRefresh==@acme.my.salesforce.com'
const TOKEN = {
  'access-token': '00Dxx0000000001!AQ4AQKey',
  'instance-url': 'https://acme.my.salesforce.com'
}

describe('inputs of another sign-in', () => {
  it('are reported with the sign-in that would ignore them', () => {
    const problems = inputProblems({
      'auth-url': AUTH_URL,
      'login-url': 'https://test.salesforce.com',
      'instance-url': 'https://other.my.salesforce.com'
    })
    expect(problems).toEqual([
      expect.stringMatching(
        /^login-url: not used when signing in with auth-url, so "https:\/\/test\.salesforce\.com" would be ignored; remove it/
      ),
      expect.stringMatching(/^instance-url: not used when signing in with auth-url/)
    ])
    expect(
      inputProblems({ ...TOKEN, 'client-id': '3MVG9abc', username: 'me@acme.example' })
    ).toEqual([
      expect.stringMatching(/^client-id: not used when signing in with access-token/),
      expect.stringMatching(/^username: not used when signing in with access-token/)
    ])
    expect(
      inputProblems({
        'jwt-key': testKeyPair().privateKeyPem,
        'client-id': '3MVG9abc',
        username: 'me@acme.example',
        'instance-url': 'https://acme.my.salesforce.com'
      })
    ).toEqual([expect.stringMatching(/^instance-url: not used when signing in with jwt-key/)])
  })

  it('leaves login-url at its default alone, and the inputs a sign-in reads', () => {
    expect(inputProblems({ ...TOKEN })).toEqual([])
    expect(
      inputProblems({ 'auth-url': AUTH_URL, 'login-url': 'https://login.salesforce.com/' })
    ).toEqual([])
    expect(
      inputProblems({
        'jwt-key': testKeyPair().privateKeyPem,
        'client-id': '3MVG9abc',
        username: 'me@acme.example',
        'login-url': 'https://test.salesforce.com'
      })
    ).toEqual([])
  })
})
