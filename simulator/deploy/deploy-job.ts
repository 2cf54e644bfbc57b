/**
 * A deploy job and its view at a given moment: the status, counters and details the org reports
 * while the job is Pending, InProgress (components, then tests), Finalizing, Canceling, or done.
 */
import type { FlowCoverageEntry } from '../apex/flow-coverage.ts'
import { to15 } from '../core/ids.ts'
import type { OrgUser } from '../org/org-state.ts'
import type {
  CoverageResult,
  CoverageWarning,
  DeployMessage,
  DeployOptions,
  DeployStatus,
  TestOutcome
} from './deploy-model.ts'
import type { DeployPlan } from './plan-deploy.ts'

/** A submitted deploy, validation or quick deploy. */
export interface DeployJob {
  id: string
  transport: 'soap' | 'rest'
  apiVersion: string
  createdAt: number
  createdBy: OrgUser
  options: DeployOptions
  files: Map<string, Buffer>
  /** Entries of the uploaded zip, folder entries included (`numberFiles`); else files.size. */
  zipEntries?: number
  packageXml: string | undefined
  /** For quick deploys: the validation they deploy. */
  validatedDeployRequestId?: string
  plan?: DeployPlan
  startedAt?: number
  /** Length of the finalizing stage (0 = none), fixed when the job starts. */
  finalizingMs: number
  finalizingStatus: string
  cancelRequestedAt?: number
  canceledBy?: OrgUser
  completedAt?: number
  finalStatus?: DeployStatus
  /** Set on a validation once a quick deploy consumed it. */
  quickDeployedAs?: string
}

/** Everything a status call reports, transport-neutral. */
export interface DeployView {
  id: string
  checkOnly: boolean
  createdBy: string
  createdByName: string
  createdDate: number
  lastModifiedDate: number
  startDate?: number
  completedDate?: number
  stateDetail?: string
  canceledBy?: string
  canceledByName?: string
  errorMessage?: string
  errorStatusCode?: string
  done: boolean
  status: string
  success: boolean
  ignoreWarnings: boolean
  rollbackOnError: boolean
  runTestsEnabled: boolean
  numberComponentErrors: number
  numberComponentsDeployed: number
  numberComponentsTotal: number
  numberFiles: number
  numberTestErrors: number
  numberTestsCompleted: number
  numberTestsTotal: number
  successes: DeployMessage[]
  failures: DeployMessage[]
  tests: TestOutcome[]
  totalTimeMs: number
  coverage: CoverageResult[]
  coverageWarnings: CoverageWarning[]
  /** FlowCoverageResult entries of the tests that ran. */
  flowCoverage: FlowCoverageEntry[]
  /** Absolute time of each message / test, for dates. */
  startedAt: number
}

/** When the job ends if nobody cancels it. */
export function naturalEnd(job: DeployJob): number | undefined {
  if (job.startedAt === undefined || !job.plan) return undefined
  return job.startedAt + job.plan.componentPhaseMs + job.plan.testPhaseMs + job.finalizingMs
}

function statusAt(job: DeployJob, t: number, elapsed: number): string {
  if (job.completedAt !== undefined && t >= job.completedAt) return job.finalStatus ?? 'Failed'
  if (job.startedAt === undefined || t < job.startedAt) return 'Pending'
  if (job.cancelRequestedAt !== undefined && t >= job.cancelRequestedAt) return 'Canceling'
  const plan = job.plan
  if (plan && job.finalizingMs > 0 && elapsed >= plan.componentPhaseMs + plan.testPhaseMs)
    return job.finalizingStatus
  return 'InProgress'
}

