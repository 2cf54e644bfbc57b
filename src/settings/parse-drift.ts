import type { RawInputs } from './inputs.ts'
import { readExistingPath } from './parse-paths.ts'
import { optional, readChoice, type Problems } from './parse-values.ts'
import type { Mode } from './modes.ts'

/** drift input: auto = warn in production orgs, off elsewhere. */
export type DriftChoice = 'auto' | 'off' | 'warn' | 'fail'

/** The drift guard run before deploy, validate and quick-deploy. */
export interface DriftSettings {
  choice: DriftChoice
  /** drift-baseline: a receipt file (absolute, inside the workspace); else the newest receipt artifact. */
  baseline?: string
}

const DRIFT_WORDS = ['auto', 'off', 'warn', 'fail'] as const
const GUARDED: readonly Mode[] = ['deploy', 'validate', 'quick-deploy', 'plan']

/** Reads drift and drift-baseline; undefined in modes that deploy nothing. */
export function parseDrift(
  raw: RawInputs,
  mode: Mode,
  problems: Problems
): DriftSettings | undefined {
  const v = raw.values
  // A typo is a typo in every mode.
  const choice = readChoice('drift', v.drift.trim().toLowerCase(), DRIFT_WORDS, problems) ?? 'auto'
  const baselineInput = optional(v['drift-baseline'])
  if (!GUARDED.includes(mode)) {
    if (baselineInput)
      problems.push(
        `drift-baseline: only used by mode: deploy, validate and quick-deploy (the mode is ${mode}); remove it.`
      )
    return undefined
  }
  const baseline = baselineInput
    ? readExistingPath(
        'drift-baseline',
        baselineInput,
        raw.workspace,
        'file',
        raw.checkFiles === true,
        problems
      )
    : undefined
  return { choice, ...(baseline ? { baseline } : {}) }
}
