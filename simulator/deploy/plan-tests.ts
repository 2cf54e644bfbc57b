/**
 * Which Apex tests a deploy runs (see README.md, Apex rules), their outcomes, the coverage they
 * produce and the coverage enforcement the org applies: RunSpecifiedTests/RunRelevantTests need 75%
 * per deployed class and trigger; RunLocalTests/RunAllTestsInOrg need 75% org-wide and more than 0%
 * per trigger.
 */
import { isInterface } from '../apex/apex-source.ts'
import { type CoverageFacts, coverageOfAll, triggerObjectOf } from '../apex/coverage-rules.ts'
import { consumeFlake } from '../apex/flaky-tests.ts'
import { flowCoverageOf, type FlowCoverageEntry, type SimFlow } from '../apex/flow-coverage.ts'
import { isTestClass, testMethodsOf } from '../apex/test-rules.ts'
import type { OrgState } from '../org/org-state.ts'
import type { PackageApex } from './analyze-package.ts'
import type { CoverageResult, CoverageWarning, TestLevel, TestOutcome } from './deploy-model.ts'

/** Apex known to the deploy: org Apex overlaid with the package's. */
interface ApexUnit extends PackageApex {
  inPackage: boolean
  managed: boolean
  isTest: boolean
}

/** Tests, coverage and enforcement of one deploy. */
export interface TestPlan {
  level: TestLevel
  runTestsEnabled: boolean
  tests: TestOutcome[]
  totalTimeMs: number
  coverage: CoverageResult[]
  warnings: CoverageWarning[]
  /** Flows the tests that ran exercise (../apex/flow-coverage.ts). */
  flowCoverage?: FlowCoverageEntry[]
}

/** Set-up time per test class, ms. */
export const TEST_CLASS_SETUP_MS = 150
/** Minimum coverage per class or org-wide, percent. */
export const REQUIRED_COVERAGE = 75

/** The test level the org applies when none was given. */
export function effectiveLevel(
  level: TestLevel | undefined,
  production: boolean,
  hasApex: boolean
): TestLevel {
  if (level) return level
  return production && hasApex ? 'RunLocalTests' : 'NoTestRun'
}

function apexUniverse(org: OrgState, apex: PackageApex[], deleted: Set<string>): ApexUnit[] {
  const units = new Map<string, ApexUnit>()
  for (const component of org.list()) {
    const kind =
      component.type === 'ApexClass'
        ? 'class'
        : component.type === 'ApexTrigger'
          ? 'trigger'
          : undefined
    const content = component.files.get(component.mainFile)
    if (!kind || !content || deleted.has(`${component.type}:${component.fullName}`)) continue
    const source = content.toString('utf8')
    const managed =
      component.manageableState !== 'unmanaged' && component.manageableState !== 'installedEditable'
    units.set(`${kind}:${component.fullName}`, {
      name: component.fullName,
      kind,
      id: component.id,
      source,
      inPackage: false,
      managed,
      isTest: kind === 'class' && isTestClass(source)
    })
  }
  for (const unit of apex) {
    units.set(`${unit.kind}:${unit.name}`, {
      ...unit,
      inPackage: true,
      managed: false,
      isTest: unit.kind === 'class' && isTestClass(unit.source)
    })
  }
  return [...units.values()].sort((a, b) => a.name.localeCompare(b.name))
}

function selectTests(level: TestLevel, units: ApexUnit[], runTests: string[]): ApexUnit[] {
  const tests = units.filter((unit) => unit.isTest)
  switch (level) {
    case 'NoTestRun':
      return []
    case 'RunSpecifiedTests': {
      const wanted = new Set(runTests.map((name) => (name.split('.').pop() ?? name).toLowerCase()))
      return tests.filter((unit) => wanted.has(unit.name.toLowerCase()))
    }
    case 'RunLocalTests':
      return tests.filter((unit) => !unit.managed)
    case 'RunAllTestsInOrg':
      return tests
    case 'RunRelevantTests': {
      const names = units.filter((unit) => unit.inPackage && !unit.isTest).map((unit) => unit.name)
      return tests.filter(
        (unit) =>
          unit.inPackage || names.some((name) => new RegExp(`\\b${name}\\b`).test(unit.source))
      )
    }
  }
}

function runTests(
  classes: ApexUnit[],
  org: OrgState
): { tests: TestOutcome[]; totalTimeMs: number } {
  const tests: TestOutcome[] = []
  let elapsed = 0
  for (const unit of classes) {
    elapsed += TEST_CLASS_SETUP_MS
    for (const method of testMethodsOf(unit.name, unit.source)) {
      elapsed += method.durationMs
      const outcome: TestOutcome = {
        classId: unit.id,
        className: unit.name,
        methodName: method.methodName,
        timeMs: method.durationMs,
        endOffset: elapsed
      }
      // A flaky method (flaky-tests.ts) fails with its transient error while its count lasts.
      const flake = method.failure ? undefined : consumeFlake(org, unit.name, method.methodName)
      if (flake)
        outcome.failure = {
          message: flake,
          stackTrace: `Class.${unit.name}.${method.methodName}: line 1, column 1`
        }
      if (method.failure) {
        outcome.failure = {
          message: method.failure.message,
          stackTrace: `Class.${unit.name}.${method.failure.method ?? method.methodName}: line ${method.failure.line}, column 1`
        }
      }
      tests.push(outcome)
    }
  }
  return { tests, totalTimeMs: elapsed }
}

