import { STATE } from '../runner/state.ts'

/** Compile mode's state keys, from the one state module. */
export const COMPILE_STATE = {
  containerId: STATE.compileContainerId,
  requestId: STATE.compileRequestId
} as const
