import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { INPUT_NAMES, OUTPUT_NAMES } from '../../src/settings/inputs.ts'
import { loadActionManifest } from '../support/action-env.ts'

const manifest = loadActionManifest()
const readme = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'README.md'), 'utf8')

/** Rows of the README table between the given markers: first cell of each row, unquoted. */
function readmeTable(marker: string): string[] {
  const block =
    readme.split(`<!-- ${marker}:start -->`)[1]?.split(`<!-- ${marker}:end -->`)[0] ?? ''
  return [...block.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1] ?? '')
}

describe('action.yml', () => {
  it('declares exactly the inputs the settings read, in the same order', () => {
    expect(Object.keys(manifest.inputs)).toEqual([...INPUT_NAMES])
  })

  it('declares exactly the outputs the action sets', () => {
    expect(Object.keys(manifest.outputs)).toEqual([...OUTPUT_NAMES])
  })

  it('documents every input and output in a sentence', () => {
    for (const [name, spec] of [
      ...Object.entries(manifest.inputs),
      ...Object.entries(manifest.outputs)
    ]) {
      expect(spec.description, name).toMatch(/\.$/)
    }
  })

  it('gives every boolean input a default (getBooleanInput-style parsing rejects empty)', () => {
    const booleans = [
      'allow-custom-instance-host',
      'ignore-unknown',
      'ignore-warnings',
      'rollback-on-error',
      'purge-on-delete',
      'cancel-on-timeout',
      'cancel-on-job-cancel',
      'upload-artifact',
      'check-run',
      'pr-comment'
    ]
    for (const name of booleans)
      expect(manifest.inputs[name]?.default, name).toMatch(/^(true|false)$/)
  })

  it('has README inputs and outputs tables that match it', () => {
    expect(readmeTable('inputs')).toEqual(Object.keys(manifest.inputs))
    expect(readmeTable('outputs')).toEqual(Object.keys(manifest.outputs))
  })
})
