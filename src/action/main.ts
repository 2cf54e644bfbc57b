import * as core from '@actions/core'
import { randomInt } from 'node:crypto'
import type { Outcome } from '../deploy/deploy-package.ts'
import type { OperationPorts } from '../deploy/ports.ts'
import { QuickDeployRefusedError } from '../deploy/quick-deploy.ts'
import { runOperation } from '../deploy/run-operation.ts'
import { createJobSummaryWriter } from './github/job-summary.ts'
import { renderRefusal } from '../report/refusal-summary.ts'
import { renderNothingToDeploy, renderSubmitted } from '../report/submitted-summary.ts'
import { decideVerdict } from '../deploy/verdict.ts'
import { createUndiciTransport } from '../http/undici-transport.ts'
import { runPushUpgrade } from '../push-upgrade/run-push-upgrade.ts'
import { createArtifactUploader } from './github/artifact-uploader.ts'
import type { RunDeps } from '../runner/run-deps.ts'
import { runBackupStep } from '../retrieve/backup-step.ts'
import { guardThenBackup, runDriftGuard } from '../drift/drift-step.ts'
import { runRetrieveMode } from '../retrieve/run-retrieve-mode.ts'
import { runPlanMode } from '../release-plan/run-plan.ts'
import { runSync } from '../sync/run-sync.ts'
import { writeReceipt } from '../receipt/write-receipt.ts'
import { createFileAttester } from './github/attestation.ts'
import { connectForRun } from '../runner/connect.ts'
import { coreLogger } from './core-logger.ts'
import { outcomeOutputs, setOutputs } from './outputs.ts'
import { buildDeployPackage, runBuildMode } from '../runner/package-builder.ts'
import { publishOutcome } from './publish.ts'
import { STATE } from '../runner/state.ts'
import { readInputs } from './read-inputs.ts'
import { parseSettings } from '../settings/parse-settings.ts'
import type { Settings } from '../settings/settings.ts'
import { runCompile } from '../tooling/run-compile.ts'
import { systemClock } from '../shared/clock.ts'
import { describeError, InputError } from '../shared/errors.ts'
import { redact } from '../shared/redact.ts'
import { createArtifactRecordUploader } from '../validation-record/artifact-store.ts'
import { quickDeployByContent } from '../validation-record/quick-deploy-match.ts'
import { createRecordPorts } from '../validation-record/record-ports.ts'
import { recordValidation } from '../validation-record/record-validation.ts'

export type { RunDeps }

const defaultDeps = (): RunDeps => ({
  clock: systemClock,
  http: createUndiciTransport(),
  random: () => randomInt(0, 1_000_000) / 1_000_000,
  recordUploader: createArtifactRecordUploader(),
  artifactUploader: createArtifactUploader
})

/** The action's main step. Never throws: failures end in core.setFailed with one clear message. */
export async function run(overrides: Partial<RunDeps> = {}): Promise<void> {
  const deps = { ...defaultDeps(), ...overrides }
  let deployId: string | undefined
  let settingsMode: string | undefined
  try {
    const settings = parseSettings(readInputs(process.env.GITHUB_WORKSPACE ?? process.cwd()))
    settingsMode = settings.mode
    if (settings.mode === 'build') return await runBuildMode(settings, coreLogger)
    if (settings.mode === 'compile') return await runCompile(settings, deps)
    if (settings.mode === 'push-upgrade') return await runPushUpgrade(settings, deps)
    if (settings.mode === 'retrieve') return await runRetrieveMode(settings, deps)
    if (settings.mode === 'plan') return await runPlanMode(settings, deps)
    if (settings.mode === 'sync') return await runSync(settings, deps)
    const ports = operationPorts(settings, deps, (id) => (deployId = id))
    if (settings.mode === 'quick-deploy' && !settings.validationId) {
      const matched = await quickDeployByContent(
        settings,
        ports,
        createRecordPorts(settings, deps.recordUploader)
      )
      core.saveState(STATE.finished, 'true')
      return await finish(matched.settings, matched.outcome, deps)
    }
    let outcome = await runOperation(settings, ports)
    core.saveState(STATE.finished, 'true')
    if (settings.mode === 'validate')
      outcome = await recordValidation(
        outcome,
        settings,
        createRecordPorts(settings, deps.recordUploader),
        ports
      )
    await finish(settings, outcome, deps)
  } catch (error) {
    core.debug(redact(error instanceof Error ? (error.stack ?? error.message) : String(error)))
    const message = error instanceof InputError ? error.message : describeError(error)
    await reportThrown(settingsMode, deployId, error, message)
    core.setFailed(redact(message))
  } finally {
    // The operation ended here, however it ended: the post step must not cancel anything.
    core.saveState(STATE.finished, 'true')
  }
}

