import { parseArgs } from 'node:util'
import { ACTION_INPUTS } from './action-inputs.ts'
import { flagError, flagProblems } from './flag-problems.ts'

/** Modes the CLI runs through the action's engine (`build` keeps its own flags). */
export const ENGINE_MODES = [
  'validate',
  'deploy',
  'quick-deploy',
  'report',
  'cancel',
  'retrieve',
  'compile',
  'push-upgrade',
  'sync',
  'plan'
] as const

export type EngineMode = (typeof ENGINE_MODES)[number]

/** Flags of the CLI that are not action inputs: how the terminal run behaves. */
export const CLI_ONLY_FLAGS = ['json', 'cancel-on-interrupt'] as const

/** The mode is the command word, so `--mode` is the one input that is not a flag. */
export const POSITIONAL_INPUTS = ['mode'] as const

/** Every input flag: each action input but the mode, in action.yml's order. */
export const INPUT_FLAGS: readonly string[] = ACTION_INPUTS.map((i) => i.name).filter(
  (name) => !(POSITIONAL_INPUTS as readonly string[]).includes(name)
)

/** Inputs that action.yml treats as true/false: `--flag` alone means true, `--no-flag` false. */
const BOOLEAN_INPUTS = new Set(
  ACTION_INPUTS.filter((i) => i.default === 'true' || i.default === 'false').map((i) => i.name)
)

/** A parsed engine command: the mode, the inputs given as flags, and the terminal options. */
export interface EngineCommand {
  command: 'engine'
  mode: EngineMode
  /** Inputs given on the command line (repeated flags joined by newlines, as lists are in YAML). */
  inputs: Record<string, string>
  json: boolean
  cancelOnInterrupt: boolean
}

export function isEngineMode(word: string | undefined): word is EngineMode {
  return (ENGINE_MODES as readonly (string | undefined)[]).includes(word)
}

/**
 * Rewrites `--flag` / `--no-flag` of boolean inputs into `--flag=true|false` for parseArgs, and
 * `--flag value` of the others into `--flag=value`, so that a value starting with a dash
 * (`--wait -1`) reaches the input's own check instead of confusing parseArgs. Call after
 * flagProblems found nothing.
 */
function normaliseFlags(argv: string[], valued: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--') {
      out.push(...argv.slice(i))
      break
    }
    const negated = /^--no-(.+)$/.exec(arg)?.[1]
    if (negated !== undefined && BOOLEAN_INPUTS.has(negated)) {
      out.push(`--${negated}=false`)
      continue
    }
    const name = /^--([^=]+)$/.exec(arg)?.[1]
    const next = argv[i + 1]
    if (name !== undefined && BOOLEAN_INPUTS.has(name) && next !== 'true' && next !== 'false') {
      out.push(`--${name}=true`)
      continue
    }
    if (name !== undefined && valued.includes(name) && next !== undefined) {
      out.push(`${arg}=${next}`)
      i++
      continue
    }
    out.push(arg)
  }
  return out
}

/** Parses `<mode> [--input value]...`; throws an Error naming the problem on bad input. */
export function parseEngineArgs(argv: string[]): EngineCommand {
  const valued = INPUT_FLAGS.filter((name) => !BOOLEAN_INPUTS.has(name))
  const switches = [...INPUT_FLAGS.filter((name) => BOOLEAN_INPUTS.has(name)), ...CLI_ONLY_FLAGS]
  const wrong = flagError(flagProblems(argv, { valued, switches }))
  if (wrong !== undefined) throw new Error(wrong)
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {}
  for (const name of INPUT_FLAGS) options[name] = { type: 'string', multiple: true }
  for (const name of CLI_ONLY_FLAGS) options[name] = { type: 'boolean' }
  const { values, positionals } = parseArgs({
    args: normaliseFlags(argv, valued),
    allowPositionals: true,
    strict: true,
    options
  })
  const [mode, ...rest] = positionals
  if (!isEngineMode(mode)) throw new Error(`Unknown command "${mode ?? ''}".`)
  if (rest.length > 0) throw new Error(`Unexpected argument "${rest[0] ?? ''}".`)
  const inputs: Record<string, string> = {}
  for (const name of INPUT_FLAGS) {
    const given = values[name]
    if (Array.isArray(given)) inputs[name] = given.join('\n')
  }
  return {
    command: 'engine',
    mode,
    inputs,
    json: values.json === true,
    cancelOnInterrupt: values['cancel-on-interrupt'] === true
  }
}
