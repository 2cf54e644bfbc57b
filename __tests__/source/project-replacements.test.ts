import { describe, expect, it } from 'vitest'
import { BuildError } from '../../src/source/build-error.ts'
import { readProjectConfig } from '../../src/source/project.ts'
import {
  activateReplacements,
  applyReplacements,
  type ReplacementStats
} from '../../src/source/replacements.ts'

const problemsOf = (text: string): string[] => {
  try {
    readProjectConfig(text)
  } catch (error) {
    if (error instanceof BuildError) return error.problems
    throw error
  }
  return []
}

describe('readProjectConfig', () => {
  it('normalises and de-duplicates package directories', () => {
    const config = readProjectConfig(
      JSON.stringify({
        packageDirectories: [
          { path: './force-app/', default: true },
          { path: 'force-app' },
          { path: 'b\\c' }
        ],
        sourceApiVersion: '62.0'
      })
    )
    expect(config.packageDirectories).toEqual(['force-app', 'b/c'])
    expect(config.sourceApiVersion).toBe('62.0')
  })

  it('reports JSON syntax errors with line and column', () => {
    expect(problemsOf('{\n  "packageDirectories": [,]\n}')[0]).toMatch(
      /^sfdx-project.json:2:\d+: not valid JSON/
    )
  })

  it('lists every config problem at once', () => {
    const problems = problemsOf(
      JSON.stringify({
        packageDirectories: [{ path: '../out' }],
        sourceApiVersion: 62,
        registryCustomizations: { types: {} },
        replacements: [{ filename: 'x' }]
      })
    )
    expect(problems.join('\n')).toContain('leaves the project')
    expect(problems.join('\n')).toContain('sourceApiVersion must be a string')
    expect(problems.join('\n')).toContain('registryCustomizations is not supported')
    expect(problems.join('\n')).toContain(
      'replacements[0] needs exactly one of stringToReplace / regexToReplace'
    )
  })

  it('reports a replacement glob that makes no pattern with the other problems', () => {
    const problems = problemsOf(
      JSON.stringify({
        packageDirectories: [{ path: 'force-app' }],
        sourceApiVersion: 62,
        replacements: [
          { glob: 'force-app/{a,b', stringToReplace: 'x', replaceWithEnv: 'X' },
          { glob: 'force-app/[z-a].cls', stringToReplace: 'x', replaceWithEnv: 'X' }
        ]
      })
    )
    expect(problems).toEqual([
      'sfdx-project.json: sourceApiVersion must be a string like "62.0" (found 62).',
      'sfdx-project.json replacements[0].glob "force-app/{a,b" is not a valid pattern (Unterminated group).',
      'sfdx-project.json replacements[1].glob "force-app/[z-a].cls" is not a valid pattern (Range out of order in character class).'
    ])
  })
})

describe('replacements', () => {
  const rules = readProjectConfig(
    JSON.stringify({
      packageDirectories: [{ path: 'force-app' }],
      replacements: [
        { filename: 'force-app/classes/A.cls', stringToReplace: '%%X%%', replaceWithEnv: 'X' },
        { glob: 'force-app/**/*.xml', regexToReplace: 'v\\d+', replaceWithFile: 'value.txt' },
        {
          filename: 'force-app/classes/A.cls',
          stringToReplace: 'A',
          replaceWithEnv: 'Y',
          replaceWhenEnv: [{ env: 'STAGE', value: 'prod' }]
        }
      ]
    })
  ).replacements
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s)
  const dec = (b: Uint8Array): string => new TextDecoder().decode(b)

  it('applies literal and regex rules in order, honours conditions, counts without values', async () => {
    const problems: string[] = []
    const active = await activateReplacements(
      rules,
      { X: '$1 secret', STAGE: 'dev' },
      () => Promise.resolve('  v9 \n'),
      'sfdx-project.json',
      problems
    )
    expect(problems).toEqual([])
    expect(active).toHaveLength(2)
    const stats = new Map<number, ReplacementStats>()
    expect(
      dec(applyReplacements('force-app/classes/A.cls', enc('x %%X%% %%X%%'), active, stats))
    ).toBe('x $1 secret $1 secret')
    expect(
      dec(applyReplacements('force-app/objects/o.xml', enc('<a>v1 v22</a>'), active, stats))
    ).toBe('<a>v9 v9</a>')
    expect(stats.get(0)).toEqual({ index: 0, files: 1, occurrences: 2 })
    const binary = new Uint8Array([0, 1, 2])
    expect(applyReplacements('force-app/objects/img.bin', binary, active, stats)).toBe(binary)
  })

  it('fails on a missing variable unless allowed', async () => {
    const problems: string[] = []
    await activateReplacements(
      rules,
      {},
      () => Promise.resolve(undefined),
      'sfdx-project.json',
      problems
    )
    expect(problems).toEqual([
      'sfdx-project.json replacements[0] needs environment variable X (or set allowUnsetEnvVariable).',
      'sfdx-project.json replacements[1].replaceWithFile: value.txt does not exist.'
    ])
  })
})
