/**
 * State of the Tooling API extension: MetadataContainers, their members and
 * ContainerAsyncRequests, plus the scenario script tests use to force Error, Invalidated or a
 * request stuck in Queued. Kept in `sim.extensions` under `tooling`.
 */
import type { SimContext } from '../core/context.ts'

/** Member objects a container can hold, with their entity type. */
export const MEMBER_OBJECTS: Record<string, string> = {
  ApexClassMember: 'ApexClass',
  ApexTriggerMember: 'ApexTrigger',
  ApexPageMember: 'ApexPage',
  ApexComponentMember: 'ApexComponent'
}

/** One Apex*Member. */
export interface ToolingMember {
  id: string
  object: string
  entityType: string
  containerId: string
  contentEntityId: string
  /** Entity name, looked up from the org at create time. */
  fullName: string
  body: string
  metadata: unknown
}

/** One MetadataContainer. */
export interface ToolingContainer {
  id: string
  name: string
  createdAt: number
  members: Map<string, ToolingMember>
}

/** What the next request does instead of compiling. */
export type ScriptedOutcome = 'compile' | 'Error' | 'Invalidated' | 'stuck'

/** One ContainerAsyncRequest. */
export interface ToolingRequest {
  id: string
  containerId: string
  containerName: string
  checkOnly: boolean
  submittedAt: number
  /** When the request leaves Queued (unless stuck). */
  readyAt: number
  outcome: ScriptedOutcome
  state: 'Queued' | 'Completed' | 'Failed' | 'Error' | 'Invalidated' | 'Aborted'
  errorMsg: string | null
  deployDetails: unknown
  /** Members as submitted, so a later edit can invalidate the request. */
  memberIds: string[]
}

/** The extension's state. */
export interface ToolingState {
  containers: Map<string, ToolingContainer>
  requests: Map<string, ToolingRequest>
  /** Outcomes of the next requests, in order; empty = compile. */
  script: ScriptedOutcome[]
  /** Time a request stays Queued: fixed part + per member (simulated ms). */
  queueBaseMs: number
  queuePerMemberMs: number
  /** Containers deleted, in order (for clean-up assertions). */
  deletedContainers: string[]
}

const KEY = 'tooling'

/** The Tooling state of a simulator, created on first use. */
export function toolingState(sim: SimContext): ToolingState {
  let state = sim.extensions.get(KEY) as ToolingState | undefined
  if (!state) {
    state = {
      containers: new Map(),
      requests: new Map(),
      script: [],
      queueBaseMs: 1_200,
      queuePerMemberMs: 300,
      deletedContainers: []
    }
    sim.extensions.set(KEY, state)
  }
  return state
}

/** A request still Queued on this container, or one pending save in the org. */
export function outstandingRequest(
  state: ToolingState,
  containerId: string
): ToolingRequest | undefined {
  for (const request of state.requests.values()) {
    if (request.state !== 'Queued') continue
    if (request.containerId === containerId || !request.checkOnly) return request
  }
  return undefined
}
