import * as core from '@actions/core'
import type { HttpTransport } from '../http/transport.ts'
import { abortPushOnCancel } from '../modes/push-upgrade/abort-on-cancel.ts'
import { connectForRun, postIo } from '../runner/connect.ts'
import { STATE } from '../runner/state.ts'
import { parseSettings } from './parse-settings.ts'
import { signsIn, type Settings } from '../settings/settings.ts'
import type { Clock } from '../shared/clock.ts'
import { ApiError, describeError } from '../shared/errors.ts'
import { cleanUpCompile } from '../modes/compile/post-compile.ts'
import { coreLogger } from './core-logger.ts'
import { readInputs } from './read-inputs.ts'

/**
 * The post step: when the main step was killed (job cancelled) while a deploy, a push or a
 * compile ran, stop it in the org: a running validation holds the org's deployment lock. Never
 * fails the job.
 */
export async function runPost(deps: { http?: HttpTransport; clock?: Clock } = {}): Promise<void> {
  const io = postIo({ ...deps, logger: coreLogger })
  const readSettings = (): Settings =>
    parseSettings(readInputs(process.env.GITHUB_WORKSPACE ?? process.cwd()))
  const finished = core.getState(STATE.finished) === 'true'
  const containerId = core.getState(STATE.compileContainerId)
  if (!finished && containerId) {
    const requestId = core.getState(STATE.compileRequestId)
    await cleanUpCompile({ containerId, ...(requestId ? { requestId } : {}) }, readSettings, io)
  }
  const pushRequestId = core.getState(STATE.pushRequestId)
  if (pushRequestId && !finished) return abortPushOnCancel(pushRequestId, readSettings, io)
  const deployId = core.getState(STATE.deployId)
  // Cancel only a deploy the main step left behind when it was stopped: a recorded cancellation
  // signal, or a main step that never reached its end. A main step that failed on its own ended.
  const stopped = core.getState(STATE.jobCancelled) !== ''
  if (!deployId || (finished && !stopped)) return
  try {
    const settings = readSettings()
    if (!signsIn(settings) || !settings.cancelOnJobCancel) {
      coreLogger.warning(
        `Deploy ${deployId} may still be running in the org; cancel-on-job-cancel is off.`
      )
      return
    }
    const session = await connectForRun(settings, io, settings.api)
    const result = await session.api.cancelDeploy(deployId)
    coreLogger.info(
      `The job was cancelled; cancelled deploy ${deployId} in the org (${result.done ? 'canceled' : 'canceling'}).`
    )
  } catch (error) {
    if (error instanceof ApiError && /INVALID_ID_FIELD/.test(error.code)) {
      coreLogger.info(`Deploy ${deployId} had already finished; nothing to cancel.`)
      return
    }
    coreLogger.warning(
      `Could not cancel deploy ${deployId}: ${describeError(error)}. Cancel it in Setup > Deployment Status.`
    )
  }
}
