/**
 * Local Salesforce org simulator: OAuth, REST data basics, SOAP Metadata API (deploy, status,
 * cancel, quick deploy, retrieve, listMetadata) and REST deployRequest on 127.0.0.1, with a
 * controllable clock, scripted faults and full request recording. See simulator/README.md.
 */
import { generateKeyPairSync } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { type SimClock, createRealClock, createVirtualClock } from './core/clock.ts'
import type { SimContext } from './core/context.ts'
import { FaultRules } from './core/faults.ts'
import { IdMinter, to18 } from './core/ids.ts'
import type { RecordedDeploy, RecordedRequest } from './core/recorder.ts'
import type { Route } from './core/route.ts'
import { createSimServer } from './core/server.ts'
import { SessionStore } from './core/sessions.ts'
import { DeployEngine } from './deploy/deploy-engine.ts'
import { viewAt } from './deploy/deploy-job.ts'
import { type OrgComponent, type OrgInfo, OrgState, type OrgUser } from './org/org-state.ts'
import {
  DEFAULT_API_VERSION,
  ORG_PROFILES,
  type OrgProfileName,
  type OrgType,
  isSandboxLike
} from './org/org-profiles.ts'
import { readFolder } from './org/zip.ts'
import { ROUTES } from './routes/index.ts'
import { RetrieveEngine } from './retrieve/retrieve-engine.ts'
import { type SimulatorFaults, createFaults } from './sim-faults.ts'

export type { FaultRule } from './core/faults.ts'
export type { RecordedDeploy, RecordedRequest } from './core/recorder.ts'
export type { Route, SimRequest, SimResponse } from './core/route.ts'
export type { SimContext } from './core/context.ts'
export type { SimulatorFaults } from './sim-faults.ts'
export type { OrgComponent, OrgUser } from './org/org-state.ts'
export { CURRENT_API_VERSION, ORG_PROFILES } from './org/org-profiles.ts'
export type { OrgProfileName, OrgType } from './org/org-profiles.ts'

/** Options of `startSimulator`. */
export interface SimulatorOptions {
  /** Port on 127.0.0.1 (default 0 = ephemeral). */
  port?: number
  /**
   * Org profile (`production`, `sandbox`, `scratch`, `developer`, `current` = production at API
   * 68.0): the org type and API version, unless `orgType`/`apiVersion` are given too.
   */
  profile?: OrgProfileName
  /** Org type: decides default test levels, NoTestRun refusal, JWT audience (default 'Developer Edition'). */
  orgType?: OrgType
  /** Highest supported API version (default '66.0'). */
  apiVersion?: string
  /** Metadata-format folder the org starts with (package.xml files in it are ignored). */
  seedDir?: string
  /** Metadata-format files the org starts with (added after seedDir). */
  seedFiles?: Map<string, Buffer>
  /** 'virtual' (default): time moves only on `clock.advance`. 'real': wall time × timeScale. */
  clock?: 'virtual' | 'real'
  /** Speed-up of the real clock (default 1). */
  timeScale?: number
  /** Simulated start time, epoch ms (default: now, rounded to the second). */
  startTime?: number
  /** Extra users besides the admin; `approved: false` makes JWT logins fail. */
  users?: { username: string; name?: string; approved?: boolean }[]
  /** Admin username (default `admin@sim.example.com`). */
  username?: string
  /** JWT connected-app consumer key (default a fixed 3MVG… value). */
  clientId?: string
  /** Extra routes, matched before the built-in ones. */
  routes?: Route[]
  /**
   * The connected app's JWT key pair (default a fresh one). Tests that start many simulators pass
   * one pair to all of them: generating an RSA key costs more than the rest of the start.
   */
  jwtKeys?: { privateKeyPem: string; publicKeyPem: string }
}

/** A running simulator. */
export interface Simulator {
  baseUrl: string
  /** 18-character org id (00D…). */
  orgId: string
  /** A valid access token for the admin user. */
  accessToken: string
  /** A refresh token for client id `PlatformCLI` (empty secret). */
  refreshToken: string
  /** `force://PlatformCLI::<refresh>@127.0.0.1:<port>` (no scheme: http is implied for loopback). */
  authUrl: string
  jwt: { clientId: string; username: string; privateKeyPem: string; publicKeyPem: string }
  clock: SimClock
  faults: SimulatorFaults
  /** Every request received, in order. */
  requests: RecordedRequest[]
  /** Every deploy, validation and quick deploy received, in order (status fields are live). */
  readonly deploys: RecordedDeploy[]
  org: {
    /** Every file the org holds, by metadata-format path. */
    files(): Map<string, Buffer>
    components(): OrgComponent[]
    component(type: string, fullName: string): OrgComponent | undefined
    has(type: string, fullName: string): boolean
    /** Adds metadata-format files to the org (as seeded components). */
    seed(files: Map<string, Buffer>, manageableState?: string): void
    users: OrgUser[]
  }
  /** Issues a fresh access token (for the admin, or another known username). */
  issueAccessToken(username?: string): string
  /** The shared state, for extensions and white-box tests. */
  context: SimContext
  close(): Promise<void>
}

const DEFAULT_CLIENT_ID =
  '3MVG9SimulatorConsumerKey0000000000000000000000000000000000000000000000000000000'

