/**
 * Everything the org decides about a deploy when it starts: component results, tests, coverage,
 * the final outcome and how long each phase takes. Pure over (zip, options, org snapshot).
 */
import type { OrgState } from '../org/org-state.ts'
import { COMPONENT_MS, type PackageAnalysis, analyzePackage } from './analyze-package.ts'
import type { DeployOptions } from './deploy-model.ts'
import type { SimFlow } from '../apex/flow-coverage.ts'
import { type TestPlan, effectiveLevel, planTests } from './plan-tests.ts'

/** Fixed start-up cost of the component phase, ms. */
export const COMPONENT_PHASE_BASE_MS = 400

/** Final outcome of a deploy that runs to the end. */
export interface DeployOutcome {
  status: 'Succeeded' | 'SucceededPartial' | 'Failed'
  success: boolean
  errorMessage?: string
  errorStatusCode?: string
}

/** The org's complete decision about one deploy. */
export interface DeployPlan {
  analysis: PackageAnalysis
  tests: TestPlan
  fileCount: number
  outcome: DeployOutcome
  componentPhaseMs: number
  testPhaseMs: number
}

function deployLevelError(
  options: DeployOptions,
  production: boolean,
  hasApex: boolean
): DeployOutcome | undefined {
  if (!production) return undefined
  if (options.testLevel === 'NoTestRun' && hasApex) {
    return {
      status: 'Failed',
      success: false,
      errorStatusCode: 'INVALID_OPERATION',
      errorMessage: 'testLevel of NoTestRun cannot be used in production organizations'
    }
  }
  if (options.purgeOnDelete) {
    return {
      status: 'Failed',
      success: false,
      errorStatusCode: 'INVALID_OPERATION',
      errorMessage: 'purgeOnDelete option can only be used on a non-active org'
    }
  }
  return undefined
}

function outcomeOf(
  analysis: PackageAnalysis,
  tests: TestPlan,
  options: DeployOptions
): DeployOutcome {
  if (analysis.fatal.length > 0) return { status: 'Failed', success: false }
  const componentFailed = analysis.failures.length > 0
  if (
    componentFailed &&
    (options.rollbackOnError || analysis.failedComponents >= analysis.componentsTotal)
  ) {
    return { status: 'Failed', success: false }
  }
  if (tests.tests.some((test) => test.failure) || tests.warnings.length > 0)
    return { status: 'Failed', success: false }
  return componentFailed
    ? { status: 'SucceededPartial', success: true }
    : { status: 'Succeeded', success: true }
}

/** Plans a deploy or validation against the org as it is now. */
export function planDeploy(input: {
  files: Map<string, Buffer>
  options: DeployOptions
  org: OrgState
  production: boolean
}): DeployPlan {
  const { files, options, org, production } = input
  const analysis = analyzePackage(files, options, org)
  const hasApex = analysis.apex.length > 0
  const level = effectiveLevel(options.testLevel, production, hasApex)
  const levelError = deployLevelError(options, production, hasApex)
  const fileCount = files.size
  if (levelError) {
    const empty: PackageAnalysis = {
      ...analysis,
      successes: [],
      failures: [],
      writes: [],
      deletes: [],
      componentsTotal: 0,
      failedComponents: 0
    }
    const tests = planTests({
      level,
      apex: [],
      deletedKeys: new Set(),
      runTests: [],
      org,
      skip: true
    })
    return {
      analysis: empty,
      tests,
      fileCount,
      outcome: levelError,
      componentPhaseMs: COMPONENT_PHASE_BASE_MS,
      testPhaseMs: 0
    }
  }
  const skip =
    analysis.fatal.length > 0 || (analysis.failures.length > 0 && options.rollbackOnError)
  const deletedKeys = new Set(analysis.deletes.map((ref) => `${ref.type}:${ref.fullName}`))
  const tests = planTests({
    level,
    apex: analysis.apex,
    deletedKeys,
    runTests: options.runTests,
    org,
    skip,
    flows: deployFlows(files, org)
  })
  const messages = Math.max(analysis.successes.length, analysis.failures.length)
  return {
    analysis,
    tests,
    fileCount,
    outcome: outcomeOf(analysis, tests, options),
    componentPhaseMs: COMPONENT_PHASE_BASE_MS + messages * COMPONENT_MS,
    testPhaseMs: tests.totalTimeMs
  }
}

/** A quick deploy: the validation's components, no tests, nothing left to fail. */
export function planQuickDeploy(validation: DeployPlan): DeployPlan {
  const analysis: PackageAnalysis = {
    ...validation.analysis,
    failures: [],
    successes: validation.analysis.successes.map((msg) => ({ ...msg }))
  }
  const tests: TestPlan = {
    ...validation.tests,
    runTestsEnabled: false,
    tests: [],
    totalTimeMs: 0,
    coverage: [],
    warnings: []
  }
  return {
    ...validation,
    analysis,
    tests,
    outcome: { status: 'Succeeded', success: true },
    testPhaseMs: 0
  }
}

/** The org's flows overlaid with the package's (`flows/Name.flow`), for flow coverage. */
function deployFlows(files: Map<string, Buffer>, org: OrgState): SimFlow[] {
  const flows = new Map<string, SimFlow>()
  for (const c of org.list()) {
    if (c.type !== 'Flow') continue
    const xml = c.files.get(c.mainFile)?.toString('utf8')
    if (xml) flows.set(c.fullName, { name: c.fullName, id: c.id, xml })
  }
  for (const [file, bytes] of files) {
    const name = /(?:^|\/)flows\/([^/]+)\.flow$/.exec(file)?.[1]
    if (name) flows.set(name, { name, id: org.peekId('Flow', name), xml: bytes.toString('utf8') })
  }
  return [...flows.values()]
}
