/**
 * Neutral (transport-free) model of deploys: options, messages, test and coverage results. The SOAP
 * and REST renderers turn it into the wire shapes.
 */
import type { ComponentRef } from '../org/component-index.ts'

/** Test levels of the Metadata API (see README.md, Apex rules). */
export const TEST_LEVELS = [
  'NoTestRun',
  'RunSpecifiedTests',
  'RunLocalTests',
  'RunAllTestsInOrg',
  'RunRelevantTests'
] as const
/** A test level. */
export type TestLevel = (typeof TEST_LEVELS)[number]

/** DeployOptions with the Metadata API defaults applied. */
export interface DeployOptions {
  allowMissingFiles: boolean
  autoUpdatePackage: boolean
  checkOnly: boolean
  ignoreWarnings: boolean
  performRetrieve: boolean
  purgeOnDelete: boolean
  rollbackOnError: boolean
  runTests: string[]
  singlePackage: boolean
  testLevel: TestLevel | undefined
}

/** Builds options from loosely typed input (SOAP text values or REST JSON). */
export function toDeployOptions(raw: Record<string, unknown>): DeployOptions {
  const bool = (key: string, fallback: boolean): boolean => {
    const value = raw[key]
    if (typeof value === 'boolean') return value
    if (typeof value === 'string' && value !== '') return value.toLowerCase() === 'true'
    return fallback
  }
  const runTests = raw['runTests']
  const level = raw['testLevel']
  return {
    allowMissingFiles: bool('allowMissingFiles', false),
    autoUpdatePackage: bool('autoUpdatePackage', false),
    checkOnly: bool('checkOnly', false),
    ignoreWarnings: bool('ignoreWarnings', false),
    performRetrieve: bool('performRetrieve', false),
    purgeOnDelete: bool('purgeOnDelete', false),
    rollbackOnError: bool('rollbackOnError', true),
    runTests: (Array.isArray(runTests)
      ? runTests
      : typeof runTests === 'string'
        ? [runTests]
        : []
    ).filter((name): name is string => typeof name === 'string' && name !== ''),
    singlePackage: bool('singlePackage', false),
    testLevel: typeof level === 'string' && level !== '' ? (level as TestLevel) : undefined
  }
}

/** Final and intermediate statuses of a deploy. */
export type DeployStatus =
  | 'Pending'
  | 'InProgress'
  | 'Finalizing'
  | 'Canceling'
  | 'Succeeded'
  | 'SucceededPartial'
  | 'Failed'
  | 'Canceled'

/** A DeployMessage with the time offset (from start) at which the org produced it. */
export interface DeployMessage {
  changed: boolean
  columnNumber?: number
  componentType: string
  created: boolean
  deleted: boolean
  fileName: string
  fullName: string
  id?: string
  lineNumber?: number
  problem?: string
  problemType?: 'Error' | 'Warning' | 'Info'
  success: boolean
  /** REST `forPackageManifestFile`. */
  manifest?: boolean
  /** ms after the deploy started. */
  atOffset: number
}

/** A test method outcome (RunTestSuccess or RunTestFailure). */
export interface TestOutcome {
  classId: string
  className: string
  methodName: string
  timeMs: number
  /** ms after the test phase started at which the method finished. */
  endOffset: number
  failure?: { message: string; stackTrace: string }
}

/** Coverage of one class or trigger (CodeCoverageResult). */
export interface CoverageResult {
  id: string
  name: string
  type: 'Class' | 'Trigger'
  locations: number[]
  notCovered: number[]
  covered: number[]
}

/** A coverage warning (CodeCoverageWarning). */
export interface CoverageWarning {
  id: string
  message: string
  name: string | null
  namespace: string | null
}

/** A component write or delete the deploy commits on success. */
export interface PlannedWrite extends ComponentRef {
  mainFile: string
  isFolder: boolean
  id: string
  files: Map<string, Buffer>
  /** Component had a failure: skipped on a SucceededPartial commit. */
  failed: boolean
  /** Set when only child components were named: merge these into the org's parent file. */
  childrenOnly?: ComponentRef[]
}
