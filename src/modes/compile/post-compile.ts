/**
 * The post step's compile branch: when the main step was killed mid-compile, sign in again,
 * abort the request and delete the container.
 */
import { connectForRun, type ConnectIo } from '../../runner/connect.ts'
import { createSalesforceRest } from '../../salesforce-rest/rest-client.ts'
import { signsIn, type Settings } from '../../settings/settings.ts'
import { describeError } from '../../shared/errors.ts'
import { abortCompile } from '../../tooling/abort-compile.ts'
import { createContainerClient } from '../../tooling/container-client.ts'

/** The compile objects a killed main step left behind (from the saved state). */
export interface LeftBehind {
  containerId: string
  requestId?: string
}

/** Cleans up after a killed compile; never fails the job. */
export async function cleanUpCompile(
  left: LeftBehind,
  readSettings: () => Settings,
  io: ConnectIo
): Promise<void> {
  try {
    const settings = readSettings()
    if (!signsIn(settings)) return
    const session = await connectForRun(settings, io, settings.api)
    const tooling = createContainerClient(createSalesforceRest(session.caller, session.apiVersion))
    await abortCompile(left, tooling, io.logger)
  } catch (error) {
    io.logger.warning(
      `Could not clean up compile container ${left.containerId}: ${describeError(error)}.`
    )
  }
}
