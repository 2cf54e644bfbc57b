/**
 * Wire shapes of the Metadata API as they arrive, before normalisation: SOAP leaves are text,
 * REST leaves are JSON values or explicit nulls, CLI JSON mixes both. Every field is optional and
 * any repeated field may be one item or many.
 */
/** An element the SOAP parser read with `xsi:nil="true"` and no content. */
export interface Nil {
  '@_nil'?: string
}
export type Leaf = string | number | boolean | null | Nil | undefined
export type Many<T> = T | T[] | null | undefined

export interface DeployMessage {
  changed?: Leaf
  columnNumber?: Leaf
  componentType?: Leaf
  created?: Leaf
  deleted?: Leaf
  fileName?: Leaf
  fullName?: Leaf
  id?: Leaf
  lineNumber?: Leaf
  problem?: Leaf
  problemType?: Leaf
  success?: Leaf
}

export interface CodeLocation {
  line?: Leaf
}

export interface CodeCoverageResult {
  id?: Leaf
  name?: Leaf
  namespace?: Leaf
  type?: Leaf
  numLocations?: Leaf
  numLocationsNotCovered?: Leaf
  locationsNotCovered?: Many<CodeLocation>
  locationsCovered?: Many<CodeLocation>
}

export interface CodeCoverageWarning {
  id?: Leaf
  message?: Leaf
  name?: Leaf
  namespace?: Leaf
}

/** FlowCoverageResult of the RunTestsResult. */
export interface FlowCoverageResult {
  elementsNotCovered?: Many<Leaf>
  flowId?: Leaf
  flowName?: Leaf
  flowNamespace?: Leaf
  numElements?: Leaf
  numElementsNotCovered?: Leaf
  processType?: Leaf
}

/** FlowCoverageWarning of the RunTestsResult. */
export interface FlowCoverageWarning {
  flowId?: Leaf
  flowName?: Leaf
  flowNamespace?: Leaf
  message?: Leaf
}

export interface RunTestOutcome {
  id?: Leaf
  message?: Leaf
  methodName?: Leaf
  name?: Leaf
  namespace?: Leaf
  stackTrace?: Leaf
  time?: Leaf
}

export interface RunTestsResult {
  codeCoverage?: Many<CodeCoverageResult>
  codeCoverageWarnings?: Many<CodeCoverageWarning>
  failures?: Many<RunTestOutcome>
  successes?: Many<RunTestOutcome>
  flowCoverage?: Many<FlowCoverageResult>
  flowCoverageWarnings?: Many<FlowCoverageWarning>
  numFailures?: Leaf
  numTestsRun?: Leaf
  totalTime?: Leaf
}

export interface DeployDetails {
  componentFailures?: Many<DeployMessage>
  componentSuccesses?: Many<DeployMessage>
  runTestResult?: RunTestsResult | null
}

export interface DeployResult {
  [unknownField: string]: unknown
  id?: Leaf
  status?: Leaf
  done?: Leaf
  success?: Leaf
  checkOnly?: Leaf
  ignoreWarnings?: Leaf
  rollbackOnError?: Leaf
  runTestsEnabled?: Leaf
  createdBy?: Leaf
  createdByName?: Leaf
  createdDate?: Leaf
  startDate?: Leaf
  completedDate?: Leaf
  lastModifiedDate?: Leaf
  canceledBy?: Leaf
  canceledByName?: Leaf
  stateDetail?: Leaf
  errorMessage?: Leaf
  errorStatusCode?: Leaf
  numberComponentsTotal?: Leaf
  numberComponentsDeployed?: Leaf
  numberComponentErrors?: Leaf
  numberTestsTotal?: Leaf
  numberTestsCompleted?: Leaf
  numberTestErrors?: Leaf
  numberFiles?: Leaf
  details?: DeployDetails | '' | null
}

/** Element names that repeat in Metadata API responses; the SOAP parser always makes them arrays. */
export const ARRAY_ELEMENTS: ReadonlySet<string> = new Set([
  'componentFailures',
  'componentSuccesses',
  'allComponentMessages',
  'codeCoverage',
  'codeCoverageWarnings',
  'failures',
  'successes',
  'flowCoverage',
  'flowCoverageWarnings',
  'locationsNotCovered',
  'locationsCovered',
  'dmlInfo',
  'methodInfo',
  'soqlInfo',
  'soslInfo',
  'elementsNotCovered',
  'runTests',
  'fileProperties',
  'messages'
])
