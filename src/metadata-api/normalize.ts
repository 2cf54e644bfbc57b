import type {
  ComponentMessage,
  CoverageResult,
  CoverageWarning,
  DeployDetails,
  DeployResult,
  TestResult,
  TestRunResult
} from '../model/deploy-result.ts'
import { ensureArray } from '../shared/arrays.ts'
import { bool, capOrgText, date, location, nonEmpty, num, text } from './normalize-leaf.ts'
import type * as wire from './wire.ts'

/**
 * Turns a DeployResult from SOAP, REST or Salesforce CLI JSON into the model. The only place that
 * knows the wire's quirks (string booleans, X | X[], nil vs omitted, `+0000` dates, statuses).
 */
export function normalizeDeployResult(raw: wire.DeployResult): DeployResult {
  const id = nonEmpty(raw.id) ?? ''
  const details = normalizeDetails(raw.details)
  return {
    id,
    status: normalizeStatus(text(raw.status) ?? ''),
    done: bool(raw.done),
    success: bool(raw.success),
    checkOnly: bool(raw.checkOnly),
    ignoreWarnings: bool(raw.ignoreWarnings),
    rollbackOnError: bool(raw.rollbackOnError, true),
    runTestsEnabled: bool(raw.runTestsEnabled),
    ...optionalText(raw, [
      'createdBy',
      'createdByName',
      'canceledBy',
      'canceledByName',
      'stateDetail',
      'errorMessage',
      'errorStatusCode'
    ]),
    ...optionalDates(raw, ['createdDate', 'startDate', 'completedDate', 'lastModifiedDate']),
    numberComponentsTotal: num(raw.numberComponentsTotal) ?? 0,
    numberComponentsDeployed: num(raw.numberComponentsDeployed) ?? 0,
    numberComponentErrors: num(raw.numberComponentErrors) ?? 0,
    numberTestsTotal: num(raw.numberTestsTotal) ?? 0,
    numberTestsCompleted: num(raw.numberTestsCompleted) ?? 0,
    numberTestErrors: num(raw.numberTestErrors) ?? 0,
    ...(num(raw.numberFiles) === undefined ? {} : { numberFiles: num(raw.numberFiles) }),
    ...(details ? { details } : {})
  }
}

// Spellings seen across API versions and documentation for the same states.
const STATUS_ALIASES: Record<string, string> = {
  'In Progress': 'InProgress',
  FinalizingDeploy: 'Finalizing',
  FinalizingDeployFailed: 'FinalizingFailed',
  Cancelled: 'Canceled',
  Cancelling: 'Canceling',
  Queued: 'Pending'
}

/** Maps status spellings to one; unknown values pass through unchanged. */
export function normalizeStatus(status: string): string {
  return STATUS_ALIASES[status] ?? status
}

function optionalText<K extends keyof wire.DeployResult>(
  raw: wire.DeployResult,
  keys: K[]
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {}
  for (const key of keys) {
    const value = capOrgText(nonEmpty(raw[key] as wire.Leaf))
    if (value !== undefined) out[key] = value
  }
  return out
}

function optionalDates<K extends keyof wire.DeployResult>(
  raw: wire.DeployResult,
  keys: K[]
): Partial<Record<K, Date>> {
  const out: Partial<Record<K, Date>> = {}
  for (const key of keys) {
    const value = date(raw[key] as wire.Leaf)
    if (value !== undefined) out[key] = value
  }
  return out
}

function normalizeDetails(raw: wire.DeployResult['details']): DeployDetails | undefined {
  if (raw === undefined || raw === null || raw === '' || typeof raw !== 'object') return undefined
  const successes = records(raw.componentSuccesses).map(normalizeMessage)
  const failures = records(raw.componentFailures).map(normalizeMessage)
  const runTestResult = normalizeRunTests(raw.runTestResult)
  return {
    // LWC can report a failure and a success for the same component: the failure wins.
    componentSuccesses: successes.filter((s) => !failures.some((f) => sameComponent(f, s))),
    componentFailures: failures,
    ...(runTestResult ? { runTestResult } : {})
  }
}

/**
 * The entries of a repeated structure, without the empty ones. An org can send a repeated element
 * with nothing in it (`locationsNotCovered` right after completion, forcedotcom/cli#3357): SOAP
 * parses it as '' or, nil'ed, as `{'@_nil': 'true'}`; JSON has `null` (jsforce turns nil into
 * null). Read as a record, such an entry would be a nameless message, test or coverage row, or a
 * TypeError.
 */
function records<T extends object>(value: wire.Many<T | string>): T[] {
  return ensureArray(value).filter(
    (entry): entry is T =>
      typeof entry === 'object' && entry !== null && (entry as wire.Nil)['@_nil'] !== 'true'
  )
}

function sameComponent(a: ComponentMessage, b: ComponentMessage): boolean {
  return (
    a.componentType === b.componentType && a.fullName === b.fullName && a.fileName === b.fileName
  )
}

// LWC and Aura put the location in the text: "[Line: 3, Col: 5] LWC1503: ...".
const EMBEDDED_LOCATION = /\[Line: (\d+), Col: (\d+)\]/

