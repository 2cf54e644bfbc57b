/**
 * The public fault-injection API of a running simulator: scripted per-operation faults plus
 * scenario hooks (session expiry, cancel by someone else, finalizing stage, the coverage race,
 * stale detailed reads, unknown extra fields, numberFiles).
 */
import type { SimContext } from './core/context.ts'
import type { FaultRule } from './core/faults.ts'
import { to18 } from './core/ids.ts'
import type { OrgUser } from './org/org-state.ts'

/** Fault-injection hooks. */
export interface SimulatorFaults {
  /**
   * Scripts a fault, e.g. `{ operation: 'checkDeployStatus', kind: 'http', status: 503, times: 3 }`,
   * `{ operation: 'deploy', kind: 'error', code: 'REQUEST_LIMIT_EXCEEDED' }`,
   * `{ kind: 'reset', operation: 'checkDeployStatus' }`, `{ kind: 'latency', ms: 200 }`.
   */
  add(rule: FaultRule): void
  /** Rules that have not fired yet. */
  pending(): FaultRule[]
  /** Removes every scripted rule and resets the scenario switches. */
  clear(): void
  /** Invalidates every access token now (next call: INVALID_SESSION_ID / 401). Refresh tokens stay valid. */
  expireSessions(): void
  /** Invalidates every access token issued before the simulated clock reaches `at` (epoch ms). */
  expireSessionsAt(at: number): void
  /** Cancels a deploy as another user ("Release Manager" by default), as if done in Setup. */
  cancelDeploy(id: string, byName?: string): { done: boolean } | { error: string }
  /** Adds a finalizing stage (status `Finalizing`, or e.g. `FinalizingDeploy`) before terminal states. */
  finalizing(enabled: boolean, status?: string): void
  /** Refreshes answer with a new refresh token and revoke the one used (rotating connected apps). */
  rotateRefreshTokens(enabled?: boolean): void
  /**
   * The coverage race: the next `reads` detailed status reads of a finished deploy return empty
   * coverage locations.
   */
  coverageRace(reads?: number): void
  /**
   * The next `reads` detailed status reads of a finished deploy see it as it was just before it
   * ended (e.g. InProgress, done false), while light reads already say done.
   */
  staleDetailReads(reads?: number): void
  /** Adds unknown top-level elements/keys to every DeployResult (SOAP and REST). */
  extraFields(fields: Record<string, string>): void
  /** Turns the `numberFiles` element of SOAP DeployResults on or off (default on). */
  numberFiles(enabled: boolean): void
}

function otherUser(sim: SimContext, name: string): OrgUser {
  const existing = sim.org.users.find((user) => user.name === name)
  if (existing) return existing
  const user: OrgUser = {
    id: to18(
      `005${sim.org.info.orgId.slice(3, 5)}0000${String(sim.org.users.length + 1).padStart(6, '0')}`
    ),
    username: `${name.toLowerCase().replace(/\W+/g, '.')}@sim.example.com`,
    name,
    approved: true
  }
  sim.org.users.push(user)
  return user
}

/** Builds the fault API over a simulator's shared context. */
export function createFaults(sim: SimContext): SimulatorFaults {
  return {
    add: (rule) => sim.faults.add(rule),
    pending: () => sim.faults.pending(),
    clear: () => {
      sim.faults.clear()
      sim.deploys.switches.finalizing = { enabled: false, status: 'Finalizing' }
      sim.switches.coverageRaceReads = 0
      sim.switches.staleDetailReads = 0
      sim.switches.extraFields = {}
      sim.switches.rotateRefreshTokens = false
    },
    expireSessions: () => sim.sessions.expireAll(),
    expireSessionsAt: (at) => sim.sessions.expireAllAt(at),
    cancelDeploy: (id, byName = 'Release Manager') => {
      const result = sim.deploys.cancel(id, otherUser(sim, byName), sim.clock.now())
      return 'error' in result ? { error: result.error } : { done: result.done }
    },
    finalizing: (enabled, status = 'Finalizing') => {
      sim.deploys.switches.finalizing = { enabled, status }
    },
    coverageRace: (reads = 1) => {
      sim.switches.coverageRaceReads = reads
    },
    staleDetailReads: (reads = 1) => {
      sim.switches.staleDetailReads = reads
    },
    extraFields: (fields) => {
      sim.switches.extraFields = { ...fields }
    },
    rotateRefreshTokens: (enabled = true) => {
      sim.switches.rotateRefreshTokens = enabled
    },
    numberFiles: (enabled) => {
      sim.switches.numberFiles = enabled
    }
  }
}
