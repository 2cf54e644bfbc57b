import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ApiError,
  COMPILE_STATE,
  STATE,
  STATUS_LABEL,
  connectForRun,
  coreLogger,
  createContainerClient,
  createPushClient,
  createSalesforceRest,
  describeError,
  parseSettings,
  postIo,
  readInputs
} from "./chunks/chunk-MOXB3UY2.js";
import "./chunks/chunk-6BJ2KOA7.js";
import "./chunks/chunk-52QQPHSG.js";
import {
  getState,
  info,
  warning
} from "./chunks/chunk-NH47FYT6.js";
import "./chunks/chunk-WP646LUM.js";

// src/push-upgrade/abort-push.ts
async function abortPushRequest(api, requestId) {
  const request = await api.readRequest(requestId);
  if (request.status !== "created" && request.status !== "pending") {
    const status = STATUS_LABEL[request.status];
    const reason = request.status === "in-progress" ? "the push has started, and a push in progress cannot be aborted" : "it had already ended";
    return { aborted: false, status, reason };
  }
  try {
    await api.setRequestStatus(requestId, "Canceled");
    return { aborted: true };
  } catch (error) {
    if (error instanceof ApiError && error.code === "INVALID_OPERATION") {
      const now = await api.readRequest(requestId);
      return { aborted: false, status: STATUS_LABEL[now.status], reason: error.message };
    }
    throw error;
  }
}

// src/push-upgrade/abort-on-cancel.ts
async function abortPushOnCancel(requestId, deps = {}) {
  try {
    const settings = parseSettings(readInputs(process.env.GITHUB_WORKSPACE ?? process.cwd()));
    if (!settings.cancelOnJobCancel || !settings.auth) {
      warning(
        `Push request ${requestId} may still start; cancel-on-job-cancel is off. Abort it in Setup > Push Upgrade History if needed.`
      );
      return;
    }
    const session = await connectForRun(settings, postIo(deps), "rest");
    const result = await abortPushRequest(
      createPushClient(createSalesforceRest(session.caller, session.apiVersion)),
      requestId
    );
    if (result.aborted)
      info(`The job was cancelled before the push started; aborted push request ${requestId}.`);
    else
      warning(
        `Push request ${requestId} was not aborted: it is ${result.status} (${result.reason}).`
      );
  } catch (error) {
    warning(
      `Could not abort push request ${requestId}: ${describeError(error)}. Abort it in Setup > Push Upgrade History.`
    );
  }
}

// src/tooling/abort-compile.ts
async function abortCompile(ids, tooling, logger) {
  if (ids.requestId) {
    try {
      await tooling.abortRequest(ids.requestId);
      logger.info(`The job was cancelled; set ContainerAsyncRequest ${ids.requestId} to Aborted.`);
    } catch (error) {
      logger.warning(
        `ContainerAsyncRequest ${ids.requestId} was NOT aborted: ${describeError(error)}. It may still run to its end; it cannot save anything once its container is deleted.`
      );
    }
  }
  try {
    await tooling.deleteContainer(ids.containerId);
    logger.info(`Deleted MetadataContainer ${ids.containerId}.`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      logger.info(`MetadataContainer ${ids.containerId} was already deleted.`);
      return;
    }
    logger.warning(
      `Could not delete MetadataContainer ${ids.containerId}: ${describeError(error)}. Delete it through the Tooling API.`
    );
  }
}

// src/tooling/post-compile.ts
function compileLeftBehind(finished) {
  return !finished && getState(COMPILE_STATE.containerId) !== "";
}
async function cleanUpCompile(readSettings, deps) {
  const containerId = getState(COMPILE_STATE.containerId);
  const requestId = getState(COMPILE_STATE.requestId);
  try {
    const settings = readSettings();
    if (!settings.auth) return;
    const session = await connectForRun(settings, postIo(deps), settings.api);
    const tooling = createContainerClient(createSalesforceRest(session.caller, session.apiVersion));
    await abortCompile({ containerId, ...requestId ? { requestId } : {} }, tooling, coreLogger);
  } catch (error) {
    warning(`Could not clean up compile container ${containerId}: ${describeError(error)}.`);
  }
}

// src/post-main.ts
async function runPost(deps = {}) {
  if (compileLeftBehind(getState(STATE.finished) === "true"))
    await cleanUpCompile(
      () => parseSettings(readInputs(process.env.GITHUB_WORKSPACE ?? process.cwd())),
      deps
    );
  const pushRequestId = getState(STATE.pushRequestId);
  if (pushRequestId && getState(STATE.finished) !== "true")
    return abortPushOnCancel(pushRequestId, deps);
  const deployId = getState(STATE.deployId);
  const stopped = getState(STATE.jobCancelled) !== "";
  if (!deployId || getState(STATE.finished) === "true" && !stopped) return;
  try {
    const settings = parseSettings(readInputs(process.env.GITHUB_WORKSPACE ?? process.cwd()));
    if (!settings.cancelOnJobCancel || !settings.auth) {
      warning(
        `Deploy ${deployId} may still be running in the org; cancel-on-job-cancel is off.`
      );
      return;
    }
    const session = await connectForRun(settings, postIo(deps), settings.api);
    const result = await session.api.cancelDeploy(deployId);
    info(
      `The job was cancelled; cancelled deploy ${deployId} in the org (${result.done ? "canceled" : "canceling"}).`
    );
  } catch (error) {
    if (error instanceof ApiError && /INVALID_ID_FIELD/.test(error.code)) {
      info(`Deploy ${deployId} had already finished; nothing to cancel.`);
      return;
    }
    warning(
      `Could not cancel deploy ${deployId}: ${describeError(error)}. Cancel it in Setup > Deployment Status.`
    );
  }
}

// src/post.ts
await runPost();
