import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ApiError,
  STATUS_LABEL,
  describeError
} from "./chunk-TTJR5RRO.js";

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

// src/tooling/abort-compile.ts
async function abortCompile(ids, tooling, logger) {
  const abort = ids.requestId ? await abortRequest(ids.requestId, tooling, logger) : void 0;
  return {
    ...abort ? { abort } : {},
    container: await deleteContainer(ids.containerId, tooling, logger)
  };
}
async function abortRequest(requestId, tooling, logger) {
  try {
    await tooling.abortRequest(requestId);
    logger.info(`The job was cancelled; set ContainerAsyncRequest ${requestId} to Aborted.`);
    return { done: true };
  } catch (error) {
    const why = describeError(error);
    logger.warning(
      `ContainerAsyncRequest ${requestId} was NOT aborted: ${why}. It may still run to its end; it cannot save anything once its container is deleted.`
    );
    return { done: false, why };
  }
}
async function deleteContainer(containerId, tooling, logger) {
  try {
    await tooling.deleteContainer(containerId);
    logger.info(`Deleted MetadataContainer ${containerId}.`);
    return { done: true };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      logger.info(`MetadataContainer ${containerId} was already deleted.`);
      return { done: true, alreadyGone: true };
    }
    const why = describeError(error);
    logger.warning(
      `Could not delete MetadataContainer ${containerId}: ${why}. Delete it through the Tooling API.`
    );
    return { done: false, why };
  }
}

export {
  abortPushRequest,
  abortCompile
};
