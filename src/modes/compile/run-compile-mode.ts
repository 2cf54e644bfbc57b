/**
 * Compile mode: wires the org session, the Tooling API client and the workspace around
 * compileChanges, reuses the deploy orchestration for the Metadata API fallback, and returns
 * the run's one result (the fallback deploy's report, threshold included, is part of its verdict).
 */
import path from 'node:path'
import { deployOperation } from '../../deploy/deploy.ts'
import type { Outcome } from '../../deploy/deploy-package.ts'
import { outcomeOutputs } from '../../deploy/outcome-outputs.ts'
import type { OperationPorts, OrgSession } from '../../deploy/ports.ts'
import { runContextOf } from '../../github/run-context.ts'
import { connectForRun } from '../../runner/connect.ts'
import { outcomeReport, withReportVerdict } from '../../runner/outcome-report.ts'
import { buildDeployPackage } from '../../runner/package-builder.ts'
import type { RunDeps } from '../../runner/run-deps.ts'
import type { RunResult } from '../../runner/run-result.ts'
import { STATE } from '../../runner/state.ts'
import { createSalesforceRest } from '../../salesforce-rest/rest-client.ts'
import type { OutputName } from '../../settings/inputs.ts'
import type { CompileSettings } from '../../settings/parse-compile.ts'
import type { CompileModeSettings, DeploySettings } from '../../settings/settings.ts'
import { FsSourceTree } from '../../source/fs-source-tree.ts'
import { replacedTree } from '../../source/replaced-tree.ts'
import type { ChangedFile } from '../../tooling/compile-model.ts'
import { compileChanges } from '../../tooling/compile.ts'
import { checkCompileFiles } from '../../tooling/check-compile-files.ts'
import { queueMsOf, requestIdOf, type CompileOutcome } from '../../tooling/compile-outcome.ts'
import { createContainerClient } from '../../tooling/container-client.ts'
import { deletionManifest } from '../../tooling/deletion-manifest.ts'
import { deltaCompileFiles } from '../../tooling/delta-files.ts'
import { listedFiles } from '../../tooling/listed-files.ts'
import { compileAnnotations } from '../../tooling/compile-annotations.ts'
import { renderCompileSummary } from './compile-summary.ts'
import { compileVerdict } from './compile-verdict.ts'

/** Runs compile mode. */
export async function runCompile(settings: CompileModeSettings, deps: RunDeps): Promise<RunResult> {
  const compile = settings.compile
  // Saved (or compiled) as a deploy of the same files would send them: replacements applied.
  const tree = await replacedTree(
    new FsSourceTree(settings.workspace),
    compile.projectDir,
    deps.env
  )
  const files =
    compile.files.length > 0
      ? await listedFiles(compile.files, tree)
      : await filesFromDelta(settings, deps)
  if (files.length === 0) return nothingToCompile(deps)
  await checkCompileFiles(files, tree)
  const session = await connectForRun(settings, deps, settings.api)
  let cancelled = false
  const stopWatching = deps.onJobCancel(() => (cancelled = true))
  let outcome: CompileOutcome
  try {
    outcome = await compileChanges(
      {
        files,
        checkOnly: compile.checkOnly,
        fallback: compile.fallback,
        timeoutMs: settings.waitMinutes * 60_000,
        pollCapMs: settings.pollIntervalMaxSeconds * 1000,
        ...(deps.env.GITHUB_RUN_ID ? { runId: deps.env.GITHUB_RUN_ID } : {}),
        ...(deps.env.GITHUB_RUN_ATTEMPT ? { runAttempt: deps.env.GITHUB_RUN_ATTEMPT } : {})
      },
      {
        tooling: createContainerClient(createSalesforceRest(session.caller, session.apiVersion)),
        source: tree,
        clock: deps.clock,
        logger: deps.logger,
        random: deps.random,
        cancelled: () => cancelled,
        // The post step aborts the request and deletes the container of a killed run from these.
        onIds: (ids) => {
          deps.state.save(STATE.compileContainerId, ids.containerId)
          if (ids.requestId) deps.state.save(STATE.compileRequestId, ids.requestId)
        },
        fallbackDeploy: (changed, checkOnly) => {
          // From here the deploy's own post-step cancellation applies; a signal must end the process again.
          stopWatching()
          return fallbackDeploy(settings, compile, changed, checkOnly, session, deps)
        }
      }
    )
  } finally {
    stopWatching()
  }
  deps.state.save(STATE.finished, 'true')
  return result(settings, outcome, session.connection.instanceUrl, deps)
}

/** A delta without Apex changes: success, no API call, and the summary says so. */
function nothingToCompile(deps: RunDeps): RunResult {
  const line =
    'Nothing to compile: no Apex class, trigger, page or component changed in the delta; no API call was made.'
  deps.logger.info(line)
  return {
    verdict: { success: true },
    outputs: { status: 'NothingToCompile' },
    summary: [`## ✅ Compile: nothing to compile\n\n${line}\n`]
  }
}

/** The changed Apex files of the delta, logged so the run shows what it compiles and why. */
async function filesFromDelta(
  settings: CompileModeSettings,
  deps: RunDeps
): Promise<ChangedFile[]> {
  const { files, range } = await deltaCompileFiles(settings.workspace, settings.delta, deps.env)
  deps.logger.info(
    `Compiling the ${files.length} Apex file(s) changed in ${range}: ${files.map((f) => f.path).join(', ') || 'none'}`
  )
  return files
}

