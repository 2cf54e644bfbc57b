// Writes src/cli/action-inputs.ts from action.yml, so the CLI's flags are the action's inputs.
// __tests__/cli/action-inputs.test.ts fails when the two differ: run `node scripts/generate-cli-inputs.ts`.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

const root = path.resolve(import.meta.dirname, '..')
const manifest = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description?: string; default?: string }>
}
const inputs = Object.entries(manifest.inputs).map(([name, spec]) => ({
  name,
  default: spec.default ?? '',
  description: spec.description ?? ''
}))
const body = `// Generated from action.yml by scripts/generate-cli-inputs.ts; do not edit.

/** One input of action.yml: the CLI flag \`--<name>\`. */
export interface ActionInput {
  name: string
  /** The default as action.yml writes it (an expression such as \`\${{ github.token }}\` included). */
  default: string
  description: string
}

/** Every input of action.yml, in its order. */
export const ACTION_INPUTS: readonly ActionInput[] = ${JSON.stringify(inputs, null, 2)}
`
writeFileSync(path.join(root, 'src', 'cli', 'action-inputs.ts'), body)