function percent(covered: number, total: number): number {
  return total === 0 ? 100 : (covered / total) * 100
}

function formatPercent(value: number): string {
  return String(Math.floor(value * 1000) / 1000)
}

function enforce(
  level: TestLevel,
  coverage: CoverageResult[],
  units: ApexUnit[]
): CoverageWarning[] {
  const warnings: CoverageWarning[] = []
  const label = (result: CoverageResult): string =>
    result.type === 'Class' ? 'Apex Class' : 'Apex Trigger'
  const inPackage = new Set(
    units.filter((unit) => unit.inPackage).map((unit) => `${unit.kind}:${unit.name}`)
  )
  const measured = coverage.filter((result) => result.locations.length > 0)
  if (level === 'RunSpecifiedTests' || level === 'RunRelevantTests') {
    for (const result of measured) {
      if (!inPackage.has(`${result.type === 'Class' ? 'class' : 'trigger'}:${result.name}`))
        continue
      const value = percent(result.covered.length, result.locations.length)
      if (value < REQUIRED_COVERAGE) {
        warnings.push({
          id: result.id,
          name: result.name,
          namespace: null,
          message: `Test coverage of selected ${label(result)} is ${formatPercent(value)}%, at least ${REQUIRED_COVERAGE}% test coverage is required`
        })
      }
    }
    return warnings
  }
  for (const result of measured) {
    if (result.type === 'Trigger' && result.covered.length === 0) {
      warnings.push({
        id: result.id,
        name: result.name,
        namespace: null,
        message:
          'Test coverage of selected Apex Trigger is 0%, at least 1% test coverage is required'
      })
    }
  }
  const total = measured.reduce((sum, result) => sum + result.locations.length, 0)
  const covered = measured.reduce((sum, result) => sum + result.covered.length, 0)
  const average = percent(covered, total)
  if (average < REQUIRED_COVERAGE) {
    const anyClass = units.find((unit) => unit.kind === 'class') ?? units[0]
    warnings.push({
      id: anyClass?.id ?? '',
      name: null,
      namespace: '',
      message: `Average test coverage across all Apex Classes and Triggers is ${Math.floor(average)}%, at least ${REQUIRED_COVERAGE}% test coverage is required.`
    })
  }
  return warnings
}

/** Plans the test phase of a deploy. `skip` = component failures stop tests before they run. */
export function planTests(input: {
  level: TestLevel
  apex: PackageApex[]
  deletedKeys: Set<string>
  runTests: string[]
  org: OrgState
  skip: boolean
  /** Flows of the package overlaid on the org's. */
  flows?: SimFlow[]
}): TestPlan {
  const runTestsEnabled = input.level !== 'NoTestRun'
  const empty: TestPlan = {
    level: input.level,
    runTestsEnabled,
    tests: [],
    totalTimeMs: 0,
    coverage: [],
    warnings: []
  }
  if (!runTestsEnabled || input.skip) return empty
  const units = apexUniverse(input.org, input.apex, input.deletedKeys)
  const testClasses = selectTests(input.level, units, input.runTests)
  // RunRelevantTests that finds no relevant test runs none and enforces no coverage: the deploy
  // passes with zero tests (forcedotcom/cli#3565), which the action's zero-test guard catches.
  if (input.level === 'RunRelevantTests' && testClasses.length === 0) return empty
  const { tests, totalTimeMs } = runTests(testClasses, input.org)
  const testSources = testClasses.map((unit) => unit.source)
  const wholeOrg = input.level === 'RunLocalTests' || input.level === 'RunAllTestsInOrg'
  const measured = units.filter(
    (unit) =>
      !unit.isTest &&
      !(wholeOrg && unit.managed) &&
      !(unit.kind === 'class' && isInterface(unit.source))
  )
  const facts = coverageOfAll(
    measured.map((unit) => {
      const sObject = unit.kind === 'trigger' ? triggerObjectOf(unit.source) : undefined
      return {
        name: unit.name,
        kind: unit.kind,
        source: unit.source,
        ...(sObject ? { sObject } : {})
      }
    }),
    testSources
  )
  const coverage: CoverageResult[] = []
  measured.forEach((unit, index) => {
    const result = facts[index] as CoverageFacts
    if (!wholeOrg && !unit.inPackage && result.covered.length === 0) return
    coverage.push({
      id: unit.id,
      name: unit.name,
      type: unit.kind === 'class' ? 'Class' : 'Trigger',
      locations: result.locations,
      notCovered: result.notCovered,
      covered: result.covered
    })
  })
  const flowCoverage = flowCoverageOf(input.flows ?? [], testSources)
  return {
    ...empty,
    tests,
    totalTimeMs,
    coverage,
    warnings: enforce(input.level, coverage, units),
    ...(flowCoverage.length > 0 ? { flowCoverage } : {})
  }
}
