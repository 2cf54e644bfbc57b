import * as core from '@actions/core'
import { createUndiciTransport } from './http/undici-transport.ts'
import type { HttpTransport } from './http/transport.ts'
import { connectToOrg } from './runner/connect.ts'
import { coreLogger } from './runner/core-logger.ts'
import { abortPushOnCancel } from './push-upgrade/abort-on-cancel.ts'
import { STATE } from './runner/state.ts'
import { maskSecret, readInputs } from './settings/read-inputs.ts'
import { parseSettings } from './settings/parse-settings.ts'
import { systemClock, type Clock } from './shared/clock.ts'
import { ApiError, describeError } from './shared/errors.ts'
import { cleanUpCompile, compileLeftBehind } from './tooling/post-compile.ts'

/**
 * The post step: when the main step was killed (job cancelled) while a deploy ran, cancel that
 * deploy in the org, because a running validation holds the org's deployment lock. Never fails the job.
 */
export async function runPost(deps: { http?: HttpTransport; clock?: Clock } = {}): Promise<void> {
  if (compileLeftBehind(core.getState(STATE.finished) === 'true'))
    await cleanUpCompile(
      () => parseSettings(readInputs(process.env.GITHUB_WORKSPACE ?? process.cwd())),
      deps
    )
  const pushRequestId = core.getState(STATE.pushRequestId)
  if (pushRequestId && core.getState(STATE.finished) !== 'true')
    return abortPushOnCancel(pushRequestId, deps)
  const deployId = core.getState(STATE.deployId)
  if (!deployId || core.getState(STATE.finished) === 'true') return
  try {
    const settings = parseSettings(readInputs(process.env.GITHUB_WORKSPACE ?? process.cwd()))
    if (!settings.cancelOnJobCancel || !settings.auth) {
      core.warning(
        `Deploy ${deployId} may still be running in the org; cancel-on-job-cancel is off.`
      )
      return
    }
    const session = await connectToOrg(
      {
        auth: settings.auth,
        http: deps.http ?? createUndiciTransport(30_000),
        clock: deps.clock ?? systemClock,
        logger: coreLogger,
        maskToken: maskSecret
      },
      settings.api
    )
    const result = await session.api.cancelDeploy(deployId)
    core.info(
      `The job was cancelled; cancelled deploy ${deployId} in the org (${result.done ? 'canceled' : 'canceling'}).`
    )
  } catch (error) {
    if (error instanceof ApiError && /INVALID_ID_FIELD/.test(error.code)) {
      core.info(`Deploy ${deployId} had already finished; nothing to cancel.`)
      return
    }
    core.warning(
      `Could not cancel deploy ${deployId}: ${describeError(error)}. Cancel it in Setup > Deployment Status.`
    )
  }
}
