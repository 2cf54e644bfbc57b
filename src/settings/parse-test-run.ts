import type { RawInputs } from './inputs.ts'
import {
  optional,
  readBoolean,
  readChoice,
  readInteger,
  readNumber,
  splitList,
  type Problems
} from './parse-values.ts'
import type { Mode } from './modes.ts'

/** What the run does when the org ran no tests although Apex changed (docs/test-truth.md). */
export type OnNoTests = 'fail' | 'rerun-local'

/** Test suites, flaky-test retries and the zero-test guard. */
export interface TestRunSettings {
  /** Suite names from `run-tests: suite:NAME`, resolved to their classes before the deploy. */
  suites: string[]
  onNoTests: OnNoTests
  /** Re-runs of a test that failed on a transient error (0 = never re-run). */
  retries: number
  /** Resubmit the validation (or the rolled-back deploy) when every test failure was flaky. */
  retryValidation: boolean
  /** `Class.method` or `Class` entries whose failures count as transient, lowercased. */
  flakyTests: string[]
  /** Percent of the changed executable Apex lines that tests must cover. */
  patchCoverageThreshold?: number
  /** Percent of each flow's elements that the tests must reach. */
  flowCoverageThreshold?: number
}

const SUITE_PREFIX = /^suite:/i
// ApexTestSuite names are developer names: a letter, then letters, digits and single underscores.
const SUITE_NAME = /^[A-Za-z][A-Za-z0-9_]*$/
const FLAKY_ENTRY = /^([A-Za-z][A-Za-z0-9_]*\.)?[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)?$/
/** More re-runs than this would hide a real failure behind luck; each costs a test run. */
export const MAX_TEST_RETRIES = 5

/** True for a `run-tests` entry that names a test suite (`suite:NAME`). */
export function isSuiteEntry(entry: string): boolean {
  return SUITE_PREFIX.test(entry)
}

/** Reads the suites of run-tests and the test-retry and zero-test inputs. */
export function parseTestRun(raw: RawInputs, mode: Mode, problems: Problems): TestRunSettings {
  const v = raw.values
  const suites = splitList(v['run-tests'])
    .filter(isSuiteEntry)
    .map((entry) => entry.replace(SUITE_PREFIX, ''))
  const bad = suites.filter((name) => !SUITE_NAME.test(name))
  if (bad.length > 0)
    problems.push(
      `run-tests: ${bad.map((n) => `"suite:${n}"`).join(', ')} ${bad.length === 1 ? 'is' : 'are'} not test suite names; expected suite:SuiteName.`
    )
  if (suites.length > 0 && mode !== 'deploy' && mode !== 'validate' && mode !== 'build')
    problems.push(
      `run-tests: suite: entries choose the tests of a deploy or validation, not of mode ${mode}.`
    )
  const flakyTests = splitList(v['flaky-tests'])
  const badFlaky = flakyTests.filter((t) => !FLAKY_ENTRY.test(t))
  if (badFlaky.length > 0)
    problems.push(
      `flaky-tests: ${badFlaky.map((t) => `"${t}"`).join(', ')} ${badFlaky.length === 1 ? 'is' : 'are'} not test names; expected Class.method or Class.`
    )
  return {
    suites: suites.filter((name) => SUITE_NAME.test(name)),
    onNoTests:
      readChoice('on-no-tests', v['on-no-tests'], ['fail', 'rerun-local'] as const, problems) ??
      'fail',
    retries:
      readInteger('test-retries', v['test-retries'], { min: 0, max: MAX_TEST_RETRIES }, problems) ??
      0,
    retryValidation: readBoolean('retry-validation', v['retry-validation'], problems),
    flakyTests: flakyTests.map((t) => t.toLowerCase()),
    ...percentInput('patch-coverage-threshold', v['patch-coverage-threshold'], problems),
    ...percentInput('flow-coverage-threshold', v['flow-coverage-threshold'], problems)
  }
}

const THRESHOLD_KEYS = {
  'patch-coverage-threshold': 'patchCoverageThreshold',
  'flow-coverage-threshold': 'flowCoverageThreshold'
} as const

function percentInput(
  name: keyof typeof THRESHOLD_KEYS,
  value: string,
  problems: Problems
): Partial<Pick<TestRunSettings, 'patchCoverageThreshold' | 'flowCoverageThreshold'>> {
  if (optional(value) === undefined) return {}
  const n = readNumber(name, value, { min: 0, max: 100 }, problems)
  return n === undefined ? {} : { [THRESHOLD_KEYS[name]]: n }
}
