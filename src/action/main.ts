import * as core from '@actions/core'
import { runBuildMode } from '../modes/build/run-build-mode.ts'
import { runOperationMode } from '../modes/operation/run-operation-mode.ts'
import { runPushUpgrade } from '../modes/push-upgrade/run-push-upgrade.ts'
import { runPlanMode } from '../modes/plan/run-plan.ts'
import { runRetrieveMode } from '../modes/retrieve/run-retrieve-mode.ts'
import type { RunDeps } from '../runner/run-deps.ts'
import { partsOf, type RunResult } from '../runner/run-result.ts'
import { STATE } from '../runner/state.ts'
import { parseInputs } from './parse-settings.ts'
import { packageProblems } from './package-problems.ts'
import type { Settings } from '../settings/settings.ts'
import { runSync } from '../modes/sync/run-sync.ts'
import { runCompile } from '../modes/compile/run-compile-mode.ts'
import { describeError, InputError } from '../shared/errors.ts'
import { redact } from '../shared/redact.ts'
import { renderFailure, unfollowedDeploy } from '../report/failure-summary.ts'
import { createPublishPorts } from './github/default-ports.ts'
import { defaultDeps } from './ports.ts'
import { publishResult } from './publish.ts'
import { readInputs } from './read-inputs.ts'

export type { RunDeps }
export { recordCancellationSignals } from './ports.ts'

/**
 * The action's main step: inputs → settings → the mode's run → the one publisher. Never throws:
 * a failure ends in one clear message and exit code 1.
 */
export async function run(overrides: Partial<RunDeps> = {}): Promise<void> {
  const deps = { ...defaultDeps(), ...overrides }
  const publish = createPublishPorts(deps.logger, deps.octokit, deps.artifactUploader)
  let result: RunResult
  let mode: string | undefined
  try {
    const parsed = parseInputs(
      readInputs(deps.env.GITHUB_WORKSPACE ?? process.cwd(), deps.clock.now())
    )
    if ('problems' in parsed)
      throw new InputError(parsed.problems, await packageProblems(parsed.parts, deps.env))
    const settings = parsed.settings
    mode = settings.mode
    result = await runMode(settings, deps)
  } catch (error) {
    result = thrownResult(error, mode, deps)
  } finally {
    // The operation ended here, however it ended: the post step must not cancel anything.
    deps.state.save(STATE.finished, 'true')
  }
  try {
    await publishResult(result, publish)
  } catch (error) {
    // A runner file that cannot be written (the outputs) leaves the run unreported: say so and fail.
    core.setFailed(redact(`The run's result could not be published: ${describeError(error)}`))
  }
}

/** Each mode's own run: it returns its result and publishes nothing. */
function runMode(settings: Settings, deps: RunDeps): Promise<RunResult> {
  switch (settings.mode) {
    case 'build':
      return runBuildMode(settings, deps)
    case 'compile':
      return runCompile(settings, deps)
    case 'push-upgrade':
      return runPushUpgrade(settings, deps)
    case 'retrieve':
      return runRetrieveMode(settings, deps)
    case 'plan':
      return runPlanMode(settings, deps)
    case 'sync':
      return runSync(settings, deps)
    case 'deploy':
    case 'validate':
    case 'quick-deploy':
    case 'report':
    case 'cancel':
      return runOperationMode(settings, deps)
  }
}

/**
 * A run that ended in an error still reports what it knows: `success=false`, the deploy id when
 * one was started, and what its steps gathered before the error (a drift guard's diffs).
 */
function thrownResult(error: unknown, mode: string | undefined, deps: RunDeps): RunResult {
  deps.logger.debug(error instanceof Error ? (error.stack ?? error.message) : String(error))
  const gathered = partsOf(error)
  const unfollowed = error instanceof InputError ? undefined : unfollowedDeploy(gathered.outputs)
  const message = redact(
    error instanceof InputError
      ? error.message
      : `${describeError(error)}${unfollowed ? `\n${unfollowed}` : ''}`
  )
  const head = renderFailure(
    error instanceof InputError
      ? {
          message,
          problems: error.problems.map((p) => redact(p)),
          buildProblems: error.buildProblems.map((p) => redact(p))
        }
      : {
          ...(mode ? { mode } : {}),
          message,
          ...(unfollowed ? { unfollowed: gathered.outputs['deploy-id'] ?? '' } : {})
        }
  )
  return {
    verdict: { success: false, message },
    // An input problem found once the run started (a push start time now past) is still bad input:
    // the CLI reads this status to exit 2, as for the problems found before the run.
    outputs:
      error instanceof InputError
        ? { ...gathered.outputs, status: 'InvalidInput' }
        : gathered.outputs,
    // The verdict first, then what the steps gathered before the error (a drift guard's diffs).
    summary: [head, ...gathered.summary],
    annotations: gathered.annotations
  }
}
