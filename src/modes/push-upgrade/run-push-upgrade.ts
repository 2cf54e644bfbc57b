/**
 * Push-upgrade mode: signs in, wires the REST push client, runs the orchestrator, writes the CSV
 * files, and returns the run's result (summary, outputs, artifact, verdict) for the publisher.
 */
import path from 'node:path'
import { nodeFileSystem, resolveResultsDir } from '../../github/report-files.ts'
import { toFailuresCsv, toSelectionCsv } from './push-csv.ts'
import { renderPushSummary, type PushReportFiles } from './push-summary.ts'
import { connectForRun } from '../../runner/connect.ts'
import { STATE } from '../../runner/state.ts'
import { createSalesforceRest } from '../../salesforce-rest/rest-client.ts'
import type { OutputName } from '../../settings/inputs.ts'
import type { PushModeSettings } from '../../settings/settings.ts'
import { ActionError, describeError } from '../../shared/errors.ts'
import { failedOrgRows } from '../../push-upgrade/group-failures.ts'
import { orgKey15, STATUS_LABEL } from '../../push-upgrade/normalize.ts'
import { createPushClient } from '../../push-upgrade/push-client.ts'
import { notEndedCount } from '../../push-upgrade/push-finished.ts'
import type { PushOutcome } from '../../push-upgrade/push-outcome.ts'
import { pushUpgrade } from '../../push-upgrade/push-upgrade.ts'
import { decidePushVerdict } from './push-verdict.ts'
import { MIN_PUSH_API_VERSION } from './push-mode-settings.ts'
import type { RunDeps } from '../../runner/run-deps.ts'
import { ResultParts, withParts, type RunResult } from '../../runner/run-result.ts'
import type { Logger } from '../../shared/logger.ts'

/** Report file names inside results-dir. */
export const PUSH_FILE_NAMES = {
  failures: 'push-failures.csv',
  selection: 'push-selection.csv',
  summary: 'push-summary.md'
} as const

/** Runs push-upgrade mode. Throws only for broken calls; org failures are in its verdict. */
export async function runPushUpgrade(
  settings: PushModeSettings,
  deps: RunDeps
): Promise<RunResult> {
  const push = settings.push
  const session = await connectForRun(settings, deps, 'rest')
  if (Number(session.apiVersion) < MIN_PUSH_API_VERSION) {
    throw new ActionError(
      `Push upgrades need API ${MIN_PUSH_API_VERSION}.0 or later; this run uses ${session.apiVersion}. Set api-version to ${MIN_PUSH_API_VERSION}.0 or later (or leave it empty).`
    )
  }
  const api = createPushClient(createSalesforceRest(session.caller, session.apiVersion))
  const parts = new ResultParts()
  let outcome: PushOutcome
  try {
    outcome = await pushUpgrade(push, settings.waitMinutes * 60_000, {
      api,
      clock: deps.clock,
      logger: deps.logger,
      apiVersion: session.apiVersion,
      onRequestId: (id) => {
        parts.output('push-request-id', id)
        deps.state.save(STATE.pushRequestId, id)
      }
    })
  } catch (error) {
    throw withParts(error, parts)
  } finally {
    // The post step aborts the request only when this step was killed (job cancelled).
    deps.state.save(STATE.finished, 'true')
  }
  const verdict = decidePushVerdict(outcome, push.failThreshold)
  const files = await writePushFiles(outcome, settings, deps.logger)
  const uploads = [files.failures, files.selection].filter((f): f is string => f !== undefined)
  return {
    verdict: {
      success: verdict.result !== 'failed',
      ...(verdict.result === 'failed' ? { message: verdict.message } : {}),
      ...(verdict.result === 'unfinished' ? { unfinished: true } : {})
    },
    outputs: pushOutputs(outcome, files),
    summary: [
      renderPushSummary(
        outcome,
        verdict,
        push.failThreshold,
        relativeFiles(files, settings.workspace)
      )
    ],
    ...(settings.report.uploadArtifact && uploads.length > 0
      ? {
          artifact: {
            name: settings.report.artifactName,
            files: uploads,
            rootDirectory: resolveResultsDir(settings.workspace, settings.report.resultsDir)
          }
        }
      : {}),
    ...(verdict.result === 'failed'
      ? {}
      : {
          closing: {
            level: verdict.result === 'unfinished' ? 'warning' : 'info',
            message: verdict.message
          }
        })
  }
}

async function writePushFiles(
  outcome: PushOutcome,
  settings: PushModeSettings,
  logger: Logger
): Promise<PushReportFiles> {
  try {
    const dir = resolveResultsDir(settings.workspace, settings.report.resultsDir)
    await nodeFileSystem.mkdir(dir)
    const subscribers = new Map([...outcome.selection.eligible].map((s) => [orgKey15(s.orgKey), s]))
    const rows = failedOrgRows(outcome.failedJobs, outcome.rejected, subscribers, outcome.versions)
    const selection = path.join(dir, PUSH_FILE_NAMES.selection)
    await nodeFileSystem.writeFile(selection, toSelectionCsv(outcome.selection, outcome.versions))
    if (rows.length === 0) return { selection }
    const failures = path.join(dir, PUSH_FILE_NAMES.failures)
    await nodeFileSystem.writeFile(failures, toFailuresCsv(rows))
    return { selection, failures }
  } catch (error) {
    logger.warning(`Push report files not written: ${describeError(error)}`)
    return {}
  }
}

function relativeFiles(files: PushReportFiles, workspace: string): PushReportFiles {
  const rel = (file: string | undefined): string | undefined =>
    file ? path.relative(workspace, file) : undefined
  const failures = rel(files.failures)
  const selection = rel(files.selection)
  return { ...(failures ? { failures } : {}), ...(selection ? { selection } : {}) }
}

/** The step outputs of a push (pure). */
export function pushOutputs(
  outcome: PushOutcome,
  files: PushReportFiles
): Partial<Record<OutputName, string>> {
  const c = outcome.counts
  return {
    ...(outcome.requestId ? { 'push-request-id': outcome.requestId } : {}),
    'push-status':
      outcome.kind === 'dry-run'
        ? 'dry-run'
        : outcome.request
          ? STATUS_LABEL[outcome.request.status]
          : outcome.kind === 'all-rejected'
            ? 'Canceled'
            : outcome.requestId
              ? 'Pending'
              : 'none',
    'push-orgs-selected': String(outcome.selection.eligible.length),
    'push-orgs-scheduled': String(outcome.scheduledCount),
    'push-orgs-rejected': String(outcome.rejected.length),
    'push-succeeded': String(c.succeeded),
    'push-failed': String(c.failed),
    'push-canceled': String(c.canceled),
    // Not followed (wait: 0, or a start after the wait): no job was read, and none has ended.
    'push-in-progress': String(
      outcome.kind === 'scheduled' ? outcome.scheduledCount : notEndedCount(c, outcome.unfinished)
    ),
    ...(files.failures ? { 'push-failures-path': files.failures } : {})
  }
}
