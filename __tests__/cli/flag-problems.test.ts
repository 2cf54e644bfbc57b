import { describe, expect, it } from 'vitest'
import { flagProblems } from '../../src/cli/flag-problems.ts'
import { parseEngineArgs } from '../../src/cli/engine-args.ts'
import { runCli } from '../../src/cli/run-cli.ts'

const spec = { valued: ['test-level', 'wait', 'run-tests'], switches: ['ignore-warnings', 'json'] }

function captured(): { err: string[]; io: Parameters<typeof runCli>[1] } {
  const err: string[] = []
  return { err, io: { out: () => undefined, err: (line: string) => err.push(line), env: {} } }
}

describe('flag problems', () => {
  it('names every unknown flag at once, with the closest known flag', () => {
    expect(flagProblems(['deploy', '--tset-level', 'X', '--bogus', '-x', '--jsno'], spec)).toEqual([
      'unknown flag --tset-level (did you mean --test-level?)',
      'unknown flag --bogus',
      'unknown flag -x',
      'unknown flag --jsno (did you mean --json?)'
    ])
  })

  it('names a flag that needs a value and has none, and --no- of a valued flag', () => {
    expect(flagProblems(['deploy', '--run-tests', '--json', '--wait'], spec)).toEqual([
      '--run-tests needs a value',
      '--wait needs a value'
    ])
    expect(flagProblems(['deploy', '--no-wait'], spec)).toEqual([
      'unknown flag --no-wait (--wait takes a value, it is not a true/false flag)'
    ])
  })

  it('accepts known flags, --no- switches, values starting with a dash, and anything after --', () => {
    expect(
      flagProblems(
        [
          'deploy',
          '--wait',
          '-1',
          '--test-level=RunLocalTests',
          '--no-ignore-warnings',
          '--json',
          '--',
          '--x'
        ],
        spec
      )
    ).toEqual([])
  })

  it('lets a value that starts with a dash reach the input check', () => {
    expect(parseEngineArgs(['deploy', '--wait', '-1']).inputs.wait).toBe('-1')
  })

  it('the CLI prints all the wrong flags, exits 2 and points at --help', async () => {
    const cap = captured()
    expect(await runCli(['deploy', '--tset-level', 'RunLocalTests', '--wiat', '5'], cap.io)).toBe(2)
    expect(cap.err.join('\n')).toBe(
      [
        '2 flags are wrong:',
        '  - unknown flag --tset-level (did you mean --test-level?)',
        '  - unknown flag --wiat (did you mean --wait?)',
        'See --help.'
      ].join('\n')
    )
    const build = captured()
    expect(await runCli(['build', '--zpi', 'out.zip'], build.io)).toBe(2)
    expect(build.err.join('\n')).toMatch(/^Unknown flag --zpi \(did you mean --zip\?\)\./)
  })
})