/** The job as a status call at time `t` sees it. */
export function viewAt(job: DeployJob, t: number): DeployView {
  const plan = job.plan
  const started = job.startedAt !== undefined && t >= job.startedAt && plan !== undefined
  const until = Math.min(t, job.completedAt ?? t)
  const elapsed = started ? until - (job.startedAt as number) : 0
  const status = statusAt(job, t, elapsed)
  const done = job.completedAt !== undefined && t >= job.completedAt
  const analysis = plan?.analysis
  const revealed = (msg: DeployMessage): boolean => started && msg.atOffset <= elapsed
  // While the deploy runs, details carry only componentFailures; successes come at the end.
  const successes = done && started ? (analysis?.successes ?? []) : []
  const failures = started
    ? [...(analysis?.fatal ?? []), ...(analysis?.failures ?? [])].filter(revealed)
    : []
  const componentMs = plan?.componentPhaseMs ?? 0
  const testElapsed = elapsed - componentMs
  const inTests = started && testElapsed >= 0
  const tests = inTests
    ? (plan?.tests.tests ?? []).filter((test) => test.endOffset <= testElapsed)
    : []
  const testsFinished = done || (inTests && testElapsed >= (plan?.testPhaseMs ?? 0))
  // Counts add up the way a real org reports them (sfcli-deploy-component-failure.json: one class
  // with two errors is total 2, deployed 0, errors 2): a failed component is never deployed, each
  // error message counts once, and deployed + errors reaches the total when the deploy is done.
  const good = (analysis?.componentsTotal ?? 0) - (analysis?.failedComponents ?? 0)
  const total = good + (analysis?.failures.length ?? 0)
  const progress = componentMs === 0 ? 1 : Math.min(1, elapsed / componentMs)
  const canceled = status === 'Canceled'
  const outcome = plan?.outcome
  const lastEvent = Math.max(
    job.createdAt,
    job.startedAt ?? 0,
    job.cancelRequestedAt ?? 0,
    ...(done ? [job.completedAt as number] : [])
  )
  const nextTest =
    inTests && !testsFinished
      ? plan?.tests.tests.find((test) => test.endOffset > testElapsed)
      : undefined
  const view: DeployView = {
    id: job.id,
    checkOnly: job.options.checkOnly,
    createdBy: to15(job.createdBy.id),
    createdByName: job.createdBy.name,
    createdDate: job.createdAt,
    lastModifiedDate: lastEvent,
    done,
    status,
    success: done && !canceled && (outcome?.success ?? false),
    ignoreWarnings: job.options.ignoreWarnings,
    rollbackOnError: job.options.rollbackOnError,
    runTestsEnabled: plan?.tests.runTestsEnabled ?? false,
    numberComponentErrors: failures.filter((msg) => !(analysis?.fatal ?? []).includes(msg)).length,
    numberComponentsDeployed:
      done && !canceled && outcome?.status !== 'Failed' ? good : Math.floor(progress * good),
    numberComponentsTotal: started ? total : 0,
    numberFiles: job.zipEntries ?? job.files.size,
    numberTestErrors: tests.filter((test) => test.failure).length,
    numberTestsCompleted: tests.filter((test) => !test.failure).length,
    numberTestsTotal: inTests ? (plan?.tests.tests.length ?? 0) : 0,
    successes,
    failures,
    tests,
    totalTimeMs: testsFinished ? (plan?.tests.totalTimeMs ?? 0) : 0,
    coverage: testsFinished && !canceled ? (plan?.tests.coverage ?? []) : [],
    coverageWarnings: testsFinished && !canceled ? (plan?.tests.warnings ?? []) : [],
    flowCoverage: testsFinished && !canceled ? (plan?.tests.flowCoverage ?? []) : [],
    startedAt: job.startedAt ?? job.createdAt
  }
  if (started) view.startDate = job.startedAt as number
  if (done) view.completedDate = job.completedAt as number
  if (nextTest && status === 'InProgress')
    view.stateDetail = `Running Test: ${nextTest.className}.${nextTest.methodName}`
  if (status === job.finalizingStatus && !done) view.stateDetail = 'Finalizing deployment'
  if (canceled && job.canceledBy) {
    view.canceledBy = to15(job.canceledBy.id)
    view.canceledByName = job.canceledBy.name
  }
  if (done && !canceled && outcome?.errorMessage) {
    view.errorMessage = outcome.errorMessage
    if (outcome.errorStatusCode) view.errorStatusCode = outcome.errorStatusCode
  }
  return view
}
