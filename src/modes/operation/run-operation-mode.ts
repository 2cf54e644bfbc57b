import type { DeployPackage, Outcome } from '../../deploy/deploy-package.ts'
import { outcomeOutputs } from '../../deploy/outcome-outputs.ts'
import type { OperationPorts, OrgSession } from '../../deploy/ports.ts'
import { QuickDeployRefusedError } from '../../deploy/quick-deploy.ts'
import { guardThenBackup, runDriftGuard } from '../../drift/drift-step.ts'
import { writeReceipt } from '../../receipt/write-receipt.ts'
import { runBackupStep } from '../../retrieve/backup-step.ts'
import { connectForRun } from '../../runner/connect.ts'
import { outcomeReport, type OutcomeReport } from '../../runner/outcome-report.ts'
import { buildDeployPackage } from '../../runner/package-builder.ts'
import type { RunDeps } from '../../runner/run-deps.ts'
import { ResultParts, withParts, type RunResult } from '../../runner/run-result.ts'
import { STATE } from '../../runner/state.ts'
import type { DeploySettings, QuickDeploySettings } from '../../settings/settings.ts'
import type { OperationSettings } from './operation-settings.ts'
import { quickDeployByContent } from '../../validation-record/quick-deploy-match.ts'
import { createRecordPorts } from '../../validation-record/record-ports.ts'
import { recordValidation } from '../../validation-record/record-validation.ts'
import { operationVerdict } from './operation-verdict.ts'
import { renderRefusal } from './refusal-summary.ts'
import { renderNothingToDeploy, renderSubmitted } from './submitted-summary.ts'
import { runOperation } from './run-operation.ts'

/**
 * deploy, validate, quick-deploy, report and cancel: one operation against the org, then its
 * result. Errors other than the org's refusal of a quick deploy are thrown to the shell.
 */
export async function runOperationMode(
  settings: OperationSettings,
  deps: RunDeps
): Promise<RunResult> {
  const parts = new ResultParts()
  let deployId: string | undefined
  const ports = operationPorts(settings, deps, parts, (id) => (deployId = id))
  try {
    const outcome = await operate(settings, deps, ports, parts)
    return await finish(outcome.settings, outcome.outcome, deps, parts)
  } catch (error) {
    if (!(error instanceof QuickDeployRefusedError)) {
      // What the steps before the failure found (a drift guard's diffs) still reaches the summary.
      throw withParts(error, parts)
    }
    // The org was reached and said no: a report that says so, not only the error line.
    return {
      verdict: { success: false, message: error.message },
      outputs: {
        ...parts.outputs,
        ...(deployId ? { 'deploy-id': deployId } : {}),
        status: 'Refused'
      },
      summary: [...parts.summary, renderRefusal(error.message)]
    }
  }
}

async function operate(
  settings: OperationSettings,
  deps: RunDeps,
  ports: OperationPorts,
  parts: ResultParts
): Promise<{ settings: OperationSettings; outcome: Outcome }> {
  const records = (): ReturnType<typeof createRecordPorts> =>
    createRecordPorts(settings, deps, parts)
  if (settings.mode === 'quick-deploy' && !settings.validationId) {
    const matched = await quickDeployByContent(settings, ports, records())
    deps.state.save(STATE.finished, 'true')
    return matched
  }
  const outcome = await runOperation(settings, ports)
  deps.state.save(STATE.finished, 'true')
  return { settings, outcome }
}

