/** Builds the one report model every renderer reads (docs/reports.md). */
import { QUICK_DEPLOY_WINDOW_MS } from '../model/quick-deploy-window.ts'
import { isCleanSuccess, type DeployResult } from '../model/deploy-result.ts'
import { buildComponentSection } from './report-components.ts'
import { buildCoverageSection } from './report-coverage.ts'
import { buildTestSection, testName } from './report-tests.ts'
import { plural } from '../shared/plural.ts'
import type {
  ApexSourceResolver,
  CheckConclusion,
  ComponentSection,
  CoverageSection,
  Report,
  ReportMode,
  ReportOutcome,
  SourceResolver,
  TestSection,
  Verdict
} from './report-types.ts'

export type * from './report-types.ts'

/** Everything the report needs; built by the orchestrator after the final detailed status call. */
export interface ReportInput {
  /** Final result with details. */
  result: DeployResult
  mode: ReportMode
  /** Host of the instance, e.g. acme.my.salesforce.com. */
  orgLabel: string
  /** Instance URL, for the deployment status page link. */
  instanceUrl: string
  apiVersion: string
  /** Percent, e.g. 75: fail when the aggregate or a deployed class is below it. */
  coverageThreshold?: number
  /** Quick deploy: the validation that was used. */
  validationId?: string
  /** Extra lines for the summary, e.g. "switched to REST". */
  notes?: string[]
  /** Markdown sections shown after the failure explanation (e.g. what the deploy changes). */
  extraSections?: string[]
  /** Reasons beyond the org's and the threshold's that fail the run (the zero-test guard). */
  extraFailures?: string[]
  /** An earlier deploy of the run that the org kept (the zero-test guard's first run). */
  keptDeploy?: Verdict['keptDeploy']
  /** Accept SucceededPartial: check-run conclusion `neutral` instead of `failure`. */
  acceptPartial?: boolean
  /** Test level sent with the deploy, shown in the verdict. */
  testLevel?: string
  /** Base for file links, e.g. `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/blob/${sha}`. */
  blobBaseUrl?: string
  resolveSource?: SourceResolver
  resolveApexSource?: ApexSourceResolver
}

/** Builds the report from the normalised result and the build's source map. */
export function buildReport(input: ReportInput): Report {
  const { result } = input
  const components = buildComponentSection(result, input)
  const tests = buildTestSection(result, input.resolveApexSource)
  const coverage = buildCoverageSection(result, input.resolveApexSource, input.coverageThreshold)
  const verdict = buildVerdict(input)
  const thresholdFailed = coverage.threshold?.passed === false
  const extraFailed = (input.extraFailures?.length ?? 0) > 0
  // Cancel mode passes when the deploy was canceled; every other mode when the org committed it.
  const deployPassed =
    input.mode === 'cancel'
      ? verdict.outcome === 'canceled'
      : verdict.outcome === 'succeeded' ||
        (verdict.outcome === 'partial' && input.acceptPartial === true)
  const notes = [...(input.notes ?? []), ...thresholdNotes(coverage)]
  return {
    verdict,
    ...(result.errorMessage
      ? {
          deployError: {
            ...(result.errorStatusCode ? { statusCode: result.errorStatusCode } : {}),
            message: result.errorMessage
          }
        }
      : {}),
    reasons: [
      ...explainFailure(result, verdict, components, tests, coverage),
      ...thresholdReasons(coverage),
      ...(input.extraFailures ?? [])
    ],
    components,
    tests,
    coverage,
    notes,
    ...(input.extraSections ? { extraSections: input.extraSections } : {}),
    ...(input.blobBaseUrl ? { blobBaseUrl: input.blobBaseUrl } : {}),
    ...(input.testLevel ? { testLevel: input.testLevel } : {}),
    conclusion: verdict.nothingCanceled
      ? 'failure'
      : (thresholdFailed || extraFailed) && deployPassed
        ? 'failure'
        : conclusionOf(verdict.outcome, input.acceptPartial === true),
    passed: deployPassed && !thresholdFailed && !extraFailed,
    result
  }
}

/** `{instanceUrl}/lightning/setup/DeployStatus/page?address=…asyncId={id}&retURL=…`, as the CLI emits it. */
export function deployStatusUrl(instanceUrl: string, id: string): string {
  const base = instanceUrl.replace(/\/+$/, '')
  return `${base}/lightning/setup/DeployStatus/page?address=%2Fchangemgmt%2FmonitorDeploymentsDetails.apexp%3FasyncId%3D${encodeURIComponent(id)}%26retURL%3D%252Fchangemgmt%252FmonitorDeployment.apexp`
}

/** Maps the org status to our coarse outcome; `done` decides completion, never `status`. */
export function outcomeOf(
  result: Pick<DeployResult, 'done' | 'status' | 'success' | 'numberComponentErrors'>
): ReportOutcome {
  if (!result.done) return 'running'
  if (result.status === 'Canceled') return 'canceled'
  if (result.status === 'SucceededPartial') return 'partial'
  return isCleanSuccess(result) ? 'succeeded' : 'failed'
}

/** Whether the org kept what it was sent (a failed or canceled deploy is rolled back). */
export function committed(verdict: Pick<Verdict, 'outcome'>): boolean {
  return verdict.outcome === 'succeeded' || verdict.outcome === 'partial'
}

