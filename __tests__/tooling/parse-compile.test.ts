import { describe, expect, it } from 'vitest'
import { parseAny as parseSettings } from '../support/parse-any.ts'
import { inputProblems, rawInputs } from '../support/raw-inputs.ts'

const auth = { 'access-token': 'tok', 'instance-url': 'https://acme.my.salesforce.com' }

const problems = inputProblems

describe('compile settings', () => {
  it('reads files (commas or newlines), defaults and the project dir', () => {
    const settings = parseSettings(
      rawInputs({
        ...auth,
        mode: 'compile',
        'project-dir': 'app',
        'compile-files': 'app/fa/classes/A.cls,\n./app/fa/classes/A.cls\napp/fa/triggers/T.trigger'
      })
    )
    expect(settings.compile).toEqual({
      files: ['app/fa/classes/A.cls', 'app/fa/triggers/T.trigger'],
      checkOnly: true,
      fallback: 'deploy',
      projectDir: 'app'
    })
  })

  it('takes the files from the delta when compile-files is empty, and says what to set when there is none', () => {
    expect(problems({ ...auth, mode: 'compile' })).toEqual([])
    expect(problems({ ...auth, mode: 'compile', 'delta-from': 'none' })).toEqual([
      expect.stringContaining('compile-files: required in compile mode when delta-from is none')
    ])
  })

  it('reports every bad compile input at once', () => {
    const found = problems({
      ...auth,
      mode: 'compile',
      'compile-files': '../outside.cls',
      'check-only': 'yes',
      'compile-fallback': 'Deploy'
    })
    expect(found).toEqual([
      'check-only: got "yes", expected true or false.',
      'compile-fallback: got "Deploy", expected one of deploy, fail (did you mean deploy?).',
      expect.stringContaining('compile-files: "../outside.cls" is outside the workspace')
    ])
  })

  it('leaves other modes without compile settings', () => {
    expect(parseSettings(rawInputs({ ...auth, mode: 'validate' })).compile).toBeUndefined()
  })
})
