import * as core from "@actions/core";
import { escapeLogText } from "../shared/log-escape.ts";
import type { Logger } from "../shared/logger.ts";

/**
 * The Logger port on the runner's log. Messages carry data (org texts, file and component names),
 * so plain lines are escaped so none can start a workflow command; core encodes the data of
 * warning and debug commands itself.
 */
export const coreLogger: Logger = {
  info: (message) => core.info(escapeLogText(message)),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message),
};
