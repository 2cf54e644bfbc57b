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
  const lookups = await lookupsFor(settings, outcome, env)
  const report = reportOf(settings, mode, outcome, result, lookups, context?.blobBaseUrl)
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
 * The package's own look-ups, then the whole workspace's: a delta holds only what changed, while
 * the org reports coverage and errors for classes outside it that are in the repository too.
 */
async function lookupsFor(
  settings: BaseSettings & Partial<Pick<DeploySettings, 'delta' | 'deployOptions'>>,
  outcome: Outcome,
  env: RunEnv
): Promise<SourceLookups | undefined> {
  const pkg = outcome.package
  if (pkg && !settings.delta) return pkg
  const workspace = await workspaceSourceLookups(settings.workspace, env)
  if (!pkg || !workspace) return pkg ?? workspace
  return {
    resolveSource: (q) => pkg.resolveSource?.(q) ?? workspace.resolveSource?.(q),
    resolveApexSource: (type, name) =>
      pkg.resolveApexSource?.(type, name) ?? workspace.resolveApexSource?.(type, name)
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
