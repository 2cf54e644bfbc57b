/**
 * The Tooling API extension of the simulator: routes plus a control handle for tests
 * (scripted outcomes, queue time, inspection of containers and requests).
 */
import type { SimContext } from '../core/context.ts'
import { toolingState, type ScriptedOutcome, type ToolingState } from './tooling-state.ts'

export { TOOLING_ROUTES } from './tooling-routes.ts'
export type {
  ScriptedOutcome,
  ToolingContainer,
  ToolingRequest,
  ToolingState
} from './tooling-state.ts'

/** Test controls of the Tooling extension. */
export interface ToolingControl {
  /** The next requests end this way instead of compiling ('stuck' stays Queued), in order. */
  script(...outcomes: ScriptedOutcome[]): void
  /** Queue time of a request: `baseMs` + `perMemberMs` × members. */
  queueTime(baseMs: number, perMemberMs?: number): void
  readonly state: ToolingState
}

/** Controls for the simulator whose context is given (`sim.context`). */
export function toolingControl(sim: SimContext): ToolingControl {
  const state = toolingState(sim)
  return {
    script: (...outcomes) => state.script.push(...outcomes),
    queueTime: (baseMs, perMemberMs = 0) => {
      state.queueBaseMs = baseMs
      state.queuePerMemberMs = perMemberMs
    },
    state
  }
}
