/**
 * The zero-test guard: RunRelevantTests and `run-tests: auto` let the org pick the tests, and an
 * org that picks none passes a deploy that changes Apex without running a single test
 * (forcedotcom/cli#3565). The guard names what happened instead of a silent green.
 */
import type { DeployResult } from '../model/deploy-result.ts'
import { isBelow } from '../report/report-coverage.ts'

/** The org's own per-class minimum for these test levels, percent. */
export const ORG_CLASS_MINIMUM = 75

/** What the guard needs from the run. */
export interface GuardInput {
  result: DeployResult
  /** The level the org received. */
  testLevel?: string
  /** True when run-tests: auto chose the tests. */
  autoSelected: boolean
  /** Apex classes and triggers the package deploys. */
  changedApex: { type: 'ApexClass' | 'ApexTrigger'; name: string }[]
  /** True for a class that is a test class (tests have no coverage of their own). */
  isTestClass: (name: string) => boolean
  /** coverage-threshold, when set. */
  threshold?: number
}

/** True when the org chose the tests, so that running none could pass in silence. */
export function guardApplies(testLevel: string | undefined, autoSelected: boolean): boolean {
  return testLevel === 'RunRelevantTests' || autoSelected
}

/** Why the run must not pass, or [] when tests ran and every changed class is covered. */
export function zeroTestProblems(input: GuardInput): string[] {
  const { result } = input
  if (!result.done || stoppedBeforeTests(result)) return []
  if (!guardApplies(input.testLevel, input.autoSelected)) return []
  const code = input.changedApex.filter(
    (c) => c.type === 'ApexTrigger' || !input.isTestClass(c.name)
  )
  if (code.length === 0) return []
  const how = input.autoSelected ? 'run-tests: auto' : `test-level ${input.testLevel ?? ''}`
  const run = result.details?.runTestResult
  const ran = run?.numTestsRun ?? result.numberTestsCompleted + result.numberTestErrors
  if (ran === 0) {
    const names = code.map((c) => c.name).join(', ')
    return [
      `The org ran no Apex tests (${how}) although this package changes ${code.length} Apex ${code.length === 1 ? 'class or trigger' : 'classes and triggers'} (${names}); a deploy that runs no test proves nothing. Add tests that reference them, list test classes with RunSpecifiedTests, or set on-no-tests: rerun-local.`
    ]
  }
  const minimum = input.threshold ?? ORG_CLASS_MINIMUM
  const coverage = run?.coverage ?? []
  const low: string[] = []
  for (const changed of code) {
    const kind = changed.type === 'ApexClass' ? 'Class' : 'Trigger'
    const entry = coverage.find(
      (c) => c.type === kind && c.name.toLowerCase() === changed.name.toLowerCase()
    )
    if (!entry) {
      low.push(`${changed.name} (no test that ran covers it)`)
      continue
    }
    if (entry.numLocations === 0) continue
    const covered = entry.numLocations - entry.numLocationsNotCovered
    const percent = (covered / entry.numLocations) * 100
    // Judged on the counts: (29 / 100) * 100 is 28.999999999999996 in floating point.
    if (isBelow(covered, entry.numLocations, minimum))
      low.push(`${changed.name} (${Math.floor(percent * 100) / 100}%)`)
  }
  if (low.length === 0) return []
  return [
    `Changed Apex below ${minimum}% coverage after the tests the org chose (${how}): ${low.join(', ')}.`
  ]
}

/**
 * A canceled run, or one its components failed, ran no test for that reason and is red already;
 * blaming the tests would rerun it (on-no-tests: rerun-local), even a deploy canceled in Setup.
 */
function stoppedBeforeTests(result: DeployResult): boolean {
  if (result.status === 'Canceled') return true
  const componentErrors = Math.max(
    result.numberComponentErrors,
    result.details?.componentFailures.length ?? 0
  )
  return !result.success && componentErrors > 0
}
