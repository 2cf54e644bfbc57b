import * as core from '@actions/core'
import type { Logger } from '../shared/logger.ts'

/** The Logger port on the runner's log. */
export const coreLogger: Logger = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message)
}