function operationPorts(
  settings: OperationSettings,
  deps: RunDeps,
  parts: ResultParts,
  rememberId: (id: string) => void
): OperationPorts {
  const stepDeps = { ...deps, parts }
  // Report and cancel change nothing in the org: only a deploy is guarded and backed up.
  const deploying = changesTheOrg(settings) ? settings : undefined
  return {
    clock: deps.clock,
    logger: deps.logger,
    random: deps.random,
    env: deps.env,
    ...(deps.limits ? { limits: deps.limits } : {}),
    connect: (transport, packageApiVersion) =>
      connectForRun(settings, deps, transport, packageApiVersion),
    buildPackage: (s) => buildDeployPackage(s, deps),
    ...(deploying
      ? {
          backup: (pkg: DeployPackage, session: OrgSession) =>
            guardThenBackup(
              () => runDriftGuard(deploying, stepDeps, pkg, session),
              () => runBackupStep(deploying, stepDeps, pkg, session)
            )
        }
      : {}),
    annotate: (a) =>
      parts.annotate({
        level: 'notice',
        title: 'Patch coverage',
        path: a.path,
        startLine: a.startLine,
        endLine: a.endLine,
        message: a.message
      }),
    onDeployId: (id) => {
      rememberId(id)
      parts.output('deploy-id', id)
      deps.state.save(STATE.deployId, id)
      deps.state.save(STATE.checkOnly, String(settings.mode === 'validate'))
    }
  }
}

function changesTheOrg(
  settings: OperationSettings
): settings is DeploySettings | QuickDeploySettings {
  return settings.mode !== 'report' && settings.mode !== 'cancel'
}

async function finish(
  settings: OperationSettings,
  outcome: Outcome,
  deps: RunDeps,
  parts: ResultParts
): Promise<RunResult> {
  const first = await outcomeReport(settings, outcome, deps.env)
  const verdict = operationVerdict(outcome, settings.waitMinutes, first)
  // A validation record lets a later run quick-deploy this validation, so it is written only when
  // the one verdict passed: not when the org succeeded but a coverage threshold or a test check
  // failed the run.
  const recorded =
    settings.mode === 'validate'
      ? await recordValidation(
          outcome,
          settings,
          createRecordPorts(settings, deps, parts),
          deps,
          verdict.success
        )
      : outcome
  const report = withNotes(first, recorded.notes.slice(outcome.notes.length))
  // Only a deploy that succeeded by the one verdict gets a receipt: it records what the org holds now.
  const receipt =
    verdict.success && (settings.mode === 'deploy' || settings.mode === 'quick-deploy')
      ? await writeReceipt(
          outcome,
          {
            workspace: settings.workspace,
            resultsDir: settings.report.resultsDir,
            attest: settings.receipt?.attest ?? false
          },
          { ...deps, attester: () => deps.attester(settings.report.githubToken) }
        )
      : undefined
  if (outcome.submitted && outcome.deployId)
    deps.logger.info(
      `Submitted ${outcome.deployId} (wait: 0); follow it with mode: report and deploy-id: ${outcome.deployId}.`
    )
  return {
    verdict,
    outputs: {
      ...parts.outputs,
      ...(outcome.package?.outputs ?? {}),
      ...outcomeOutputs(outcome, verdict),
      ...(report?.outputs ?? {}),
      ...(receipt ? { 'receipt-path': receipt.path } : {}),
      ...(receipt?.attestation?.id ? { 'receipt-attestation-id': receipt.attestation.id } : {}),
      ...(receipt?.attestation?.url ? { 'receipt-attestation-url': receipt.attestation.url } : {})
    },
    summary: [...parts.summary, ...closingSections(outcome)],
    annotations: parts.annotations,
    ...(report ? { report: { report: report.report, publish: report.publish } } : {})
  }
}

/** The report with notes added after it was built (where the validation record went). */
function withNotes(report: OutcomeReport | undefined, notes: string[]): OutcomeReport | undefined {
  if (!report || notes.length === 0) return report
  return { ...report, report: { ...report.report, notes: [...report.report.notes, ...notes] } }
}

/** `wait: 0` says what was started and how to follow it; an empty delta says why nothing ran. */
function closingSections(outcome: Outcome): string[] {
  if (outcome.submitted && outcome.deployId) {
    const host = outcome.instanceUrl ? new URL(outcome.instanceUrl).host : ''
    return [renderSubmitted(outcome.mode, outcome.deployId, host)]
  }
  if (outcome.nothingToDeploy)
    return [renderNothingToDeploy(outcome.nothingToDeploy, outcome.package?.sections ?? [])]
  return []
}
