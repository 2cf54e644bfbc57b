/**
 * The shared state every route handler receives: org, clock, sessions, deploy and retrieve
 * engines, faults and switches. Extensions (Tooling, push upgrades) keep their own state in
 * `extensions` under their own key.
 */
import type { DeployEngine } from '../deploy/deploy-engine.ts'
import type { OrgState } from '../org/org-state.ts'
import type { RetrieveEngine } from '../retrieve/retrieve-engine.ts'
import type { DrivenClock } from './clock.ts'
import type { FaultRules } from './faults.ts'
import type { IdMinter } from './ids.ts'
import type { RecordedRequest } from './recorder.ts'
import type { SessionStore } from './sessions.ts'

/** Realism switches, flipped by fault hooks. */
export interface Switches {
  /** Emit `numberFiles` in SOAP DeployResults. */
  numberFiles: boolean
  /**
   * The coverage race: this many detailed reads of a finished deploy return empty coverage
   * locations.
   */
  coverageRaceReads: number
  /** This many detailed reads of a finished deploy still see it running (a lagging replica). */
  staleDetailReads: number
  /** Unknown extra top-level fields added to every DeployResult. */
  extraFields: Record<string, string>
  /** Retrieve zips are deleted after their first delivery, as the org does. */
  deleteZipAfterDelivery: boolean
  /**
   * The connected app rotates refresh tokens: each refresh answers with a new `refresh_token`
   * and the one used stops working.
   */
  rotateRefreshTokens: boolean
}

/** JWT bearer configuration of the connected app. */
export interface JwtConfig {
  clientId: string
  publicKeyPem: string
}

/** State shared by all routes. */
export interface SimContext {
  baseUrl: () => string
  /** Highest API version the org supports, e.g. `66.0`. */
  maxApiVersion: string
  clock: DrivenClock
  ids: IdMinter
  org: OrgState
  sessions: SessionStore
  deploys: DeployEngine
  retrieves: RetrieveEngine
  faults: FaultRules
  switches: Switches
  jwt: JwtConfig
  /** OAuth client ids accepted by the refresh-token grant, with their secrets ('' = none). */
  clients: Map<string, string>
  requests: RecordedRequest[]
  /** Free space for route extensions, keyed by extension name. */
  extensions: Map<string, unknown>
}
