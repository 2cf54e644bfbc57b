/**
 * The shell of compile mode: wires the org session, the Tooling API client, the workspace and
 * the runner (outputs, state for the post step, summary, annotations) around compileChanges,
 * and reuses the deploy orchestration for the Metadata API fallback.
 */
import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { deployOperation } from '../deploy/deploy.ts'
import type { Outcome } from '../deploy/deploy-package.ts'
import type { OperationPorts, OrgSession } from '../deploy/ports.ts'
import type { OrgCaller } from '../metadata-api/org-caller.ts'
import { createCoreReportSink } from '../action/github/report-sink.ts'
import { readEventPayload, readRunContext } from '../github/run-context.ts'
import type { RunDeps } from '../runner/run-deps.ts'
import { renderCompileSummary } from './compile-summary.ts'
import { connectForRun } from '../runner/connect.ts'
import { coreLogger } from '../action/core-logger.ts'
import { outcomeOutputs, setOutputs } from '../action/outputs.ts'
import type { OutputName } from '../settings/inputs.ts'
import { buildDeployPackage } from '../runner/package-builder.ts'
import { publishOutcome, type Published } from '../action/publish.ts'
import { STATE } from '../runner/state.ts'
import { createSalesforceRest } from '../salesforce-rest/rest-client.ts'
import type { CompileSettings } from '../settings/parse-compile.ts'
import type { Settings } from '../settings/settings.ts'
import { ActionError } from '../shared/errors.ts'
import { FsSourceTree } from '../source/fs-source-tree.ts'
import { compileAnnotations } from './compile-annotations.ts'
import type { ChangedFile } from './compile-model.ts'
import { compileChanges } from './compile.ts'
import { queueMsOf, requestIdOf, type CompileOutcome } from './compile-outcome.ts'
import { COMPILE_STATE } from './compile-state.ts'
import { compileVerdict } from './compile-verdict.ts'
import { createContainerClient } from './container-client.ts'
import { deletionManifest } from './deletion-manifest.ts'
import { deltaCompileFiles } from './delta-files.ts'
import { listedFiles } from './listed-files.ts'

/** Runs compile mode: the outcome is reported and the step failed when it did not pass. */
export async function runCompile(settings: Settings, deps: RunDeps): Promise<void> {
  const compile = settings.compile
  if (!compile || !settings.auth)
    throw new ActionError('mode compile needs compile-files and credentials.')
  const tree = new FsSourceTree(settings.workspace)
  const files =
    compile.files.length > 0
      ? await listedFiles(compile.files, tree)
      : await filesFromDelta(settings)
  if (files.length === 0) return nothingToCompile()
  const session = await connect(settings, deps)
  const cancel = watchForCancel()
  let outcome: CompileOutcome
  try {
    outcome = await compileChanges(
      {
        files,
        checkOnly: compile.checkOnly,
        fallback: compile.fallback,
        timeoutMs: settings.waitMinutes * 60_000,
        pollCapMs: settings.pollIntervalMaxSeconds * 1000,
        ...runIds()
      },
      {
        tooling: createContainerClient(createSalesforceRest(session.caller, session.apiVersion)),
        source: tree,
        clock: deps.clock,
        logger: coreLogger,
        random: deps.random,
        cancelled: cancel.cancelled,
        onIds: rememberIds,
        fallbackDeploy: (changed, checkOnly) => {
          // From here the deploy's own post-step cancellation applies; a signal must end the process again.
          cancel.stop()
          return fallbackDeploy(settings, compile, changed, checkOnly, session, deps)
        }
      }
    )
  } finally {
    cancel.stop()
  }
  core.saveState(STATE.finished, 'true')
  await report(settings, outcome, session.connection.instanceUrl)
}

/** A delta without Apex changes: success, no API call, and the summary says so. */
async function nothingToCompile(): Promise<void> {
  const line =
    'Nothing to compile: no Apex class, trigger, page or component changed in the delta; no API call was made.'
  coreLogger.info(line)
  setOutputs({ status: 'NothingToCompile', success: 'true' })
  await createCoreReportSink().writeSummary(`## ✅ Compile: nothing to compile\n\n${line}\n`)
}

/** The changed Apex files of the delta, logged so the run shows what it compiles and why. */
async function filesFromDelta(settings: Settings): Promise<ChangedFile[]> {
  const { files, range } = await deltaCompileFiles(settings.workspace, settings.delta)
  coreLogger.info(
    `Compiling the ${files.length} Apex file(s) changed in ${range}: ${files.map((f) => f.path).join(', ') || 'none'}`
  )
  return files
}

async function connect(
  settings: Settings,
  deps: RunDeps
): Promise<OrgSession & { caller: OrgCaller }> {
  return connectForRun(settings, deps, settings.api)
}

/** The post step aborts the request and deletes the container of a killed run from these. */
function rememberIds(ids: { containerId: string; requestId?: string }): void {
  core.saveState(COMPILE_STATE.containerId, ids.containerId)
  if (ids.requestId) {
    core.saveState(COMPILE_STATE.requestId, ids.requestId)
  }
}

