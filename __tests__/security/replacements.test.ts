import { describe, expect, it } from 'vitest'
import { BuildError } from '../../src/source/build-error.ts'
import { readProjectConfig } from '../../src/source/project.ts'
import { activateReplacements } from '../../src/source/replacements.ts'

/** The problems readProjectConfig reports for one replacement entry. */
function problemsOf(entry: Record<string, unknown>): string[] {
  try {
    readProjectConfig(
      JSON.stringify({
        packageDirectories: [{ path: 'force-app', default: true }],
        replacements: [{ glob: '**/*.xml', stringToReplace: 'X', ...entry }]
      })
    )
  } catch (error) {
    if (error instanceof BuildError) return error.problems
    throw error
  }
  return []
}

describe('replacements may not read secrets or outside files', () => {
  it.each([
    'INPUT_AUTH-URL',
    'INPUT_GITHUB-TOKEN',
    'input_access-token',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'GITHUB_TOKEN',
    'RUNNER_TEMP'
  ])('refuses replaceWithEnv %s, naming the entry', (name) => {
    const [problem] = problemsOf({ replaceWithEnv: name })
    expect(problem).toContain(`replacements[0].replaceWithEnv: ${name} is a variable of the runner`)
  })

  it('allows variables of the workflow, GITHUB_* ones included', () => {
    expect(problemsOf({ replaceWithEnv: 'API_KEY' })).toEqual([])
    expect(problemsOf({ replaceWithEnv: 'GITHUB_SHA' })).toEqual([])
  })

  it.each(['../../../../etc/x', '/etc/passwd', 'config/../../x', '.git/config', 'a/.git/x'])(
    'refuses replaceWithFile %s',
    (file) => {
      const [problem] = problemsOf({ replaceWithFile: file })
      expect(problem).toContain(`replacements[0].replaceWithFile: "${file}" is outside the project`)
    }
  )

  it('allows files inside the project', () => {
    expect(problemsOf({ replaceWithFile: 'config/../values/key.txt' })).toEqual([])
  })

  it("refuses a value holding one of the action's credentials, from a variable or a file", async () => {
    const config = readProjectConfig(
      JSON.stringify({
        packageDirectories: [{ path: 'force-app', default: true }],
        replacements: [
          { glob: '**/*.xml', stringToReplace: 'A', replaceWithEnv: 'MY_TOKEN' },
          { glob: '**/*.xml', stringToReplace: 'B', replaceWithFile: 'key.pem' },
          { glob: '**/*.xml', stringToReplace: 'C', replaceWithEnv: 'API_KEY' }
        ]
      })
    )
    const problems: string[] = []
    const active = await activateReplacements(
      config.replacements,
      { MY_TOKEN: 'Bearer the-access-token', API_KEY: 'a key of the org' },
      () => Promise.resolve('-----BEGIN...\nthe-private-key\n'),
      'sfdx-project.json',
      problems,
      (text) => text.includes('the-access-token') || text.includes('the-private-key')
    )
    expect(problems).toEqual([
      expect.stringContaining('replacements[0].replaceWithEnv: MY_TOKEN holds one of this action'),
      expect.stringContaining('replacements[1].replaceWithFile: key.pem holds one of this action')
    ])
    expect(active.map((a) => a.text)).toEqual(['a key of the org'])
  })
})
