// Rewrites the README's inputs and outputs tables from action.yml, between markers, so they cannot drift.
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'

interface Manifest {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
}

const manifest = parse(readFileSync('action.yml', 'utf8')) as Manifest
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

const inputs = [
  '| Name | Description | Default |',
  '| --- | --- | --- |',
  ...Object.entries(manifest.inputs).map(
    ([name, spec]) =>
      `| \`${name}\` | ${cell(spec.description)} | ${spec.default ? `\`${cell(spec.default)}\`` : ''} |`
  )
]
const outputs = [
  '| Name | Description |',
  '| --- | --- |',
  ...Object.entries(manifest.outputs).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`
  )
]

function replaceBetween(text: string, marker: string, lines: string[]): string {
  const start = `<!-- ${marker}:start -->`
  const end = `<!-- ${marker}:end -->`
  const [before, rest] = text.split(start)
  const after = rest?.split(end)[1]
  if (before === undefined || after === undefined)
    throw new Error(`README.md lacks the ${marker} markers`)
  return `${before}${start}\n${lines.join('\n')}\n${end}${after}`
}

const readme = readFileSync('README.md', 'utf8')
const next = replaceBetween(replaceBetween(readme, 'inputs', inputs), 'outputs', outputs)
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md inputs/outputs tables are stale: run `npm run docs`.')
    process.exit(1)
  }
} else {
  writeFileSync('README.md', next)
}
