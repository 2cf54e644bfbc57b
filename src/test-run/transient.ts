/**
 * Which Apex test failures look transient: the org's row-lock timeout, a test that could not run
 * because its class was being compiled at the time, and the tests the workflow lists as flaky.
 * A run is retried only when it failed on such tests alone (docs/test-truth.md).
 */
import type { DeployResult, TestResult } from '../model/deploy-result.ts'

/** Failure texts real orgs report for contention, not for a broken test. */
export const TRANSIENT_PATTERNS: readonly RegExp[] = [
  /\bUNABLE_TO_LOCK_ROW\b/,
  /Could not run tests on class\b[\s\S]*\bbecause the class is being modified/i
]

/** `Class.method` as the rest of the action names a test. */
export function testKey(test: Pick<TestResult, 'className' | 'namespace' | 'methodName'>): string {
  const cls = test.namespace ? `${test.namespace}.${test.className}` : test.className
  return test.methodName ? `${cls}.${test.methodName}` : cls
}

/** True when the failure matches a transient pattern or a listed flaky test (lowercased entries). */
export function isTransient(test: TestResult, listed: readonly string[]): boolean {
  const text = `${test.message ?? ''}\n${test.stackTrace ?? ''}`
  if (TRANSIENT_PATTERNS.some((pattern) => pattern.test(text))) return true
  const key = testKey(test).toLowerCase()
  const cls = (
    test.namespace ? `${test.namespace}.${test.className}` : test.className
  ).toLowerCase()
  return (
    listed.includes(key) || listed.includes(cls) || listed.includes(test.className.toLowerCase())
  )
}

/**
 * The failed tests of a finished run when they are its only problem and all look transient;
 * undefined when the run passed, failed elsewhere (components, deploy-level error) or on a test
 * failure that looks real.
 */
export function transientOnlyFailures(
  result: DeployResult,
  listed: readonly string[]
): TestResult[] | undefined {
  if (!result.done || result.success) return undefined
  const details = result.details
  if (!details || details.componentFailures.length > 0 || result.numberComponentErrors > 0)
    return undefined
  if (result.errorMessage && result.numberTestErrors === 0) return undefined
  const failures = (details.runTestResult?.tests ?? []).filter((t) => t.outcome === 'Fail')
  if (failures.length === 0) return undefined
  return failures.every((t) => isTransient(t, listed)) ? failures : undefined
}