/** The same files through the existing deploy orchestration: a package built from just them. */
async function fallbackDeploy(
  settings: CompileModeSettings,
  compile: CompileSettings,
  changed: ChangedFile[],
  checkOnly: boolean,
  session: OrgSession,
  deps: RunDeps
): Promise<Outcome> {
  // The container is gone by now; the post step must not look for it, only for the deploy.
  deps.state.save(STATE.compileContainerId, '')
  deps.state.save(STATE.compileRequestId, '')
  const manifests = deletionManifests(changed, session.apiVersion)
  const deploySettings = fallbackSettings(settings, compile, changed, checkOnly, manifests)
  const ports: OperationPorts = {
    clock: deps.clock,
    logger: deps.logger,
    random: deps.random,
    env: deps.env,
    connect: () => Promise.resolve(session),
    buildPackage: (s) => buildDeployPackage(s, deps),
    // deploy-id is written once, with the other outputs, when the fallback deploy ends.
    onDeployId: (id) => {
      deps.state.save(STATE.deployId, id)
      deps.state.save(STATE.checkOnly, String(checkOnly))
    }
  }
  return deployOperation(deploySettings, ports)
}

/** Manifests for the deleted files: a destructive one, and an empty package.xml when nothing else is sent. */
export interface DeletionManifests {
  /** destructiveChangesPost.xml */
  post: string
  /** An empty package.xml, when only deletions are deployed. */
  emptyPackage?: string
}

/** The manifests of the deleted files, in memory: the builder reads them from there. */
export function deletionManifests(
  changed: ChangedFile[],
  apiVersion: string
): DeletionManifests | undefined {
  const deleted = changed.filter((f) => f.change === 'deleted')
  if (deleted.length === 0) return undefined
  const post = deletionManifest(deleted, apiVersion)
  if (changed.some((f) => f.change !== 'deleted')) return { post }
  return { post, emptyPackage: deletionManifest([], apiVersion) }
}

/**
 * Deploy settings for exactly the compiled files, relative to the project's root, and the
 * deletions. The delta that found the files is not applied again: the package is these files only.
 */
export function fallbackSettings(
  settings: CompileModeSettings,
  compile: CompileSettings,
  changed: ChangedFile[],
  checkOnly: boolean,
  deletions?: DeletionManifests
): DeploySettings {
  const projectDir = path.join(settings.workspace, compile.projectDir)
  const sourceDirs = changed
    .filter((f) => f.change !== 'deleted')
    .map((f) => path.posix.relative(compile.projectDir || '.', f.path))
  const { delta: _delta, testSelection: _tests, compile: _compile, ...rest } = settings
  return {
    ...rest,
    mode: checkOnly ? 'validate' : 'deploy',
    packageSource: {
      kind: 'source',
      projectDir,
      sourceDirs,
      ignoreUnknown: false,
      ...(deletions
        ? {
            inline: {
              postDestructiveChanges: deletions.post,
              ...(deletions.emptyPackage ? { manifest: deletions.emptyPackage } : {})
            }
          }
        : {})
    },
    deployOptions: { ...settings.deployOptions, checkOnly }
  }
}

async function result(
  settings: CompileModeSettings,
  outcome: CompileOutcome,
  instanceUrl: string,
  deps: RunDeps
): Promise<RunResult> {
  const deployReport = outcome.deploy
    ? await outcomeReport(
        { ...settings, mode: outcome.checkOnly ? 'validate' : 'deploy' },
        outcome.deploy,
        deps.env
      )
    : undefined
  // One verdict: the compile's, and the fallback deploy's report (threshold included) when it ran.
  const verdict = withReportVerdict(
    compileVerdict(outcome, settings.waitMinutes),
    deployReport,
    'The compile failed.'
  )
  const context = runContextOf(deps.env)
  const summary = renderCompileSummary({
    outcome,
    verdict,
    orgLabel: new URL(instanceUrl).host,
    ...(context?.blobBaseUrl ? { blobBase: context.blobBaseUrl } : {})
  })
  return {
    verdict,
    outputs: {
      ...(outcome.deploy ? outcomeOutputs(outcome.deploy, verdict) : {}),
      ...compileOutputs(outcome),
      ...(deployReport?.outputs ?? {})
    },
    summary: [summary],
    ...(deployReport
      ? { report: { report: deployReport.report, publish: deployReport.publish } }
      : outcome.final
        ? { annotations: compileAnnotations(outcome.final.failures, outcome.files) }
        : {})
  }
}

function compileOutputs(outcome: CompileOutcome): Partial<Record<OutputName, string>> {
  const queueMs = queueMsOf(outcome)
  const requestId = requestIdOf(outcome)
  const errors = outcome.final?.failures.filter((f) => f.severity === 'error').length
  return {
    'compile-method': outcome.method,
    'compile-duration-ms': String(outcome.totalMs),
    // Canceled, as a canceled deploy reports it, when the cancel came before the request was sent.
    ...(outcome.final
      ? { status: outcome.final.state }
      : outcome.cancelled
        ? { status: 'Canceled' }
        : {}),
    ...(errors !== undefined && outcome.method === 'tooling'
      ? { 'component-errors': String(errors) }
      : {}),
    ...(requestId ? { 'compile-request-id': requestId } : {}),
    ...(queueMs !== undefined ? { 'compile-queue-ms': String(queueMs) } : {}),
    ...(outcome.fallbackReasons.length > 0
      ? { 'compile-fallback-reason': outcome.fallbackReasons.join('; ') }
      : {})
  }
}