/** Check-run conclusion of an outcome (docs/reports.md). */
export function conclusionOf(outcome: ReportOutcome, acceptPartial: boolean): CheckConclusion {
  switch (outcome) {
    case 'succeeded':
      return 'success'
    case 'partial':
      return acceptPartial ? 'neutral' : 'failure'
    case 'canceled':
      return 'cancelled'
    case 'running':
      return 'timed_out'
    default:
      return 'failure'
  }
}

const OPERATIONS: Record<ReportMode, string> = {
  deploy: 'Deploy',
  validate: 'Validation',
  'quick-deploy': 'Quick deploy',
  report: 'Deploy',
  cancel: 'Deploy'
}

function buildVerdict(input: ReportInput): Verdict {
  const { result } = input
  const outcome = outcomeOf(result)
  // A report on (or cancel of) a validation by id is still about a validation.
  const byId = input.mode === 'report' || input.mode === 'cancel'
  const operation = byId && result.checkOnly ? 'Validation' : OPERATIONS[input.mode]
  const expires =
    result.checkOnly && outcome === 'succeeded' && result.completedDate
      ? new Date(result.completedDate.getTime() + QUICK_DEPLOY_WINDOW_MS)
      : undefined
  return {
    mode: input.mode,
    operation,
    outcome,
    status: result.status,
    success: result.success,
    done: result.done,
    checkOnly: result.checkOnly,
    deployId: result.id,
    ...(input.validationId ? { validationId: input.validationId } : {}),
    orgLabel: input.orgLabel,
    apiVersion: input.apiVersion,
    deployUrl: deployStatusUrl(input.instanceUrl, result.id),
    ...(result.createdDate ? { createdDate: result.createdDate } : {}),
    ...(result.startDate ? { startDate: result.startDate } : {}),
    ...(result.completedDate ? { completedDate: result.completedDate } : {}),
    ...msBetween('queuedMs', result.createdDate, result.startDate),
    ...msBetween('runMs', result.startDate, result.completedDate),
    ...(expires ? { validationExpiresAt: expires } : {}),
    ...(input.mode === 'cancel' && outcome !== 'canceled' && outcome !== 'running'
      ? { nothingCanceled: true }
      : {}),
    ...(input.keptDeploy && !committed({ outcome }) ? { keptDeploy: input.keptDeploy } : {})
  }
}

function msBetween<K extends string>(key: K, from?: Date, to?: Date): Partial<Record<K, number>> {
  if (!from || !to) return {}
  return { [key]: Math.max(0, to.getTime() - from.getTime()) } as Partial<Record<K, number>>
}

/** The failure explanation in order: org error, components, tests, coverage; empty when nothing failed. */
function explainFailure(
  result: DeployResult,
  verdict: Verdict,
  components: ComponentSection,
  tests: TestSection,
  coverage: CoverageSection
): string[] {
  if (verdict.outcome === 'succeeded') return []
  if (verdict.outcome === 'running') {
    return [
      `The deploy is still running in the org (status ${result.status}). Report on it later by id ${result.id}.`
    ]
  }
  if (verdict.outcome === 'canceled') {
    return [
      `The deploy was canceled${result.canceledByName ? ` by ${result.canceledByName}` : ''}.`
    ]
  }
  const reasons: string[] = []
  if (result.errorMessage)
    reasons.push(
      `Deploy error${result.errorStatusCode ? ` ${result.errorStatusCode}` : ''}: ${result.errorMessage}`
    )
  if (components.errors.length > 0)
    reasons.push(`${plural(components.errors.length, 'component error')}.`)
  if (tests.failed > 0) {
    const first = tests.failures[0]
    reasons.push(
      `${plural(tests.failed, 'test failure')}${first ? `, first: ${testName(first)}` : ''}.`
    )
  }
  if (coverage.warnings.length > 0) reasons.push('Code coverage below the required level.')
  if (components.warnings.length > 0 && !result.ignoreWarnings && result.status === 'Failed') {
    reasons.push(
      `${plural(components.warnings.length, 'component warning')} failed the deploy because ignoreWarnings is false.`
    )
  }
  if (reasons.length === 0) {
    reasons.push(
      `Salesforce reported ${result.status} without details (success=${String(result.success)}, done=${String(result.done)}, component errors ${result.numberComponentErrors}, test errors ${result.numberTestErrors}).`
    )
  }
  return reasons
}

/** How a missed coverage-threshold is worded, in the summary and the step error alike. */
export const THRESHOLD_REASON = 'Coverage below the configured threshold of'

/** Lists what missed the configured threshold (the org's own warnings are explained above). */
function thresholdReasons(coverage: CoverageSection): string[] {
  const t = coverage.threshold
  if (!t || t.passed) return []
  const parts: string[] = []
  if (t.aggregateBelow && coverage.aggregate)
    parts.push(`aggregate ${coverage.aggregate.percent} %`)
  const names = t.classesBelow.map((e) => `${e.name} ${e.percent ?? 0} %`)
  if (names.length > 0)
    parts.push(
      `deployed classes and triggers below it (${names.length}): ${names.slice(0, 20).join(', ')}${names.length > 20 ? ', …' : ''}`
    )
  return [`${THRESHOLD_REASON} ${t.threshold} %: ${parts.join('; ')}.`]
}

function thresholdNotes(coverage: CoverageSection): string[] {
  const t = coverage.threshold
  if (!t || t.evaluated) return []
  return [`Coverage threshold ${t.threshold} % not evaluated: ${t.reason ?? 'no data'}.`]
}

export { plural }
