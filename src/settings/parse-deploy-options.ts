import { TEST_LEVELS, type DeployOptions, type TestLevel } from '../model/deploy-result.ts'
import type { RawInputs } from './inputs.ts'
import { isSuiteEntry } from './parse-test-run.ts'
import { optional, readBoolean, readChoice, splitList, type Problems } from './parse-values.ts'
import type { Mode } from './modes.ts'

// Apex class names, optionally namespaced (ns.ClassName). Class.method is not supported by the
// Metadata API (it runs nothing), so two dots are refused.
const TEST_CLASS = /^([A-Za-z][A-Za-z0-9_]*\.)?[A-Za-z][A-Za-z0-9_]*$/

/**
 * Whether run-tests asks for automatic selection: its one class entry (suites aside) is `auto`,
 * however the list is written (`auto`, ` auto, `). The deploy options and the delta's test
 * selection both ask this, so they cannot disagree.
 */
export function isAutoRunTests(value: string): boolean {
  return isAuto(splitList(value).filter((entry) => !isSuiteEntry(entry)))
}

/** The class entries of run-tests (suites left out) are the one word `auto`. */
function isAuto(classEntries: string[]): boolean {
  return classEntries.length === 1 && classEntries[0]?.toLowerCase() === 'auto'
}

/** Reads test-level, run-tests and the deploy flags into DeployOptions. */
export function parseDeployOptions(raw: RawInputs, mode: Mode, problems: Problems): DeployOptions {
  const v = raw.values
  const testLevel = optional(v['test-level'])
    ? readChoice<TestLevel>('test-level', v['test-level'], TEST_LEVELS, problems)
    : undefined
  // `suite:NAME` entries are resolved to classes before the deploy (src/test-run/suites.ts).
  const all = splitList(v['run-tests'])
  const listed = all.filter((entry) => !isSuiteEntry(entry))
  const hasSuites = listed.length < all.length
  // `auto`: the tests are chosen once the delta is known (src/delta/test-selection.ts).
  const auto = isAuto(listed)
  const runTests = auto ? [] : listed
  if (auto && testLevel !== 'RunSpecifiedTests')
    problems.push(
      `run-tests: auto chooses test classes for test-level RunSpecifiedTests; set test-level: RunSpecifiedTests (got ${testLevel ?? 'the org default'}).`
    )
  else if (auto && hasSuites)
    problems.push(
      'run-tests: auto chooses the tests itself; list test suites (suite:NAME) without auto.'
    )
  else if (!auto) checkRunTests(testLevel, runTests, hasSuites, problems)
  return {
    checkOnly: mode === 'validate',
    ignoreWarnings: readBoolean('ignore-warnings', v['ignore-warnings'], problems),
    purgeOnDelete: readBoolean('purge-on-delete', v['purge-on-delete'], problems),
    rollbackOnError: readBoolean('rollback-on-error', v['rollback-on-error'], problems),
    singlePackage: true,
    ...(testLevel ? { testLevel } : {}),
    runTests: testLevel === 'RunSpecifiedTests' ? runTests : []
  }
}

function checkRunTests(
  testLevel: TestLevel | undefined,
  runTests: string[],
  hasSuites: boolean,
  problems: Problems
): void {
  const bad = runTests.filter((t) => !TEST_CLASS.test(t))
  if (bad.length > 0) {
    problems.push(
      `run-tests: ${bad.map((t) => `"${t}"`).join(', ')} ${bad.length === 1 ? 'is' : 'are'} not Apex test class names; ` +
        'expected ClassName or namespace.ClassName (test methods cannot be selected).'
    )
  }
  if (testLevel === 'RunSpecifiedTests' && runTests.length === 0 && !hasSuites) {
    problems.push(
      'run-tests: required with test-level RunSpecifiedTests; list the test classes to run.'
    )
  }
  if (testLevel !== 'RunSpecifiedTests' && (runTests.length > 0 || hasSuites)) {
    problems.push(
      `run-tests: given with test-level ${testLevel ?? '(org default)'}, which ignores it; ` +
        'set test-level: RunSpecifiedTests or remove run-tests.'
    )
  }
}
