/**
 * The post step's push branch: when the job was cancelled while the main step was creating or
 * following a push that had not started, abort the request so it never runs unattended. Never fails the job.
 */
import * as core from '@actions/core'
import type { HttpTransport } from '../http/transport.ts'
import { connectForRun, postIo } from '../runner/connect.ts'
import { createSalesforceRest } from '../salesforce-rest/rest-client.ts'
import { parseSettings } from '../settings/parse-settings.ts'
import { readInputs } from '../action/read-inputs.ts'
import type { Clock } from '../shared/clock.ts'
import { describeError } from '../shared/errors.ts'
import { abortPushRequest } from './abort-push.ts'
import { createPushClient } from './push-client.ts'

/** Aborts push request `requestId` if it is still Created or Pending. */
export async function abortPushOnCancel(
  requestId: string,
  deps: { http?: HttpTransport; clock?: Clock } = {}
): Promise<void> {
  try {
    const settings = parseSettings(readInputs(process.env.GITHUB_WORKSPACE ?? process.cwd()))
    if (!settings.cancelOnJobCancel || !settings.auth) {
      core.warning(
        `Push request ${requestId} may still start; cancel-on-job-cancel is off. Abort it in Setup > Push Upgrade History if needed.`
      )
      return
    }
    const session = await connectForRun(settings, postIo(deps), 'rest')
    const result = await abortPushRequest(
      createPushClient(createSalesforceRest(session.caller, session.apiVersion)),
      requestId
    )
    if (result.aborted)
      core.info(`The job was cancelled before the push started; aborted push request ${requestId}.`)
    else
      core.warning(
        `Push request ${requestId} was not aborted: it is ${result.status} (${result.reason}).`
      )
  } catch (error) {
    core.warning(
      `Could not abort push request ${requestId}: ${describeError(error)}. Abort it in Setup > Push Upgrade History.`
    )
  }
}