/** SIGINT/SIGTERM (job cancelled) stop polling so the request is aborted and the container deleted. */
function watchForCancel(): { cancelled: () => boolean; stop: () => void } {
  let cancelled = false
  const onSignal = (): void => {
    cancelled = true
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  return {
    cancelled: () => cancelled,
    stop: () => {
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
    }
  }
}

function runIds(): { runId?: string; runAttempt?: string } {
  return {
    ...(process.env.GITHUB_RUN_ID ? { runId: process.env.GITHUB_RUN_ID } : {}),
    ...(process.env.GITHUB_RUN_ATTEMPT ? { runAttempt: process.env.GITHUB_RUN_ATTEMPT } : {})
  }
}

/** The same files through the existing deploy orchestration: a package built from just them. */
async function fallbackDeploy(
  settings: Settings,
  compile: CompileSettings,
  changed: ChangedFile[],
  checkOnly: boolean,
  session: OrgSession,
  deps: RunDeps
): Promise<Outcome> {
  // The container is gone by now; the post step must not look for it, only for the deploy.
  core.saveState(COMPILE_STATE.containerId, '')
  core.saveState(COMPILE_STATE.requestId, '')
  const manifests = await writeDeletionManifests(settings, changed, session.apiVersion)
  const deploySettings = fallbackSettings(settings, compile, changed, checkOnly, manifests)
  const ports: OperationPorts = {
    clock: deps.clock,
    logger: coreLogger,
    random: deps.random,
    connect: () => Promise.resolve(session),
    buildPackage: (s) => buildDeployPackage(s),
    // deploy-id is written once, with the other outputs, when the fallback deploy ends.
    onDeployId: (id) => {
      core.saveState(STATE.deployId, id)
      core.saveState(STATE.checkOnly, String(checkOnly))
    }
  }
  return deployOperation(deploySettings, ports)
}

/** Manifests for the deleted files: a destructive one, and an empty package.xml when nothing else is sent. */
export interface DeletionManifests {
  /** Absolute path of destructiveChangesPost.xml. */
  post: string
  /** Absolute path of an empty package.xml, when only deletions are deployed. */
  emptyPackage?: string
}

/** Writes the manifests of the deleted files under results-dir (inside the workspace, where the builder reads). */
async function writeDeletionManifests(
  settings: Settings,
  changed: ChangedFile[],
  apiVersion: string
): Promise<DeletionManifests | undefined> {
  const deleted = changed.filter((f) => f.change === 'deleted')
  if (deleted.length === 0) return undefined
  const dir = path.join(settings.report.resultsDir, 'compile-fallback')
  await mkdir(dir, { recursive: true })
  const post = path.join(dir, 'destructiveChangesPost.xml')
  await writeFile(post, deletionManifest(deleted, apiVersion))
  if (changed.some((f) => f.change !== 'deleted')) return { post }
  const emptyPackage = path.join(dir, 'package.xml')
  await writeFile(emptyPackage, deletionManifest([], apiVersion))
  return { post, emptyPackage }
}

/**
 * Deploy settings for exactly the compiled files, relative to the project's root, and the
 * deletions. The delta that found the files is not applied again: the package is these files only.
 */
export function fallbackSettings(
  settings: Settings,
  compile: CompileSettings,
  changed: ChangedFile[],
  checkOnly: boolean,
  deletions?: DeletionManifests
): Settings {
  const projectDir = path.join(settings.workspace, compile.projectDir)
  const sourceDirs = changed
    .filter((f) => f.change !== 'deleted')
    .map((f) => path.posix.relative(compile.projectDir || '.', f.path))
  const { delta: _delta, testSelection: _tests, ...rest } = settings
  return {
    ...rest,
    mode: checkOnly ? 'validate' : 'deploy',
    packageSource: {
      kind: 'source',
      projectDir,
      sourceDirs,
      ...(deletions?.emptyPackage ? { manifest: deletions.emptyPackage } : {}),
      ignoreUnknown: false
    },
    ...(deletions ? { postDestructiveChanges: deletions.post } : {}),
    deployOptions: { ...settings.deployOptions, checkOnly }
  }
}

async function report(
  settings: Settings,
  outcome: CompileOutcome,
  instanceUrl: string
): Promise<void> {
  const verdict = compileVerdict(outcome, settings.waitMinutes)
  const context = readRunContext(process.env, readEventPayload(process.env))
  const sink = createCoreReportSink()
  const orgLabel = new URL(instanceUrl).host
  await sink.writeSummary(
    renderCompileSummary({
      outcome,
      verdict,
      orgLabel,
      ...(context?.blobBaseUrl ? { blobBase: context.blobBaseUrl } : {})
    })
  )
  let published: Published | undefined
  if (outcome.deploy) {
    const deploySettings = {
      ...settings,
      mode: outcome.checkOnly ? ('validate' as const) : ('deploy' as const)
    }
    published = await publishOutcome(deploySettings, outcome.deploy)
  } else if (outcome.final) {
    sink.annotate(compileAnnotations(outcome.final.failures, outcome.files))
  }
  // One verdict: the fallback deploy's report (coverage threshold included) has the last word.
  const success = verdict.success && (published?.passed ?? true)
  const failures = published?.failures ?? []
  setOutputs({
    ...(outcome.deploy ? outcomeOutputs(outcome.deploy, { success }) : {}),
    ...compileOutputs(outcome),
    ...(published?.outputs ?? {}),
    success: String(success)
  })
  if (!success)
    core.setFailed(
      [verdict.message, ...failures].filter(Boolean).join('\n') || 'The compile failed.'
    )
}

function compileOutputs(outcome: CompileOutcome): Partial<Record<OutputName, string>> {
  const queueMs = queueMsOf(outcome)
  const requestId = requestIdOf(outcome)
  const errors = outcome.final?.failures.filter((f) => f.severity === 'error').length
  return {
    'compile-method': outcome.method,
    'compile-duration-ms': String(outcome.totalMs),
    ...(outcome.final ? { status: outcome.final.state } : {}),
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
