/**
 * The normalised deploy result: one shape for SOAP, REST and Salesforce CLI JSON.
 * Everything past `metadata-api/normalize.ts` speaks this vocabulary and never sees a wire quirk
 * (string booleans, single-element arrays, `+0000` dates, nil vs omitted).
 */

/** Deploy statuses as the org reports them; unknown future values are kept verbatim. */
export type DeployStatus =
  | 'Pending'
  | 'InProgress'
  | 'Finalizing'
  | 'Canceling'
  | 'Succeeded'
  | 'SucceededPartial'
  | 'Failed'
  | 'Canceled'
  | 'FinalizingFailed'
  | (string & {})

/** Test levels accepted by DeployOptions.testLevel. */
export const TEST_LEVELS = [
  'NoTestRun',
  'RunSpecifiedTests',
  'RunLocalTests',
  'RunAllTestsInOrg',
  'RunRelevantTests'
] as const
export type TestLevel = (typeof TEST_LEVELS)[number]

/** Options sent with a deploy or validation (a subset of the WSDL's DeployOptions). */
export interface DeployOptions {
  checkOnly: boolean
  ignoreWarnings: boolean
  purgeOnDelete: boolean
  rollbackOnError: boolean
  singlePackage: boolean
  /** Omitted means the org default (no tests outside production). */
  testLevel?: TestLevel
  /** Test class names; only sent with RunSpecifiedTests. */
  runTests: string[]
}

/** One DeployMessage: a component success, failure or warning. */
export interface ComponentMessage {
  /** Metadata type, '' for manifests (package.xml, destructiveChanges.xml). */
  componentType: string
  /** API name, e.g. `Foo`, `Account.Foo__c`, `markup://c:myCmp`. */
  fullName: string
  /** Path inside the submitted zip, e.g. `classes/Foo.cls`, `objects/Account.object`, `lwc/bar`. */
  fileName: string
  success: boolean
  created: boolean
  changed: boolean
  deleted: boolean
  /** Error or warning text. */
  problem?: string
  problemType?: 'Error' | 'Warning' | 'Info'
  /** 1-based line, when the org located the problem (or parsed from `[Line: N, Col: M]`). */
  lineNumber?: number
  columnNumber?: number
  /** Record id of the component, when the org gave one. */
  id?: string
}

/** A passing or failing Apex test method. */
export interface TestResult {
  /** Test class name without namespace. */
  className: string
  namespace?: string
  /** Null for class-level failures (e.g. a failing @testSetup). */
  methodName?: string
  outcome: 'Pass' | 'Fail'
  /** Milliseconds. */
  timeMs: number
  message?: string
  stackTrace?: string
  /** Test class record id (01p...). */
  id?: string
  /** Set by the flaky-test retries (src/test-run/), e.g. `flaky: passed on retry 1`; never by the org. */
  retryNote?: string
  /** Set with `retryNote` when the test passed on a re-run: the failure that was retried. */
  flakyFailure?: string
}

/** Coverage of one Apex class or trigger. */
export interface CoverageResult {
  name: string
  namespace?: string
  type: 'Class' | 'Trigger'
  id?: string
  /** Executable lines; 0 means the class has no measurable lines (shown as n/a). */
  numLocations: number
  numLocationsNotCovered: number
  /** Uncovered line numbers (1-based), sorted. */
  linesNotCovered: number[]
  /** Covered line numbers; only known at API >= 68.0 (`locationsCovered`), otherwise undefined. */
  linesCovered?: number[]
}

/** A coverage enforcement message; `name` undefined marks the org-wide warning. */
export interface CoverageWarning {
  name?: string
  namespace?: string
  message: string
}

/** Coverage of one flow by the tests that ran (FlowCoverageResult). */
export interface FlowCoverage {
  flowName: string
  namespace?: string
  flowId?: string
  processType?: string
  numElements: number
  numElementsNotCovered: number
  /** Names of the elements no test reached. */
  elementsNotCovered: string[]
}

/** A flow coverage message of the org (FlowCoverageWarning). */
export interface FlowCoverageWarning {
  flowName?: string
  message: string
}

/** Results of the Apex tests run by a deploy. */
export interface TestRunResult {
  numTestsRun: number
  numFailures: number
  /** Milliseconds as the org reports it (not the sum of method times). */
  totalTimeMs: number
  tests: TestResult[]
  coverage: CoverageResult[]
  coverageWarnings: CoverageWarning[]
  /** Flows the tests exercised; omitted when the org reported none. */
  flowCoverage?: FlowCoverage[]
  flowCoverageWarnings?: FlowCoverageWarning[]
}

/**
 * An earlier deploy of a run that the org committed, when the run's reported deploy (the
 * zero-test guard's run again) did not: its components stay in the org whatever the later did.
 */
export interface KeptDeploy {
  deployId: string
  /** Components it deployed, deletions apart. */
  deployed: number
}

/** The normalised DeployResult. Counters are the org's; prefer details for displayed numbers. */
export interface DeployResult {
  id: string
  status: DeployStatus
  /** The terminal flag; completion is keyed off this, never off `status`. */
  done: boolean
  success: boolean
  checkOnly: boolean
  ignoreWarnings: boolean
  rollbackOnError: boolean
  runTestsEnabled: boolean
  createdBy?: string
  createdByName?: string
  createdDate?: Date
  startDate?: Date
  completedDate?: Date
  lastModifiedDate?: Date
  canceledBy?: string
  canceledByName?: string
  /** Free text of the current step while running; display only. */
  stateDetail?: string
  /** Deploy-level error (e.g. "No package.xml found" style failures); shown first. */
  errorMessage?: string
  errorStatusCode?: string
  numberComponentsTotal: number
  numberComponentsDeployed: number
  /** Counts failure messages, not components. */
  numberComponentErrors: number
  numberTestsTotal: number
  /** Passing tests, despite the wire name `numberTestsCompleted`. */
  numberTestsCompleted: number
  numberTestErrors: number
  /** Not in the WSDL; present on newer orgs. */
  numberFiles?: number
  /** Undefined when the call did not ask for details. */
  details?: DeployDetails
}

/** Component messages and test results; present only on includeDetails calls. */
export interface DeployDetails {
  componentSuccesses: ComponentMessage[]
  componentFailures: ComponentMessage[]
  /** Undefined when no runTestResult came back, or it was the empty placeholder. */
  runTestResult?: TestRunResult
}

/** Statuses after which nothing changes. */
export const TERMINAL_STATUSES: readonly string[] = [
  'Succeeded',
  'SucceededPartial',
  'Failed',
  'Canceled',
  'FinalizingFailed'
]

/** Succeeded with no component error: `success=true` beside component errors is not a pass. */
export function isCleanSuccess(
  result: Pick<DeployResult, 'status' | 'success' | 'numberComponentErrors'>
): boolean {
  return result.success && result.status === 'Succeeded' && result.numberComponentErrors === 0
}
