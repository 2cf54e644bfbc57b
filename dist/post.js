import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  abortCompile,
  abortPushRequest
} from "./chunks/chunk-VJC7LDCB.js";
import {
  ApiError,
  STATE,
  connectForRun,
  coreLogger,
  createContainerClient,
  createPushClient,
  createSalesforceRest,
  describeError,
  parseSettings,
  postIo,
  readInputs,
  signsIn
} from "./chunks/chunk-TTJR5RRO.js";
import "./chunks/chunk-3NUZRSFU.js";
import "./chunks/chunk-52QQPHSG.js";
import {
  getState
} from "./chunks/chunk-FEMCCB6V.js";
import "./chunks/chunk-ROJ5W54P.js";
import "./chunks/chunk-MIMD37XH.js";
import "./chunks/chunk-WP646LUM.js";

// src/modes/push-upgrade/abort-on-cancel.ts
async function abortPushOnCancel(requestId, readSettings, io) {
  const { logger } = io;
  try {
    const settings = readSettings();
    if (!signsIn(settings) || !settings.cancelOnJobCancel) {
      logger.warning(
        `Push request ${requestId} may still start; cancel-on-job-cancel is off. Abort it in Setup > Push Upgrade History if needed.`
      );
      return;
    }
    const session = await connectForRun(settings, io, "rest");
    const result = await abortPushRequest(
      createPushClient(createSalesforceRest(session.caller, session.apiVersion)),
      requestId
    );
    if (result.aborted)
      logger.info(
        `The job was cancelled before the push started; aborted push request ${requestId}.`
      );
    else
      logger.warning(
        `Push request ${requestId} was not aborted: it is ${result.status} (${result.reason}).`
      );
  } catch (error) {
    logger.warning(
      `Could not abort push request ${requestId}: ${describeError(error)}. Abort it in Setup > Push Upgrade History.`
    );
  }
}

// src/modes/compile/post-compile.ts
async function cleanUpCompile(left, readSettings, io) {
  try {
    const settings = readSettings();
    if (!signsIn(settings)) return;
    const session = await connectForRun(settings, io, settings.api);
    const tooling = createContainerClient(createSalesforceRest(session.caller, session.apiVersion));
    await abortCompile(left, tooling, io.logger);
  } catch (error) {
    io.logger.warning(
      `Could not clean up compile container ${left.containerId}: ${describeError(error)}.`
    );
  }
}

// src/action/post-step.ts
async function runPost(deps = {}) {
  const io = postIo({ ...deps, logger: coreLogger });
  const readSettings = () => parseSettings(readInputs(process.env.GITHUB_WORKSPACE ?? process.cwd()));
  const finished = getState(STATE.finished) === "true";
  const containerId = getState(STATE.compileContainerId);
  if (!finished && containerId) {
    const requestId = getState(STATE.compileRequestId);
    await cleanUpCompile({ containerId, ...requestId ? { requestId } : {} }, readSettings, io);
  }
  const pushRequestId = getState(STATE.pushRequestId);
  if (pushRequestId && !finished) return abortPushOnCancel(pushRequestId, readSettings, io);
  const deployId = getState(STATE.deployId);
  const stopped = getState(STATE.jobCancelled) !== "";
  if (!deployId || finished && !stopped) return;
  try {
    const settings = readSettings();
    if (!signsIn(settings) || !settings.cancelOnJobCancel) {
      coreLogger.warning(
        `Deploy ${deployId} may still be running in the org; cancel-on-job-cancel is off.`
      );
      return;
    }
    const session = await connectForRun(settings, io, settings.api);
    const result = await session.api.cancelDeploy(deployId);
    coreLogger.info(
      `The job was cancelled; cancelled deploy ${deployId} in the org (${result.done ? "canceled" : "canceling"}).`
    );
  } catch (error) {
    if (error instanceof ApiError && /INVALID_ID_FIELD/.test(error.code)) {
      coreLogger.info(`Deploy ${deployId} had already finished; nothing to cancel.`);
      return;
    }
    coreLogger.warning(
      `Could not cancel deploy ${deployId}: ${describeError(error)}. Cancel it in Setup > Deployment Status.`
    );
  }
}

// src/post.ts
await runPost();
