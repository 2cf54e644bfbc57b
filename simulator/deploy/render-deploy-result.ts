/**
 * DeployResult renderers: the SOAP object (rendered by soap-xml in alphabetical WSDL order, with
 * omitted optionals and `xsi:nil` only for null, see core/soap-xml.ts) and the REST JSON of the
 * recorded vector (explicit nulls, `+0000` dates, allComponentMessages, DeployMessage extras, its
 * key order).
 */
import { flowCoverageWire } from '../apex/flow-coverage.ts'
import { restDate, soapDate } from '../core/clock.ts'
import { type XmlObject, type XmlValue, dbl } from '../core/soap-xml.ts'
import type { DeployView } from './deploy-job.ts'
import type { CoverageResult, DeployMessage, DeployOptions } from './deploy-model.ts'

/** Rendering switches. */
export interface RenderOptions {
  includeDetails: boolean
  /** API version of the endpoint the call came in on (locationsCovered from 68.0). */
  apiVersion: number
  /** Emit `numberFiles` (newer orgs do). */
  numberFiles: boolean
  /**
   * Coverage locations come back as empty objects, as right after completion
   * (forcedotcom/cli#3357).
   */
  coverageRace: boolean
  /** Unknown extra top-level fields: orgs add new ones without notice. */
  extraFields: Record<string, string>
}

function soapMessage(msg: DeployMessage, startedAt: number): XmlObject {
  return {
    changed: msg.changed,
    columnNumber: msg.columnNumber,
    componentType: msg.componentType,
    created: msg.created,
    createdDate: soapDate(startedAt + msg.atOffset),
    deleted: msg.deleted,
    fileName: msg.fileName,
    fullName: msg.fullName,
    id: msg.id,
    lineNumber: msg.lineNumber,
    problem: msg.problem,
    problemType: msg.problemType,
    success: msg.success
  }
}

function location(
  line: number,
  covered: boolean
): { column: number; line: number; numExecutions: number; time: ReturnType<typeof dbl> } {
  return { column: 0, line, numExecutions: covered ? 1 : 0, time: dbl(-1) }
}

function coverageEntry(result: CoverageResult, options: RenderOptions): Record<string, XmlValue> {
  return {
    id: result.id,
    ...(options.apiVersion >= 68
      ? { locationsCovered: result.covered.map((line) => location(line, true)) }
      : {}),
    locationsNotCovered: options.coverageRace
      ? result.notCovered.map(() => ({}))
      : result.notCovered.map((line) => location(line, false)),
    name: result.name,
    namespace: null,
    numLocations: result.locations.length,
    numLocationsNotCovered: result.notCovered.length,
    type: result.type
  }
}

function soapRunTestResult(view: DeployView, options: RenderOptions): XmlObject {
  const failures = view.tests.filter((test) => test.failure)
  return {
    codeCoverage: view.coverage.map((result) => coverageEntry(result, options) as XmlObject),
    codeCoverageWarnings: view.coverageWarnings.map((w) => ({
      id: w.id,
      message: w.message,
      name: w.name,
      namespace: w.namespace
    })),
    failures: failures.map((test) => ({
      id: test.classId,
      message: test.failure?.message,
      methodName: test.methodName,
      name: test.className,
      namespace: null,
      packageName: test.className,
      stackTrace: test.failure?.stackTrace ?? null,
      time: dbl(test.timeMs),
      type: 'Class'
    })),
    flowCoverage: view.flowCoverage.map((entry) => flowCoverageWire(entry) as XmlObject),
    numFailures: failures.length,
    numTestsRun: view.tests.length,
    successes: view.tests
      .filter((test) => !test.failure)
      .map((test) => ({
        id: test.classId,
        methodName: test.methodName,
        name: test.className,
        namespace: null,
        time: dbl(test.timeMs)
      })),
    totalTime: dbl(view.totalTimeMs)
  }
}

/** The SOAP DeployResult object. */
export function soapDeployResult(view: DeployView, options: RenderOptions): XmlObject {
  const details: XmlObject = options.includeDetails
    ? {
        componentFailures: view.failures.map((msg) => soapMessage(msg, view.startedAt)),
        componentSuccesses: view.successes.map((msg) => soapMessage(msg, view.startedAt)),
        runTestResult: soapRunTestResult(view, options)
      }
    : {}
  return {
    ...options.extraFields,
    canceledBy: view.canceledBy,
    canceledByName: view.canceledByName,
    checkOnly: view.checkOnly,
    completedDate: view.completedDate === undefined ? undefined : soapDate(view.completedDate),
    createdBy: view.createdBy,
    createdByName: view.createdByName,
    createdDate: soapDate(view.createdDate),
    details,
    done: view.done,
    errorMessage: view.errorMessage,
    errorStatusCode: view.errorStatusCode,
    id: view.id,
    ignoreWarnings: view.ignoreWarnings,
    lastModifiedDate: soapDate(view.lastModifiedDate),
    numberComponentErrors: view.numberComponentErrors,
    numberComponentsDeployed: view.numberComponentsDeployed,
    numberComponentsTotal: view.numberComponentsTotal,
    numberFiles: options.numberFiles ? view.numberFiles : undefined,
    numberTestErrors: view.numberTestErrors,
    numberTestsCompleted: view.numberTestsCompleted,
    numberTestsTotal: view.numberTestsTotal,
    rollbackOnError: view.rollbackOnError,
    runTestsEnabled: view.runTestsEnabled,
    startDate: view.startDate === undefined ? undefined : soapDate(view.startDate),
    stateDetail: view.stateDetail,
    status: view.status,
    success: view.success
  }
}