function normalizeMessage(raw: wire.DeployMessage): ComponentMessage {
  const problem = capOrgText(nonEmpty(raw.problem))
  const embedded = problem ? EMBEDDED_LOCATION.exec(problem) : null
  const line = location(raw.lineNumber) ?? (embedded ? Number(embedded[1]) : undefined)
  const column = location(raw.columnNumber) ?? (embedded ? Number(embedded[2]) : undefined)
  const problemType = nonEmpty(raw.problemType)
  const id = nonEmpty(raw.id)
  return {
    componentType: text(raw.componentType) ?? '',
    fullName: text(raw.fullName) ?? '',
    fileName: text(raw.fileName) ?? '',
    success: bool(raw.success),
    created: bool(raw.created),
    changed: bool(raw.changed),
    deleted: bool(raw.deleted),
    ...(problem === undefined ? {} : { problem }),
    ...(problemType === 'Error' || problemType === 'Warning' || problemType === 'Info'
      ? { problemType }
      : {}),
    ...(line === undefined ? {} : { lineNumber: line }),
    ...(column === undefined ? {} : { columnNumber: column }),
    ...(id === undefined ? {} : { id })
  }
}

function normalizeRunTests(raw: wire.RunTestsResult | null | undefined): TestRunResult | undefined {
  if (raw === undefined || raw === null || typeof raw !== 'object') return undefined
  const tests = [
    ...records(raw.successes).map((t) => normalizeTest(t, 'Pass')),
    ...records(raw.failures).map((t) => normalizeTest(t, 'Fail'))
  ]
  const coverage = records(raw.codeCoverage).map(normalizeCoverage)
  const numTestsRun = num(raw.numTestsRun) ?? tests.length
  // While Pending the org sends an empty placeholder (0, 0, 0.0): not a test run.
  if (
    numTestsRun === 0 &&
    tests.length === 0 &&
    coverage.length === 0 &&
    records(raw.codeCoverageWarnings).length === 0
  ) {
    return undefined
  }
  return {
    numTestsRun,
    numFailures: num(raw.numFailures) ?? tests.filter((t) => t.outcome === 'Fail').length,
    totalTimeMs: num(raw.totalTime) ?? 0,
    tests,
    coverage,
    coverageWarnings: records(raw.codeCoverageWarnings).map(normalizeWarning),
    ...flowCoverageOf(raw)
  }
}

/** flowCoverage and flowCoverageWarnings, only when the org reported some (older results have none). */
function flowCoverageOf(
  raw: wire.RunTestsResult
): Pick<TestRunResult, 'flowCoverage' | 'flowCoverageWarnings'> {
  const flows = records(raw.flowCoverage).map((f) => {
    const namespace = nonEmpty(f.flowNamespace)
    const flowId = nonEmpty(f.flowId)
    const processType = nonEmpty(f.processType)
    const notCovered = ensureArray(f.elementsNotCovered)
      .map((e) => text(e))
      .filter((e): e is string => e !== undefined && e !== '')
    return {
      flowName: text(f.flowName) ?? '',
      ...(namespace === undefined ? {} : { namespace }),
      ...(flowId === undefined ? {} : { flowId }),
      ...(processType === undefined ? {} : { processType }),
      numElements: num(f.numElements) ?? 0,
      numElementsNotCovered: num(f.numElementsNotCovered) ?? notCovered.length,
      elementsNotCovered: notCovered
    }
  })
  const warnings = records(raw.flowCoverageWarnings).map((w) => {
    const flowName = nonEmpty(w.flowName)
    return {
      ...(flowName === undefined ? {} : { flowName }),
      message: capOrgText(text(w.message)) ?? ''
    }
  })
  return {
    ...(flows.length > 0 ? { flowCoverage: flows } : {}),
    ...(warnings.length > 0 ? { flowCoverageWarnings: warnings } : {})
  }
}

function normalizeTest(raw: wire.RunTestOutcome, outcome: 'Pass' | 'Fail'): TestResult {
  const namespace = nonEmpty(raw.namespace)
  const methodName = nonEmpty(raw.methodName)
  const message = capOrgText(text(raw.message))
  const stackTrace = capOrgText(nonEmpty(raw.stackTrace))
  const id = nonEmpty(raw.id)
  return {
    className: text(raw.name) ?? '',
    ...(namespace === undefined ? {} : { namespace }),
    ...(methodName === undefined ? {} : { methodName }),
    outcome,
    timeMs: num(raw.time) ?? 0,
    ...(message === undefined ? {} : { message }),
    ...(stackTrace === undefined ? {} : { stackTrace }),
    ...(id === undefined ? {} : { id })
  }
}

function normalizeCoverage(raw: wire.CodeCoverageResult): CoverageResult {
  const lines = (locations: wire.Many<wire.CodeLocation>): number[] =>
    [
      ...new Set(
        records(locations)
          .map((l) => location(l.line))
          .filter((l): l is number => l !== undefined)
      )
    ].sort((a, b) => a - b)
  const namespace = nonEmpty(raw.namespace)
  const id = nonEmpty(raw.id)
  const covered =
    raw.locationsCovered === undefined || raw.locationsCovered === null
      ? undefined
      : lines(raw.locationsCovered)
  return {
    name: text(raw.name) ?? '',
    ...(namespace === undefined ? {} : { namespace }),
    type: text(raw.type) === 'Trigger' ? 'Trigger' : 'Class',
    ...(id === undefined ? {} : { id }),
    numLocations: num(raw.numLocations) ?? 0,
    numLocationsNotCovered: num(raw.numLocationsNotCovered) ?? 0,
    linesNotCovered: lines(raw.locationsNotCovered),
    ...(covered === undefined ? {} : { linesCovered: covered })
  }
}

function normalizeWarning(raw: wire.CodeCoverageWarning): CoverageWarning {
  const name = nonEmpty(raw.name)
  const namespace = nonEmpty(raw.namespace)
  return {
    ...(name === undefined ? {} : { name }),
    ...(namespace === undefined ? {} : { namespace }),
    message: capOrgText(text(raw.message)) ?? ''
  }
}
