import type { RawInputs } from './inputs.ts'
import { isAutoRunTests } from './parse-deploy-options.ts'
import { optional, readChoice, type Problems } from './parse-values.ts'
import type { Mode } from './modes.ts'

/** Delta deploys from git (docs/delta.md). */
export interface DeltaSettings {
  /**
   * Commit-ish the delta starts from. Undefined: the pull request's base when the run is a
   * pull_request on a GitHub runner, otherwise no delta (a full deploy).
   */
  from?: string
  /** Commit-ish the delta ends at; HEAD = the checked-out workspace. */
  to: string
  /** Diff from the merge-base of from and to (default) or from `from` itself. */
  base: 'merge-base' | 'exact'
  /** Where deletions go: destructiveChangesPost.xml (default) or destructiveChangesPre.xml. */
  destructiveTiming: 'post' | 'pre'
}

/** Automatic test selection (`run-tests: auto`). */
export interface TestSelectionSettings {
  /** A changed class or trigger with no test: fall back to RunLocalTests, or fail. */
  missingTests: 'run-local' | 'fail'
}

const DELTA_MODES: readonly Mode[] = ['deploy', 'validate', 'build', 'compile', 'plan', 'sync']

/** `delta-from: none` turns the pull-request default off (a full deploy). */
export const NO_DELTA = 'none'

/**
 * Reads delta-from, delta-to, delta-base and destructive-timing. Undefined when delta-from is
 * `none`, the mode builds no package, or the package does not come from SFDX source folders.
 */
export function parseDelta(
  raw: RawInputs,
  mode: Mode,
  problems: Problems
): DeltaSettings | undefined {
  const v = raw.values
  const from = optional(v['delta-from'])
  const to = optional(v['delta-to']) ?? 'HEAD'
  const base = readChoice('delta-base', v['delta-base'], ['merge-base', 'exact'] as const, problems)
  const timing = readChoice(
    'destructive-timing',
    v['destructive-timing'],
    ['post', 'pre'] as const,
    problems
  )
  for (const [name, ref] of [
    ['delta-from', from],
    ['delta-to', to]
  ] as const) {
    // A leading dash would be read by git as an option.
    if (ref !== undefined && (ref.startsWith('-') || /[\s\0]/.test(ref)))
      problems.push(
        `${name}: got "${ref}", expected a commit SHA, tag or branch name (no spaces, not starting with -).`
      )
  }
  if (from === NO_DELTA) return undefined
  const explicit = from !== undefined
  if (!DELTA_MODES.includes(mode)) {
    if (explicit)
      problems.push(
        `delta-from: mode ${mode} sends no package; delta-from applies to deploy, validate, build and compile.`
      )
    return undefined
  }
  const other = optional(v['metadata-dir'])
    ? 'metadata-dir'
    : optional(v.manifest)
      ? 'manifest'
      : undefined
  if (other) {
    if (explicit)
      problems.push(
        `delta-from: cannot be combined with ${other}, which already says exactly what to deploy; remove one of them.`
      )
    return undefined
  }
  return {
    ...(from ? { from } : {}),
    to,
    base: base ?? 'merge-base',
    destructiveTiming: timing ?? 'post'
  }
}

/** Reads missing-tests; the selection applies only with `run-tests: auto`, which needs a delta. */
export function parseTestSelection(
  raw: RawInputs,
  mode: Mode,
  delta: DeltaSettings | undefined,
  problems: Problems
): TestSelectionSettings | undefined {
  const missing = readChoice(
    'missing-tests',
    raw.values['missing-tests'],
    ['run-local', 'fail'] as const,
    problems
  )
  if (!isAutoRunTests(raw.values['run-tests'])) return undefined
  if (!delta && mode !== 'build' && DELTA_MODES.includes(mode))
    problems.push(
      'run-tests: auto chooses the tests of the Apex code changed in a delta, and this run deploys no delta (manifest, metadata-dir or delta-from: none); list the test classes instead.'
    )
  return { missingTests: missing ?? 'run-local' }
}
