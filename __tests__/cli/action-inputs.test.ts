import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { ACTION_INPUTS } from '../../src/cli/action-inputs.ts'
import { credentialInputs, historyWarnings } from '../../src/cli/credentials-env.ts'
import {
  CLI_ONLY_FLAGS,
  INPUT_FLAGS,
  parseEngineArgs,
  POSITIONAL_INPUTS
} from '../../src/cli/engine-args.ts'
import { exitCodeFor } from '../../src/cli/exit-code.ts'
import { parseOutputsFile } from '../../src/cli/outputs-file.ts'
import { translateLine, useColour } from '../../src/cli/terminal-lines.ts'
import { REPO_ROOT } from '../support/repo-root.ts'

const manifest = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description?: string; default?: string }>
}

describe('CLI flags and action.yml', () => {
  it('the generated inputs are action.yml’s (run node scripts/generate-cli-inputs.ts if not)', () => {
    expect(ACTION_INPUTS).toEqual(
      Object.entries(manifest.inputs).map(([name, spec]) => ({
        name,
        default: spec.default ?? '',
        description: spec.description ?? ''
      }))
    )
  })

  it('every input is a flag (the mode is the command word) and every flag is an input', () => {
    const inputs = Object.keys(manifest.inputs)
    expect([...INPUT_FLAGS, ...POSITIONAL_INPUTS].sort()).toEqual([...inputs].sort())
    for (const flag of CLI_ONLY_FLAGS) expect(inputs).not.toContain(flag)
    for (const name of INPUT_FLAGS) {
      const fallback = manifest.inputs[name]?.default
      const value = fallback === 'true' ? 'false' : fallback === 'false' ? 'true' : 'v'
      expect(parseEngineArgs(['deploy', `--${name}`, value]).inputs[name]).toBe(value)
    }
  })

  it('joins repeated flags with newlines and reads --flag / --no-flag of true/false inputs', () => {
    const cmd = parseEngineArgs([
      'validate',
      '--source-dir',
      'a',
      '--source-dir',
      'b',
      '--ignore-warnings',
      '--no-rollback-on-error',
      '--json'
    ])
    expect(cmd.inputs).toEqual({
      'source-dir': 'a\nb',
      'ignore-warnings': 'true',
      'rollback-on-error': 'false'
    })
    expect(cmd.json).toBe(true)
    expect(() => parseEngineArgs(['deploy', '--mode', 'x'])).toThrow()
    expect(() => parseEngineArgs(['deploy', 'extra'])).toThrow(/Unexpected/)
  })
})

describe('CLI shell pieces', () => {
  it('takes credentials from the environment unless a credential flag is given', () => {
    const env = { SFDX_AUTH_URL: 'force://a', SF_ACCESS_TOKEN: 't', SF_INSTANCE_URL: 'https://i' }
    expect(credentialInputs(env, {})).toEqual({
      'auth-url': 'force://a',
      'access-token': 't',
      'instance-url': 'https://i'
    })
    expect(credentialInputs(env, { 'auth-url': 'force://b' })).toEqual({})
    // Another tool's variables in the environment are not taken for inputs of this sign-in.
    const mixed = {
      SF_AUTH_URL: 'force://a',
      SF_USERNAME: 'me@acme.example',
      SF_INSTANCE_URL: 'https://i'
    }
    expect(credentialInputs(mixed, {})).toEqual({ 'auth-url': 'force://a' })
    expect(credentialInputs({ ...mixed, SF_AUTH_URL: '', SF_ACCESS_TOKEN: 't' }, {})).toEqual({
      'access-token': 't',
      'instance-url': 'https://i'
    })
    // A flag is the user's own choice: kept, and then reported as unused by the sign-in.
    expect(credentialInputs(mixed, { username: 'you@acme.example' })).toEqual({
      'auth-url': 'force://a'
    })
    expect(historyWarnings({ 'auth-url': 'force://secret' })).toEqual([
      expect.stringMatching(/--auth-url lands in your shell history/)
    ])
    expect(historyWarnings({ 'auth-url': 'force://secret' })[0]).not.toContain('secret@')
  })

  it('maps outcomes to the documented exit codes', () => {
    expect(exitCodeFor({ inputError: true, failed: true, outputs: {} })).toBe(2)
    // An input problem the run found after it started (a push start time now past).
    expect(
      exitCodeFor({ inputError: false, failed: true, outputs: { status: 'InvalidInput' } })
    ).toBe(2)
    expect(exitCodeFor({ inputError: false, failed: false, outputs: {} })).toBe(0)
    expect(exitCodeFor({ inputError: false, failed: true, outputs: { status: 'Failed' } })).toBe(1)
    expect(
      exitCodeFor({ inputError: false, failed: true, outputs: { status: 'InProgress' } })
    ).toBe(3)
  })

  it('turns workflow commands into terminal lines and drops masks', () => {
    expect(translateLine('::add-mask::s3cret')).toBeUndefined()
    expect(translateLine('::error file=a/B.cls,line=3,col=1::Bad%0Athing')).toEqual({
      text: 'a/B.cls:3:1: error: Bad\nthing',
      level: 'error',
      located: true
    })
    expect(translateLine('::warning::w')?.text).toBe('warning: w')
    expect(translateLine('plain')?.text).toBe('plain')
  })

  it('reads the outputs file and honours NO_COLOR', () => {
    expect(parseOutputsFile('a<<EOF1\nx\ny\nEOF1\nb<<EOF2\n\nEOF2\n')).toEqual({ a: 'x\ny', b: '' })
    expect(useColour({ NO_COLOR: '1' }, true)).toBe(false)
    expect(useColour({ NO_COLOR: '' }, true)).toBe(true)
    expect(useColour({}, false)).toBe(false)
  })
})