function restMessage(msg: DeployMessage, startedAt: number): Record<string, unknown> {
  return {
    componentType: msg.componentType,
    fileName: msg.fileName,
    fullName: msg.fullName,
    id: msg.id ?? null,
    problem: msg.problem ?? null,
    success: msg.success,
    warning: msg.problemType === 'Warning',
    created: msg.created,
    changed: msg.changed,
    deleted: msg.deleted,
    lineNumber: msg.lineNumber ?? null,
    columnNumber: msg.columnNumber ?? null,
    requiresProductionTestRun: false,
    createdDate: restDate(startedAt + msg.atOffset),
    knownPackagingProblem: false,
    forPackageManifestFile: msg.manifest === true,
    problemType: msg.problemType ?? null
  }
}

function restRunTestResult(view: DeployView, options: RenderOptions): Record<string, unknown> {
  const soap = soapRunTestResult(view, options)
  const coverage = view.coverage.map((result) => ({
    ...coverageEntry(result, options),
    dmlInfo: [],
    methodInfo: [],
    soqlInfo: [],
    soslInfo: []
  }))
  return {
    successes: soap['successes'],
    failures: soap['failures'],
    totalTime: soap['totalTime'],
    apexLogId: null,
    flowCoverage: view.flowCoverage.map(flowCoverageWire),
    numFailures: soap['numFailures'],
    codeCoverage: coverage,
    codeCoverageWarnings: soap['codeCoverageWarnings'],
    flowCoverageWarnings: [],
    numTestsRun: soap['numTestsRun']
  }
}

/** The REST `deployResult` object. */
export function restDeployResult(
  view: DeployView,
  options: RenderOptions
): Record<string, unknown> {
  const date = (ms: number | undefined): string | null => (ms === undefined ? null : restDate(ms))
  const successes = view.successes.map((msg) => restMessage(msg, view.startedAt))
  const failures = view.failures.map((msg) => restMessage(msg, view.startedAt))
  const details = options.includeDetails
    ? {
        componentFailures: failures,
        componentSuccesses: successes,
        retrieveResult: null,
        allComponentMessages: [...successes, ...failures],
        runTestResult: restRunTestResult(view, options)
      }
    : null
  return {
    id: view.id,
    messages: null,
    retrieveResult: null,
    success: view.success,
    checkOnly: view.checkOnly,
    ignoreWarnings: view.ignoreWarnings,
    rollbackOnError: view.rollbackOnError,
    status: view.status,
    numberComponentsDeployed: view.numberComponentsDeployed,
    numberComponentsTotal: view.numberComponentsTotal,
    numberComponentErrors: view.numberComponentErrors,
    numberTestsCompleted: view.numberTestsCompleted,
    numberTestsTotal: view.numberTestsTotal,
    numberTestErrors: view.numberTestErrors,
    details,
    createdDate: date(view.createdDate),
    startDate: date(view.startDate),
    lastModifiedDate: date(view.lastModifiedDate),
    completedDate: date(view.completedDate),
    errorStatusCode: view.errorStatusCode ?? null,
    errorMessage: view.errorMessage ?? null,
    stateDetail: view.stateDetail ?? null,
    createdBy: view.createdBy,
    createdByName: view.createdByName,
    canceledBy: view.canceledBy ?? null,
    canceledByName: view.canceledByName ?? null,
    done: view.done,
    runTestsEnabled: view.runTestsEnabled,
    runTestResult: null,
    ...options.extraFields
  }
}

/** REST echo of the submitted options (every key present). */
export function restDeployOptions(options: DeployOptions): Record<string, unknown> {
  return {
    allowMissingFiles: options.allowMissingFiles,
    autoUpdatePackage: options.autoUpdatePackage,
    checkOnly: options.checkOnly,
    ignoreWarnings: options.ignoreWarnings,
    performRetrieve: options.performRetrieve,
    purgeOnDelete: options.purgeOnDelete,
    rollbackOnError: options.rollbackOnError,
    runTests: options.runTests.length > 0 ? options.runTests : null,
    singlePackage: options.singlePackage,
    testLevel: options.testLevel ?? null
  }
}