function makeUsers(orgId: string, options: SimulatorOptions): OrgUser[] {
  const pod = orgId.slice(3, 5)
  const admin = {
    username: options.username ?? 'admin@sim.example.com',
    name: 'Sim Admin',
    approved: true
  }
  return [admin, ...(options.users ?? [])].map((user, index) => ({
    id: to18(`005${pod}0000${String(index + 1).padStart(6, '0')}`),
    username: user.username,
    name: user.name ?? user.username.split('@')[0] ?? user.username,
    approved: user.approved ?? true
  }))
}

/** Starts a simulator on 127.0.0.1. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const start = options.startTime ?? Math.floor(Date.now() / 1000) * 1000
  const clock =
    options.clock === 'real'
      ? createRealClock(start, options.timeScale ?? 1)
      : createVirtualClock(start)
  const ids = new IdMinter('5g')
  const orgId = to18('00D5g0000000SIM')
  const profile = options.profile ? ORG_PROFILES[options.profile] : undefined
  const orgType = options.orgType ?? profile?.orgType ?? 'Developer Edition'
  const info: OrgInfo = {
    orgId,
    name: 'Simulated Org',
    orgType,
    instanceName: isSandboxLike(orgType) ? 'CS42' : 'NA42',
    namespacePrefix: null,
    // Scratch orgs live 7 days by default.
    trialExpiresAt: orgType === 'Scratch' ? start + 7 * 24 * 60 * 60 * 1000 : null
  }
  const org = new OrgState(info, makeUsers(orgId, options), ids)
  const seedStamp = { userId: org.admin.id, userName: org.admin.name, at: start }
  if (options.seedDir) org.seed(await readFolder(options.seedDir), seedStamp)
  if (options.seedFiles) org.seed(options.seedFiles, seedStamp)
  const maxApiVersion = options.apiVersion ?? profile?.apiVersion ?? DEFAULT_API_VERSION
  const keys = options.jwtKeys
    ? { privateKey: options.jwtKeys.privateKeyPem, publicKey: options.jwtKeys.publicKeyPem }
    : generateKeyPairSync('rsa', {
        modulusLength: 2048,
        publicKeyEncoding: { type: 'spki', format: 'pem' },
        privateKeyEncoding: { type: 'pkcs8', format: 'pem' }
      })
  const clientId = options.clientId ?? DEFAULT_CLIENT_ID
  let baseUrl = ''
  const sim: SimContext = {
    baseUrl: () => baseUrl,
    maxApiVersion,
    clock,
    ids,
    org,
    sessions: new SessionStore(orgId, () => clock.now()),
    deploys: new DeployEngine(org, ids, orgType === 'Production', Number(maxApiVersion)),
    retrieves: new RetrieveEngine(org, ids),
    faults: new FaultRules(),
    switches: {
      numberFiles: true,
      coverageRaceReads: 0,
      staleDetailReads: 0,
      extraFields: {},
      deleteZipAfterDelivery: true,
      rotateRefreshTokens: false
    },
    jwt: { clientId, publicKeyPem: keys.publicKey },
    clients: new Map([
      ['PlatformCLI', ''],
      [clientId, '']
    ]),
    requests: [],
    extensions: new Map()
  }
  const sync = (): void => {
    sim.deploys.sync(clock.now())
    sim.retrieves.sync(clock.now())
  }
  clock.onAdvance(sync)
  const server = createSimServer([...(options.routes ?? []), ...ROUTES], sim, sync)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  baseUrl = `http://127.0.0.1:${port}`
  const refreshToken = sim.sessions.issueRefresh(org.admin, 'PlatformCLI')
  return {
    baseUrl,
    orgId,
    accessToken: sim.sessions.issue(org.admin),
    refreshToken,
    authUrl: `force://PlatformCLI::${refreshToken}@127.0.0.1:${port}`,
    jwt: {
      clientId,
      username: org.admin.username,
      privateKeyPem: keys.privateKey,
      publicKeyPem: keys.publicKey
    },
    clock: { now: () => clock.now(), advance: (ms) => clock.advance(ms) },
    faults: createFaults(sim),
    requests: sim.requests,
    get deploys(): RecordedDeploy[] {
      return sim.deploys.jobs.map((job) => ({
        id: job.id,
        transport: job.transport,
        options: job.options,
        checkOnly: job.options.checkOnly,
        files: job.files,
        packageXml: job.packageXml,
        validatedDeployRequestId: job.validatedDeployRequestId,
        get status() {
          return viewAt(job, clock.now()).status
        },
        get done() {
          return viewAt(job, clock.now()).done
        }
      }))
    },
    org: {
      files: () => org.files(),
      components: () => org.list(),
      component: (type, fullName) => org.get(type, fullName),
      has: (type, fullName) => org.has(type, fullName),
      seed: (files, manageableState) =>
        void org.seed(files, { ...seedStamp, at: clock.now() }, manageableState),
      users: org.users
    },
    issueAccessToken: (username) => {
      const user = username ? org.user(username) : org.admin
      if (!user)
        throw new Error(
          `issueAccessToken: no user named ${username ?? ''}; known: ${org.users.map((u) => u.username).join(', ')}`
        )
      return sim.sessions.issue(user)
    },
    context: sim,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}
