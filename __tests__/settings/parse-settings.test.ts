import { describe, expect, it } from 'vitest'
import { parseAny as parseSettings } from '../support/parse-any.ts'
import { InputError } from '../../src/shared/errors.ts'
import { rawInputs, testKeyPair } from '../support/raw-inputs.ts'

const TOKEN = {
  'access-token': '00D000000000001!AQ0AQsecret',
  'instance-url': 'https://acme.my.salesforce.com'
}
const AUTH_URL = 'force://PlatformCLI::5Aep861secretRefresh==@acme.my.salesforce.com'

function problemsOf(fn: () => unknown): string[] {
  try {
    fn()
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
  throw new Error('expected an InputError')
}

describe('parseSettings', () => {
  it('builds deploy settings from the defaults and an access token', () => {
    const s = parseSettings(rawInputs({ ...TOKEN }))
    expect(s.mode).toBe('deploy')
    expect(s.auth).toEqual({
      kind: 'access-token',
      accessToken: TOKEN['access-token'],
      instanceUrl: TOKEN['instance-url']
    })
    expect(s.deployOptions).toEqual({
      checkOnly: false,
      ignoreWarnings: false,
      purgeOnDelete: false,
      rollbackOnError: true,
      singlePackage: true,
      runTests: []
    })
    expect(s.api).toBe('rest')
    expect(s.waitMinutes).toBe(60)
    expect(s.packageSource).toEqual({
      kind: 'source',
      projectDir: '/work/repo',
      sourceDirs: [],
      ignoreUnknown: false
    })
    expect(s.report.resultsDir).toBe('/work/repo/sf-deploy-results')
  })

  it('parses an SFDX auth URL with an empty secret and a port', () => {
    const s = parseSettings(
      rawInputs({ 'auth-url': 'force://PlatformCLI::5Aep861abc==@127.0.0.1:8443' })
    )
    expect(s.auth).toEqual({
      kind: 'sfdx-url',
      clientId: 'PlatformCLI',
      clientSecret: '',
      refreshToken: '5Aep861abc==',
      loginUrl: 'http://127.0.0.1:8443'
    })
  })

  it('accepts run-tests separated by commas, spaces or newlines alike', () => {
    for (const list of ['ATest,BTest', 'ATest BTest', 'ATest\nBTest', ' ATest ,\n BTest ']) {
      const s = parseSettings(
        rawInputs({ ...TOKEN, 'test-level': 'RunSpecifiedTests', 'run-tests': list })
      )
      expect(s.deployOptions.runTests).toEqual(['ATest', 'BTest'])
    }
  })

  it('sets checkOnly in validate mode', () => {
    expect(parseSettings(rawInputs({ ...TOKEN, mode: 'validate' })).deployOptions.checkOnly).toBe(
      true
    )
  })

  it('reads a JWT key given as PEM text', () => {
    const { privateKeyPem } = testKeyPair()
    const s = parseSettings(
      rawInputs({ 'jwt-key': privateKeyPem, 'client-id': '3MVG9abc', username: 'ci@acme.com' })
    )
    expect(s.auth).toMatchObject({
      kind: 'jwt',
      clientId: '3MVG9abc',
      username: 'ci@acme.com',
      loginUrl: 'https://login.salesforce.com'
    })
  })

  it('reports every bad input at once, naming each and what was expected', () => {
    const problems = problemsOf(() =>
      parseSettings(
        rawInputs({
          ...TOKEN,
          mode: 'deplyo',
          'test-level': 'runlocaltests',
          'ignore-warnings': 'yes',
          api: 'grpc',
          wait: 'forever',
          'api-version': '62',
          'coverage-formats': 'cobertura,html'
        })
      )
    )
    expect(problems).toHaveLength(7)
    expect(problems.join('\n')).toContain('mode: got "deplyo", expected one of deploy, validate')
    expect(problems.join('\n')).toContain('(did you mean RunLocalTests?)')
    expect(problems.join('\n')).toContain('ignore-warnings: got "yes", expected true or false')
    expect(problems.join('\n')).toContain('wait: got "forever", expected a number from 0 to 360')
    expect(problems.join('\n')).toContain(
      'api-version: got "62", expected a Metadata API version such as 62.0'
    )
    expect(problems.join('\n')).toContain('coverage-formats: html unknown')
  })

  it('refuses run-tests with a test level that ignores them, and RunSpecifiedTests without them', () => {
    expect(
      problemsOf(() =>
        parseSettings(rawInputs({ ...TOKEN, 'test-level': 'NoTestRun', 'run-tests': 'ATest' }))
      )
    ).toEqual([
      'run-tests: given with test-level NoTestRun, which ignores it; set test-level: RunSpecifiedTests or remove run-tests.'
    ])
    expect(
      problemsOf(() => parseSettings(rawInputs({ ...TOKEN, 'test-level': 'RunSpecifiedTests' })))[0]
    ).toContain('run-tests: required with test-level RunSpecifiedTests')
    expect(
      problemsOf(() =>
        parseSettings(
          rawInputs({ ...TOKEN, 'test-level': 'RunSpecifiedTests', 'run-tests': 'A.b.c' })
        )
      )[0]
    ).toContain('not Apex test class names')
  })

  it('requires exactly one auth method', () => {
    expect(problemsOf(() => parseSettings(rawInputs({})))[0]).toContain(
      'authentication: no credentials given'
    )
    expect(
      problemsOf(() => parseSettings(rawInputs({ ...TOKEN, 'auth-url': AUTH_URL })))[0]
    ).toContain('auth-url and access-token are both set')
  })

  it('never echoes a malformed auth URL or key', () => {
    const problems = problemsOf(() =>
      parseSettings(rawInputs({ 'auth-url': 'https://PlatformCLI:secretvalue@acme' }))
    )
    expect(problems[0]).toContain('auth-url: the value (hidden) is not an SFDX auth URL')
    expect(problems.join('\n')).not.toContain('secretvalue')
    const keyProblems = problemsOf(() =>
      parseSettings(
        rawInputs({
          'jwt-key': '-----BEGIN PRIVATE KEY-----\nMIIsecretbits\n-----END PRIVATE KEY-----',
          'client-id': 'x',
          username: 'u'
        })
      )
    )
    expect(keyProblems[0]).toContain('jwt-key: the value (hidden) is not a valid PEM private key')
    expect(keyProblems.join('\n')).not.toContain('MIIsecretbits')
  })

  it('lists the missing parts of the JWT method', () => {
    const problems = problemsOf(() =>
      parseSettings(rawInputs({ 'jwt-key': testKeyPair().privateKeyPem }))
    )
    expect(problems).toEqual([
      "client-id: required with jwt-key; give the connected app's consumer key.",
      'username: required with jwt-key; give the Salesforce username to sign in as.'
    ])
  })

  it('refuses plain http and foreign hosts for the org, unless allowed', () => {
    const http = problemsOf(() =>
      parseSettings(rawInputs({ ...TOKEN, 'instance-url': 'http://acme.my.salesforce.com' }))
    )
    expect(http[0]).toContain('must use https://')
    const foreign = problemsOf(() =>
      parseSettings(rawInputs({ ...TOKEN, 'instance-url': 'https://evil.example.com' }))
    )
    expect(foreign[0]).toContain('is not a Salesforce domain')
    const allowed = parseSettings(
      rawInputs({
        ...TOKEN,
        'instance-url': 'https://sf.example.com',
        'allow-custom-instance-host': 'true'
      })
    )
    expect(allowed.auth).toMatchObject({ instanceUrl: 'https://sf.example.com' })
    expect(
      parseSettings(rawInputs({ ...TOKEN, 'instance-url': 'http://127.0.0.1:5555' })).auth
    ).toMatchObject({
      instanceUrl: 'http://127.0.0.1:5555'
    })
  })

  it('keeps paths inside the workspace', () => {
    const problems = problemsOf(() =>
      parseSettings(rawInputs({ ...TOKEN, 'metadata-dir': '../../etc', 'results-dir': '/tmp/out' }))
    )
    expect(problems).toHaveLength(2)
    expect(problems[0]).toContain('metadata-dir: "../../etc" is outside the workspace')
  })

  it('tells a zip from a folder, and refuses metadata-dir with source-dir', () => {
    expect(
      parseSettings(rawInputs({ ...TOKEN, 'metadata-dir': 'out/pkg.zip' })).packageSource
    ).toEqual({
      kind: 'metadata-zip',
      path: '/work/repo/out/pkg.zip'
    })
    expect(
      problemsOf(() =>
        parseSettings(rawInputs({ ...TOKEN, 'metadata-dir': 'mdapi', 'source-dir': 'force-app' }))
      )[0]
    ).toContain('metadata-dir: given together with source-dir')
  })

  it('requires ids in the modes that use them and checks their shape', () => {
    expect(problemsOf(() => parseSettings(rawInputs({ ...TOKEN, mode: 'report' })))[0]).toContain(
      'deploy-id: required'
    )
    expect(
      problemsOf(() =>
        parseSettings(rawInputs({ ...TOKEN, mode: 'report', 'deploy-id': '0Xf123' }))
      )[0]
    ).toContain('expected a deploy request id')
    const s = parseSettings(
      rawInputs({ ...TOKEN, mode: 'quick-deploy', 'validation-id': '0Af5g00000ABCDEFGH' })
    )
    expect(s.validationId).toBe('0Af5g00000ABCDEFGH')
    // The package is still built when a backup is wanted before the quick deploy.
    expect(s.packageSource?.kind).toBe('source')
  })

  it('needs no credentials in build mode', () => {
    const s = parseSettings(rawInputs({ mode: 'build' }))
    expect(s.auth).toBeUndefined()
    expect(s.packageSource?.kind).toBe('source')
  })

  it('reports an unreadable key file by its path', () => {
    const problems = problemsOf(() =>
      parseSettings(
        rawInputs(
          { 'jwt-key': 'keys/server.key', 'client-id': 'x', username: 'u' },
          { jwtKeyFile: { path: 'keys/server.key', error: 'ENOENT' } }
        )
      )
    )
    expect(problems[0]).toBe(
      'jwt-key: the file keys/server.key could not be read (ENOENT); give PEM text or a readable file path.'
    )
  })
})
