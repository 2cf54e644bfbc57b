import { describe, expect, it } from 'vitest'
import { checkIssuedInstanceUrl, resolveOrgUrl } from '../../src/http/url-policy.ts'

const ORG = 'https://acme.my.salesforce.com'

describe('resolveOrgUrl', () => {
  it('resolves a path on the org', () => {
    expect(resolveOrgUrl(ORG, '/services/data/v62.0/query/01g-2000')).toEqual({
      url: `${ORG}/services/data/v62.0/query/01g-2000`
    })
  })

  it('keeps a path that starts with @ on the org instead of making the org a userinfo', () => {
    expect(resolveOrgUrl(ORG, '@evil.example/x')).toEqual({ url: `${ORG}/@evil.example/x` })
  })

  it.each(['//evil.example/x', 'https://evil.example/x', 'http://acme.my.salesforce.com/x'])(
    'refuses %s, which changes the origin',
    (next) => {
      const answer = resolveOrgUrl(ORG, next)
      expect('problem' in answer && answer.problem).toMatch(/another host/)
    }
  )
})

describe('checkIssuedInstanceUrl', () => {
  it('accepts a Salesforce host and loopback over http', () => {
    expect(checkIssuedInstanceUrl(ORG, 'https://login.salesforce.com', false)).toBeUndefined()
    expect(
      checkIssuedInstanceUrl('http://127.0.0.1:4000', 'http://127.0.0.1:4000', false)
    ).toBeUndefined()
  })

  it('accepts the sign-in host itself, which the user chose', () => {
    expect(
      checkIssuedInstanceUrl('https://sf.example.org', 'https://sf.example.org', false)
    ).toBeUndefined()
  })

  it('refuses plain http and foreign hosts unless custom hosts are allowed', () => {
    expect(checkIssuedInstanceUrl('http://acme.my.salesforce.com', ORG, true)).toMatch(/https/)
    expect(checkIssuedInstanceUrl('https://evil.example', ORG, false)).toMatch(/not a Salesforce/)
    expect(checkIssuedInstanceUrl('https://evil.example', ORG, true)).toBeUndefined()
  })
})
