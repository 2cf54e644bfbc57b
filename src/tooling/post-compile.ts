/**
 * The post step's compile branch: when the main step was killed mid-compile, sign in again,
 * abort the request and delete the container.
 */
import * as core from '@actions/core'
import type { HttpTransport } from '../http/transport.ts'
import { connectForRun, postIo } from '../runner/connect.ts'
import { coreLogger } from '../action/core-logger.ts'
import { createSalesforceRest } from '../salesforce-rest/rest-client.ts'
import type { Settings } from '../settings/settings.ts'
import type { Clock } from '../shared/clock.ts'
import { describeError } from '../shared/errors.ts'
import { abortCompile } from './abort-compile.ts'
import { COMPILE_STATE } from './compile-state.ts'
import { createContainerClient } from './container-client.ts'

/** True when a main step that did not finish left a compile container behind. */
export function compileLeftBehind(finished: boolean): boolean {
  return !finished && core.getState(COMPILE_STATE.containerId) !== ''
}

/** Cleans up after a killed compile; never fails the job. */
export async function cleanUpCompile(
  readSettings: () => Settings,
  deps: { http?: HttpTransport; clock?: Clock }
): Promise<void> {
  const containerId = core.getState(COMPILE_STATE.containerId)
  const requestId = core.getState(COMPILE_STATE.requestId)
  try {
    const settings = readSettings()
    if (!settings.auth) return
    const session = await connectForRun(settings, postIo(deps), settings.api)
    const tooling = createContainerClient(createSalesforceRest(session.caller, session.apiVersion))
    await abortCompile({ containerId, ...(requestId ? { requestId } : {}) }, tooling, coreLogger)
  } catch (error) {
    core.warning(`Could not clean up compile container ${containerId}: ${describeError(error)}.`)
  }
}
