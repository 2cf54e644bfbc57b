import { describe, expect, it } from 'vitest'
import type { InputName } from '../../src/settings/inputs.ts'
import { inputProblems } from '../support/raw-inputs.ts'

const TOKEN = {
  'access-token': '00D000000000001!AQ0AQsecret',
  'instance-url': 'https://acme.my.salesforce.com'
}
const VALIDATION_ID = '0Af5g00000ABCDEFGH'

const problemsOf = (values: Partial<Record<InputName, string>>): string[] =>
  inputProblems({ ...TOKEN, ...values })

describe('whole-number inputs', () => {
  it('refuses a fractional test-retries instead of rounding it down', () => {
    for (const value of ['1.5', '0.5', '4.99'])
      expect(problemsOf({ 'test-retries': value })).toEqual([
        `test-retries: got "${value}", expected a whole number from 0 to 5.`
      ])
    expect(problemsOf({ 'test-retries': ' 2 ' })).toEqual([])
  })
})

describe('quick-deploy and the test inputs', () => {
  it('refuses test-level with validation-id: a quick deploy runs no tests', () => {
    const problems = problemsOf({
      mode: 'quick-deploy',
      'validation-id': VALIDATION_ID,
      'test-level': 'RunLocalTests'
    })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^test-level: mode quick-deploy runs no tests/)
    expect(problems[0]).toContain('remove test-level')
  })

  it('refuses test-level when no fallback deploy could use it', () => {
    const problems = problemsOf({ mode: 'quick-deploy', 'test-level': 'RunLocalTests' })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('quick-deploy-fallback: deploy')
  })

  it('keeps test-level for the fallback deploy of a quick deploy by content', () => {
    expect(
      problemsOf({
        mode: 'quick-deploy',
        'quick-deploy-fallback': 'deploy',
        'test-level': 'RunSpecifiedTests',
        'run-tests': 'FooTest'
      })
    ).toEqual([])
  })
})

describe('mode checks beside a problem with the credentials', () => {
  it('reports the test and threshold combinations too, not only the missing credentials', () => {
    const problemsWithout = inputProblems
    const threshold = problemsWithout({ 'coverage-threshold': '80', 'test-level': 'NoTestRun' })
    expect(threshold).toHaveLength(2)
    expect(threshold[0]).toContain('authentication: no credentials given')
    expect(threshold[1]).toContain('coverage-threshold: needs Apex tests to run')
    const quick = problemsWithout({ mode: 'quick-deploy', 'test-level': 'RunLocalTests' })
    expect(quick).toHaveLength(2)
    expect(quick[1]).toMatch(/^test-level: mode quick-deploy runs no tests/)
  })
})

describe('sync and the package source', () => {
  it('refuses what sync cannot apply with the other problems, before the run', () => {
    const cases: [Partial<Record<InputName, string>>, RegExp][] = [
      [{ 'metadata-dir': 'mdapi' }, /^metadata-dir: mode sync applies a git delta of SFDX source/],
      [{ manifest: 'manifest/package.xml' }, /^manifest: mode sync applies a git delta/],
      [{ 'delta-from': 'none' }, /^delta-from: mode sync needs a delta/]
    ]
    for (const [values, message] of cases) {
      const problems = problemsOf({ mode: 'sync', wait: 'soon', ...values })
      expect(problems).toHaveLength(2)
      expect(problems[0]).toContain('wait: got "soon"')
      expect(problems[1]).toMatch(message)
    }
  })

  it('refuses wait: 0, which would leave the deploy of a change unfollowed', () => {
    expect(problemsOf({ mode: 'sync', 'delta-from': 'main', wait: '0' })).toEqual([
      expect.stringMatching(/^wait: mode sync follows each change to its end/)
    ])
  })

  it('accepts SFDX source with a delta', () => {
    expect(problemsOf({ mode: 'sync', 'delta-from': 'main', 'source-dir': 'force-app' })).toEqual(
      []
    )
  })
})
