/**
 * The report model: one normalised view of a deploy that every renderer (summary, annotations,
 * JUnit, Cobertura, LCOV, JSON summary, PR comment, check run) reads, so the numbers agree.
 */
import type { DeployResult, KeptDeploy } from '../model/deploy-result.ts'

/** What the Action was asked to do. */
export type ReportMode = 'deploy' | 'validate' | 'quick-deploy' | 'report' | 'cancel'

/** Coarse outcome used for icons, wording and the check-run conclusion. */
export type ReportOutcome = 'succeeded' | 'partial' | 'failed' | 'canceled' | 'running'

/** Check-run conclusions we produce (GitHub sets `stale` itself). */
export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'cancelled' | 'timed_out'

/** Resolves a component message to the repository file that holds it. */
export type SourceResolver = (q: {
  fileName: string
  componentType: string
  fullName: string
  lineNumber?: number
}) => { path: string; line?: number } | undefined

/** Resolves an Apex class or trigger name to its repo-relative file, if it is in the repository. */
export type ApexSourceResolver = (type: 'Class' | 'Trigger', name: string) => string | undefined

/** The verdict block: what happened, where, and when. */
export interface Verdict {
  mode: ReportMode
  /** Human label: Deploy, Validation, Quick deploy, Report, Cancel. */
  operation: string
  outcome: ReportOutcome
  /** Raw org status, e.g. `SucceededPartial`. */
  status: string
  success: boolean
  done: boolean
  checkOnly: boolean
  deployId: string
  validationId?: string
  orgLabel: string
  apiVersion: string
  /** Deployment status page in Setup. */
  deployUrl: string
  createdDate?: Date
  startDate?: Date
  completedDate?: Date
  /** Start minus created, ms. */
  queuedMs?: number
  /** Completed minus start, ms. */
  runMs?: number
  /** For successful validations: completedDate + 10 days. */
  validationExpiresAt?: Date
  /** Cancel mode found the deploy already finished: nothing was canceled. */
  nothingCanceled?: boolean
  /** An earlier deploy of the run that the org kept, though this one rolled back. */
  keptDeploy?: KeptDeploy
}

/** One component error or warning, mapped to the repository when possible. */
export interface ComponentIssue {
  severity: 'error' | 'warning'
  componentType: string
  fullName: string
  /** Zip path as the org reported it. */
  fileName: string
  problem: string
  line?: number
  column?: number
  /** Repo-relative POSIX path, only when known to exist. */
  path?: string
  /** True for package.xml / destructiveChanges messages: no source file to point at. */
  manifest: boolean
}

/** State of a successfully processed component (the DeployMessage created/changed/deleted flags). */
export type ComponentState = 'Created' | 'Changed' | 'Unchanged' | 'Deleted'

/** A processed component, for counts and the collapsed list. */
export interface ComponentRow {
  componentType: string
  fullName: string
  fileName: string
  state: ComponentState
}

/** Component section of the report. */
export interface ComponentSection {
  errors: ComponentIssue[]
  warnings: ComponentIssue[]
  successes: ComponentRow[]
  deleted: ComponentRow[]
  /** Components in the deploy, deletions excluded (src/model/component-counts.ts). */
  total: number
  deployed: number
  /** Members of the destructive manifests the org reported on. */
  deletions: number
  byState: Record<ComponentState, number>
  /** `ApexClass` → count, sorted by type name. */
  byType: [string, number][]
}

/** One test method (pass or fail). */
export interface TestRow {
  className: string
  namespace?: string
  /** `ns.Class` or `Class`. */
  qualifiedClass: string
  /** Undefined for class-level failures. */
  methodName?: string
  outcome: 'Pass' | 'Fail'
  timeMs: number
  message?: string
  stackTrace?: string
  /** Text before the first `:` when it looks like an exception name. */
  exceptionType?: string
  /** Test class file, when in the repository. */
  path?: string
  /** Annotation location from the stack trace. */
  location?: { path: string; line: number; column?: number }
  /** What the flaky-test retries found (`flaky: passed on retry 1`). */
  retryNote?: string
  /** Passing rows only: the failure a re-run outgrew, for JUnit's `<flakyFailure>`. */
  flakyFailure?: string
}

/** Test section of the report. */
export interface TestSection {
  /** True when a test run result with tests came back. */
  ran: boolean
  total: number
  passed: number
  failed: number
  totalTimeMs: number
  failures: TestRow[]
  passes: TestRow[]
  /** Top 10 by time, all outcomes. */
  slowest: TestRow[]
}

/** Coverage of one class or trigger. */
export interface CoverageEntry {
  name: string
  namespace?: string
  type: 'Class' | 'Trigger'
  /** Repo path, or undefined for "not in repository". */
  path?: string
  numLocations: number
  covered: number
  /** Percent, undefined when numLocations is 0 (n/a). */
  percent?: number
  linesNotCovered: number[]
  /** Only from `locationsCovered` (API >= 68). */
  linesCovered?: number[]
  /** Whether this class or trigger was part of the deployed components. */
  deployed: boolean
  belowThreshold: boolean
}

/** Coverage threshold evaluation. */
export interface ThresholdResult {
  threshold: number
  evaluated: boolean
  passed: boolean
  /** Aggregate below the threshold. */
  aggregateBelow: boolean
  /** Deployed classes and triggers below the threshold. */
  classesBelow: CoverageEntry[]
  /** Why it was not evaluated, when it was not. */
  reason?: string
}

/** Coverage section of the report. */
export interface CoverageSection {
  /** Sorted worst first; n/a entries last. */
  entries: CoverageEntry[]
  /** Over entries with numLocations > 0: "coverage of the classes reported by this run". */
  aggregate?: { covered: number; total: number; percent: number }
  /** Org-wide percent parsed from the org-wide warning text, a hint only. */
  orgWidePercentHint?: number
  warnings: { name?: string; namespace?: string; message: string }[]
  /** True when every entry carries `linesCovered`. */
  exactLines: boolean
  threshold?: ThresholdResult
}

/** The whole report. */
export interface Report {
  verdict: Verdict
  /** Deploy-level error, shown first. */
  deployError?: { statusCode?: string; message: string }
  /** Failure explanation in order: org error, components, tests, coverage, one line each, plain text. */
  reasons: string[]
  components: ComponentSection
  tests: TestSection
  coverage: CoverageSection
  notes: string[]
  /** Markdown sections rendered as they are after the explanation; each keeps its own budget. */
  extraSections?: string[]
  /** Base for file links, e.g. `https://github.com/o/r/blob/<sha>`; plain paths when absent. */
  blobBaseUrl?: string
  /** Test level sent with the deploy, when known. */
  testLevel?: string
  conclusion: CheckConclusion
  /** False when the deploy failed or the coverage threshold was missed. */
  passed: boolean
  /** The input result, for the raw JSON file. */
  result: DeployResult
}
