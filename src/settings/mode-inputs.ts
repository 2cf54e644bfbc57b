/**
 * Inputs that some modes never read. Given in such a mode, the value would be dropped in silence
 * and the user would believe it took effect (a dry-run: true on a deploy, a validation-id on a
 * validate), so each one is reported with the other problems.
 */
// action.yml's defaults, as data: an input left at its default was not given by the user.
import { ACTION_INPUTS } from '../cli/action-inputs.ts'
import { PUSH_INPUT_NAMES, type InputName } from './inputs.ts'
import { MODES, type Mode } from './modes.ts'
import { splitList, type Problems } from './parse-values.ts'

const allBut = (...used: Mode[]): Mode[] => MODES.filter((m) => !used.includes(m))

const COMPILE_INPUTS: readonly InputName[] = ['compile-files', 'check-only', 'compile-fallback']
// A push sends no package and runs no tests; it goes through the REST data API whatever api says.
const PACKAGE_INPUTS: readonly InputName[] = [
  'source-dir',
  'metadata-dir',
  'manifest',
  'pre-destructive-changes',
  'post-destructive-changes'
]

/** The modes that ignore each input (inputs read by every mode are not listed). */
export const IGNORED_BY: Partial<Record<InputName, readonly Mode[]>> = {
  ...Object.fromEntries(PUSH_INPUT_NAMES.map((name) => [name, allBut('push-upgrade')])),
  ...Object.fromEntries(COMPILE_INPUTS.map((name) => [name, allBut('compile')])),
  ...Object.fromEntries(PACKAGE_INPUTS.map((name) => [name, ['push-upgrade']])),
  'validation-id': allBut('quick-deploy'),
  'deploy-id': allBut('report', 'cancel'),
  // Report, cancel and retrieve start no deploy; build and push-upgrade run no tests.
  'test-level': ['report', 'cancel', 'retrieve', 'push-upgrade'],
  'coverage-threshold': ['build', 'retrieve', 'push-upgrade'],
  api: ['push-upgrade'],
  // build signs in to no org, and a push that outlives the wait keeps running (docs/push-upgrades.md).
  wait: ['build'],
  'poll-interval-max': ['build'],
  'cancel-on-timeout': ['build', 'push-upgrade']
}

const DEFAULTS = new Map(ACTION_INPUTS.map((input) => [input.name, input.default]))

/** Records a problem for each input given a value in a mode that ignores it. */
export function checkIgnoredInputs(
  values: Record<InputName, string>,
  mode: Mode,
  problems: Problems
): void {
  for (const [name, modes] of Object.entries(IGNORED_BY) as [InputName, readonly Mode[]][]) {
    if (!modes.includes(mode) || !isGiven(values[name], DEFAULTS.get(name) ?? '')) continue
    const users = MODES.filter((m) => !modes.includes(m))
    problems.push(
      `${name}: mode ${mode} does not use it, so "${values[name].trim()}" would be ignored; ` +
        `remove ${name}${users.length <= 2 ? ` or set mode: ${users.join(' or ')}` : ''}.`
    )
  }
}

/** A value other than the default (`Production, Sandbox` is the default `Production,Sandbox`). */
function isGiven(value: string, fallback: string): boolean {
  const normal = (text: string): string => splitList(text.toLowerCase()).join(',')
  return normal(value) !== normal(fallback)
}
