/**
 * The post step's push branch: when the job was cancelled while the main step was creating or
 * following a push that had not started, abort the request so it never runs unattended. Never fails the job.
 */
import { connectForRun, type ConnectIo } from '../../runner/connect.ts'
import { createSalesforceRest } from '../../salesforce-rest/rest-client.ts'
import { signsIn, type Settings } from '../../settings/settings.ts'
import { describeError } from '../../shared/errors.ts'
import { abortPushRequest } from '../../push-upgrade/abort-push.ts'
import { createPushClient } from '../../push-upgrade/push-client.ts'

/** Aborts push request `requestId` if it is still Created or Pending. */
export async function abortPushOnCancel(
  requestId: string,
  readSettings: () => Settings,
  io: ConnectIo
): Promise<void> {
  const { logger } = io
  try {
    const settings = readSettings()
    if (!signsIn(settings) || !settings.cancelOnJobCancel) {
      logger.warning(
        `Push request ${requestId} may still start; cancel-on-job-cancel is off. Abort it in Setup > Push Upgrade History if needed.`
      )
      return
    }
    const session = await connectForRun(settings, io, 'rest')
    const result = await abortPushRequest(
      createPushClient(createSalesforceRest(session.caller, session.apiVersion)),
      requestId
    )
    if (result.aborted)
      logger.info(
        `The job was cancelled before the push started; aborted push request ${requestId}.`
      )
    else
      logger.warning(
        `Push request ${requestId} was not aborted: it is ${result.status} (${result.reason}).`
      )
  } catch (error) {
    logger.warning(
      `Could not abort push request ${requestId}: ${describeError(error)}. Abort it in Setup > Push Upgrade History.`
    )
  }
}
