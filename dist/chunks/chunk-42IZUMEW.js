import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ApiError,
  STATUS_LABEL
} from "./chunk-FZN3WDPO.js";

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

export {
  abortPushRequest
};