/**
 * A run that ended in an error still reports what it knows: the deploy id, `success=false`, and
 * for a quick deploy the org refused, a job summary that says so (the org was reached).
 */
async function reportThrown(
  mode: string | undefined,
  deployId: string | undefined,
  error: unknown,
  message: string
): Promise<void> {
  if (!mode || !(error instanceof QuickDeployRefusedError)) {
    // Bad input and faults fail too: `success` says so whatever stopped the run.
    setOutputs({ ...(deployId ? { 'deploy-id': deployId } : {}), success: 'false' })
    return
  }
  setOutputs({
    ...(deployId ? { 'deploy-id': deployId } : {}),
    status: 'Refused',
    success: 'false'
  })
  await createJobSummaryWriter().write(renderRefusal(message))
}

function operationPorts(
  settings: Settings,
  deps: RunDeps,
  rememberId: (id: string) => void
): OperationPorts {
  return {
    clock: deps.clock,
    logger: coreLogger,
    random: deps.random,
    ...(deps.limits ? { limits: deps.limits } : {}),
    connect: (transport, packageApiVersion) =>
      connectForRun(settings, deps, transport, packageApiVersion),
    buildPackage: (s) => buildDeployPackage(s),
    backup: (pkg, session) =>
      guardThenBackup(
        () => runDriftGuard(settings, { ...deps, logger: coreLogger }, pkg, session),
        () => runBackupStep(settings, { ...deps, logger: coreLogger }, pkg, session)
      ),
    annotate: (a) =>
      core.notice(a.message, {
        title: 'Patch coverage',
        file: a.path,
        startLine: a.startLine,
        endLine: a.endLine
      }),
    onDeployId: (id) => {
      rememberId(id)
      core.saveState(STATE.deployId, id)
      core.saveState(STATE.checkOnly, String(settings.mode === 'validate'))
    }
  }
}

async function finish(settings: Settings, outcome: Outcome, deps: RunDeps): Promise<void> {
  const deployVerdict = decideVerdict(outcome, settings.waitMinutes)
  const published = await publishOutcome(settings, outcome)
  // The report's verdict (coverage threshold included) is the one the summary, the check run and
  // the PR comment show: the outputs and the exit code take the same one.
  const success = published.passed ?? deployVerdict.success
  const verdict = {
    success,
    message: success
      ? ''
      : [deployVerdict.success ? '' : deployVerdict.message, ...published.failures]
          .filter(Boolean)
          .join('\n') || 'The run failed.'
  }
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
          {
            ...deps,
            logger: coreLogger,
            attester: deps.attester ?? (() => createFileAttester(settings.report.githubToken))
          }
        )
      : undefined
  setOutputs({
    ...(outcome.package?.outputs ?? {}),
    ...outcomeOutputs(outcome, verdict),
    ...published.outputs,
    ...(receipt ? { 'receipt-path': receipt.path } : {}),
    ...(receipt?.attestation?.id ? { 'receipt-attestation-id': receipt.attestation.id } : {}),
    ...(receipt?.attestation?.url ? { 'receipt-attestation-url': receipt.attestation.url } : {})
  })
  if (outcome.submitted && outcome.deployId) await reportSubmitted(outcome, outcome.deployId)
  if (outcome.nothingToDeploy)
    await createJobSummaryWriter().write(
      renderNothingToDeploy(outcome.nothingToDeploy, outcome.package?.sections ?? [])
    )
  if (!verdict.success) core.setFailed(redact(verdict.message))
}

/** `wait: 0`: says what was started and how to follow it. */
async function reportSubmitted(outcome: Outcome, id: string): Promise<void> {
  coreLogger.info(`Submitted ${id} (wait: 0); follow it with mode: report and deploy-id: ${id}.`)
  const host = outcome.instanceUrl ? new URL(outcome.instanceUrl).host : ''
  await createJobSummaryWriter().write(renderSubmitted(outcome.mode, id, host))
}

/**
 * Records a job cancellation (the runner sends SIGINT, then SIGTERM) in the state, so the post
 * step cancels the deploy only then; the signal is then re-raised with its default action.
 */
export function recordCancellationSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      core.saveState(STATE.jobCancelled, signal)
      process.kill(process.pid, signal)
    })
  }
}
