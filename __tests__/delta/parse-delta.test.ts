import { describe, expect, it } from 'vitest'
import { parseAny as parseSettings } from '../support/parse-any.ts'
import { InputError } from '../../src/shared/errors.ts'
import { rawInputs } from '../support/raw-inputs.ts'

const TOKEN = {
  'access-token': '00D000000000001!AQ0AQsecret',
  'instance-url': 'https://acme.my.salesforce.com'
}

function problemsOf(fn: () => unknown): string[] {
  try {
    fn()
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
  throw new Error('expected an InputError')
}

describe('delta settings', () => {
  it('reads the range and timing with their defaults', () => {
    const s = parseSettings(rawInputs({ ...TOKEN, 'delta-from': 'origin/main' }))
    expect(s.delta).toEqual({
      from: 'origin/main',
      to: 'HEAD',
      base: 'merge-base',
      destructiveTiming: 'post'
    })
    expect(
      parseSettings(
        rawInputs({
          ...TOKEN,
          'delta-from': 'v1.0',
          'destructive-timing': 'pre',
          'delta-base': 'exact'
        })
      ).delta
    ).toMatchObject({
      destructiveTiming: 'pre',
      base: 'exact'
    })
  })

  it('leaves from open without delta-from (the pull-request base is decided at run time), and none turns the delta off', () => {
    expect(parseSettings(rawInputs({ ...TOKEN })).delta).toEqual({
      to: 'HEAD',
      base: 'merge-base',
      destructiveTiming: 'post'
    })
    expect(parseSettings(rawInputs({ ...TOKEN, 'delta-from': 'none' })).delta).toBeUndefined()
    expect(parseSettings(rawInputs({ ...TOKEN, manifest: 'package.xml' })).delta).toBeUndefined()
  })

  it('refuses bad values, all at once', () => {
    const problems = problemsOf(() =>
      parseSettings(
        rawInputs({
          ...TOKEN,
          'delta-from': '--output=x',
          'destructive-timing': 'later',
          'missing-tests': 'ignore'
        })
      )
    )
    expect(problems).toEqual([
      expect.stringContaining('destructive-timing: got "later", expected one of post, pre'),
      expect.stringContaining(
        'delta-from: got "--output=x", expected a commit SHA, tag or branch name'
      ),
      expect.stringContaining('missing-tests: got "ignore", expected one of run-local, fail')
    ])
  })

  it('refuses delta-from with a manifest or a metadata folder, and in modes that send no package', () => {
    expect(
      problemsOf(() =>
        parseSettings(rawInputs({ ...TOKEN, 'delta-from': 'main', manifest: 'package.xml' }))
      )
    ).toEqual([expect.stringContaining('delta-from: cannot be combined with manifest')])
    expect(
      problemsOf(() =>
        parseSettings(
          rawInputs({
            ...TOKEN,
            mode: 'report',
            'deploy-id': '0Af000000000001AAA',
            'delta-from': 'main'
          })
        )
      )
    ).toEqual([expect.stringContaining('delta-from: mode report sends no package')])
  })
})

describe('run-tests: auto', () => {
  it('is accepted with RunSpecifiedTests and sends no test names until the delta chooses them', () => {
    const s = parseSettings(
      rawInputs({
        ...TOKEN,
        'delta-from': 'main',
        'test-level': 'RunSpecifiedTests',
        'run-tests': 'auto',
        'missing-tests': 'fail'
      })
    )
    expect(s.deployOptions).toMatchObject({ testLevel: 'RunSpecifiedTests', runTests: [] })
    expect(s.testSelection).toEqual({ missingTests: 'fail' })
  })

  it('reads a list written around auto (" auto , ") as auto in both places that ask', () => {
    // The deploy options and the test selection once disagreed: no test names and no selection.
    const s = parseSettings(
      rawInputs({
        ...TOKEN,
        'delta-from': 'main',
        'test-level': 'RunSpecifiedTests',
        'run-tests': ' auto , '
      })
    )
    expect(s.deployOptions).toMatchObject({ testLevel: 'RunSpecifiedTests', runTests: [] })
    expect(s.testSelection).toEqual({ missingTests: 'run-local' })
  })

  it('is refused with another test level and without a delta', () => {
    expect(
      problemsOf(() =>
        parseSettings(rawInputs({ ...TOKEN, 'test-level': 'RunLocalTests', 'run-tests': 'auto' }))
      )
    ).toEqual([
      expect.stringContaining(
        'run-tests: auto chooses test classes for test-level RunSpecifiedTests'
      )
    ])
    expect(
      problemsOf(() =>
        parseSettings(
          rawInputs({
            ...TOKEN,
            'delta-from': 'none',
            'test-level': 'RunSpecifiedTests',
            'run-tests': 'auto'
          })
        )
      )
    ).toEqual([expect.stringContaining('this run deploys no delta')])
  })
})
