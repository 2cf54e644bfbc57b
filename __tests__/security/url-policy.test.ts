import { describe, expect, it } from 'vitest'
import {
  checkGitHubApiUrl,
  checkIssuedInstanceUrl,
  checkOrgUrl,
  isPrivateAddress,
  resolveOrgUrl
} from '../../src/http/url-policy.ts'

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

describe('URLs that carry credentials or lead inside a network', () => {
  it('refuses a user name or password in an org URL, and does not print the password', () => {
    const problem = checkOrgUrl('https://user:pa55word@acme.my.salesforce.com', false)
    expect(problem).toMatch(/must not hold a user name or password/)
    expect(problem).not.toContain('pa55word')
    expect(checkIssuedInstanceUrl('https://u:p@acme.my.salesforce.com', ORG, false)).toMatch(
      /user name or password/
    )
    expect(resolveOrgUrl(ORG, 'https://u:p@acme.my.salesforce.com/services/data')).toHaveProperty(
      'problem'
    )
    expect(
      checkGitHubApiUrl(
        'https://x:y@api.github.com/repos/o/r/check-runs?page=2',
        'https://api.github.com'
      )
    ).toMatch(/another host|user/)
    expect(
      checkGitHubApiUrl(
        'https://api.github.com/repos/o/r/check-runs?page=2',
        'https://api.github.com'
      )
    ).toBeUndefined()
  })

  it('refuses an issued instance URL with a path, query or fragment', () => {
    const injected = 'https://acme.my.salesforce.com/)![pixel](https://evil.example/t.png)<!--'
    expect(checkIssuedInstanceUrl(injected, 'https://login.salesforce.com', false)).toMatch(
      /not an org URL alone/
    )
    expect(checkIssuedInstanceUrl(`${ORG}?x=1`, 'https://login.salesforce.com', false)).toMatch(
      /not an org URL alone/
    )
    expect(checkIssuedInstanceUrl(`${ORG}#x`, 'https://login.salesforce.com', false)).toMatch(
      /not an org URL alone/
    )
  })

  it('refuses an issued private address unless the sign-in host is that host', () => {
    const login = 'https://login.salesforce.com'
    for (const url of [
      'https://169.254.169.254',
      'https://10.0.0.5',
      'https://192.168.1.1',
      'https://[fd00::1]',
      'https://[::ffff:10.0.0.1]'
    ])
      expect(checkIssuedInstanceUrl(url, login, true)).toMatch(/is a private address/)
    expect(checkIssuedInstanceUrl('https://10.0.0.5', 'https://10.0.0.5', false)).toBeUndefined()
  })

  it('knows the private ranges from public addresses next to them', () => {
    for (const host of [
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.1',
      '100.64.0.1',
      '169.254.1.1',
      '0.0.0.0',
      '[fe80::1]',
      '[fc00::1]',
      '[::]'
    ])
      expect(isPrivateAddress(host)).toBe(true)
    for (const host of [
      '11.0.0.1',
      '172.32.0.1',
      '100.128.0.1',
      '8.8.8.8',
      '[2001:db8::1]',
      'fd.example.com',
      'acme.my.salesforce.com'
    ])
      expect(isPrivateAddress(host)).toBe(false)
  })
})
