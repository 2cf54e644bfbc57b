import * as core from '@actions/core'
import { escapeLogText } from '../shared/log-escape.ts'
import type { Logger } from '../shared/logger.ts'
import { redact } from '../shared/redact.ts'

/**
 * The Logger port on the runner's log. Messages carry data (org texts, file and component names),
 * so each is redacted, and plain lines are escaped so none can start a workflow command; core
 * encodes the data of warning and debug commands itself.
 */
export const coreLogger: Logger = {
  info: (message) => core.info(escapeLogText(redact(message))),
  warning: (message) => core.warning(redact(message)),
  debug: (message) => core.debug(redact(message))
}
