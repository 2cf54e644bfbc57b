import type { RunEnv } from '../shared/env.ts'
import type { DeployPackage, Outcome } from '../deploy/deploy-package.ts'
import type { DeployResult } from '../model/deploy-result.ts'
import type { PublishSettings } from '../github/publish-report.ts'
import { runContextOf } from '../github/run-context.ts'
import { buildReport, THRESHOLD_REASON } from '../report/report-model.ts'
import type { OutputName } from '../settings/inputs.ts'
import type { Report, ReportMode } from '../report/report-types.ts'
import type { BaseSettings, DeploySettings, Mode } from '../settings/settings.ts'
import { workspaceSourceLookups } from './package-builder.ts'
import type { RunVerdict } from './run-result.ts'

/** The deploy report of an outcome, ready for the publisher, and what it adds to the verdict. */
export interface OutcomeReport {
  report: Report
  publish: PublishSettings
  /** Failures beyond the org's (coverage threshold, zero-test guard), in the summary's words. */
  failures: string[]
  outputs: Partial<Record<OutputName, string>>
}

/**
 * Builds the report of an outcome (undefined when nothing reached the org, or for a mode with
 * its own summary). The report's `passed` is the run's one verdict.
 */
export async function outcomeReport(
  settings: BaseSettings & Partial<Pick<DeploySettings, 'delta' | 'deployOptions'>>,
  outcome: Outcome,
  env: RunEnv
): Promise<OutcomeReport | undefined> {
  const result = outcome.result ?? outcome.timedOut?.last
  const mode = reportModeOf(settings.mode)
  if (!result || !mode) return undefined
  const context = runContextOf(env)
  const report = await withLookups(settings, outcome, env, (lookups) =>
    reportOf(settings, mode, outcome, result, lookups, context?.blobBaseUrl)
  )
  return {
    report,
    publish: {
      resultsDir: settings.report.resultsDir,
      coverageFormats: settings.report.coverageFormats,
      uploadArtifact: settings.report.uploadArtifact,
      artifactName: settings.report.artifactName,
      checkRun: settings.report.checkRun,
      prComment: settings.report.prComment,
      ...(settings.report.githubToken ? { githubToken: settings.report.githubToken } : {}),
      workspace: settings.workspace,
      ...(context ? { github: context } : {})
    },
    // The zero-test guard's failures (src/test-run/) fail the run like a threshold miss.
    failures: [...thresholdFailures(report), ...(outcome.testCheck?.failures ?? [])],
    outputs: outcome.testCheck?.outputs ?? {}
  }
}

type SourceLookups = Pick<DeployPackage, 'resolveSource' | 'resolveApexSource'>

/**
 * The report rendered with the package's own look-ups, then, when a delta's (or a run without a
 * package) asked for a file the package does not hold, with the whole workspace's: a delta holds
 * only what changed, while the org reports coverage and errors for classes outside it. Building
 * the workspace costs a full build, so it is done only when the first rendering missed a file.
 */
async function withLookups(
  settings: BaseSettings & Partial<Pick<DeploySettings, 'delta'>>,
  outcome: Outcome,
  env: RunEnv,
  render: (lookups: SourceLookups | undefined) => Report
): Promise<Report> {
  const pkg = outcome.package
  if (pkg && !settings.delta) return render(pkg)
  let missed = false
  const first = render(noticingMisses(pkg, () => (missed = true)))
  if (!missed) return first
  const workspace = await workspaceSourceLookups(settings.workspace, env)
  if (!workspace) return first
  return render(
    pkg
      ? {
          resolveSource: (q) => pkg.resolveSource?.(q) ?? workspace.resolveSource?.(q),
          resolveApexSource: (type, name) =>
            pkg.resolveApexSource?.(type, name) ?? workspace.resolveApexSource?.(type, name)
        }
      : workspace
  )
}

/** The package's look-ups (none without a package), calling `onMiss` for each unanswered one. */
function noticingMisses(pkg: SourceLookups | undefined, onMiss: () => void): SourceLookups {
  const missing = <T>(found: T | undefined): T | undefined => {
    if (found === undefined) onMiss()
    return found
  }
  return {
    resolveSource: (q) => missing(pkg?.resolveSource?.(q)),
    resolveApexSource: (type, name) => missing(pkg?.resolveApexSource?.(type, name))
  }
}

const REPORT_MODES: readonly ReportMode[] = [
  'deploy',
  'validate',
  'quick-deploy',
  'report',
  'cancel'
]

function reportModeOf(mode: Mode): ReportMode | undefined {
  return REPORT_MODES.find((m) => m === mode)
}

function reportOf(
  settings: BaseSettings & Partial<Pick<DeploySettings, 'delta' | 'deployOptions'>>,
  mode: ReportMode,
  outcome: Outcome,
  result: DeployResult,
  lookups: SourceLookups | undefined,
  blobBaseUrl: string | undefined
): Report {
  return buildReport({
    result,
    mode,
    orgLabel: outcome.instanceUrl ? new URL(outcome.instanceUrl).host : '',
    instanceUrl: outcome.instanceUrl ?? '',
    apiVersion: outcome.apiVersion ?? '',
    ...(settings.report.coverageThreshold === undefined
      ? {}
      : { coverageThreshold: settings.report.coverageThreshold }),
    ...(outcome.validationId ? { validationId: outcome.validationId } : {}),
    notes: outcome.notes,
    ...(outcome.extraSections ? { extraSections: outcome.extraSections } : {}),
    ...(outcome.testCheck?.failures.length ? { extraFailures: outcome.testCheck.failures } : {}),
    ...(outcome.keptDeploy ? { keptDeploy: outcome.keptDeploy } : {}),
    ...(blobBaseUrl ? { blobBaseUrl } : {}),
    ...testLevelOf(settings, outcome),
    ...(lookups?.resolveSource ? { resolveSource: lookups.resolveSource } : {}),
    ...(lookups?.resolveApexSource ? { resolveApexSource: lookups.resolveApexSource } : {})
  })
}

/** The level the org received; the input's only when the run did not choose another. */
function testLevelOf(
  settings: BaseSettings & Partial<Pick<DeploySettings, 'delta' | 'deployOptions'>>,
  outcome: Outcome
): { testLevel?: string } {
  const level = outcome.testLevel ?? settings.deployOptions?.testLevel
  return level ? { testLevel: level } : {}
}

/** The threshold miss in the summary's own words (the report model words it once). */
function thresholdFailures(report: Report): string[] {
  const threshold = report.coverage.threshold
  if (!threshold?.evaluated || threshold.passed) return []
  return report.reasons.filter((r) => r.startsWith(THRESHOLD_REASON))
}

/**
 * A verdict with the deploy report's added: it passes only when both do (the report carries the
 * coverage threshold and the test guards), and a failure names the base's reason, then the
 * report's. Pure; operation and compile modes both judge this way.
 */
export function withReportVerdict(
  base: RunVerdict,
  report: Pick<OutcomeReport, 'report' | 'failures'> | undefined,
  fallbackMessage: string
): RunVerdict {
  const success = base.success && (report?.report.passed ?? true)
  if (success) return { success }
  const message = [base.success ? '' : base.message, ...(report?.failures ?? [])]
    .filter(Boolean)
    .join('\n')
  return { success, message: message || fallbackMessage }
}
