/**
 * The push extension's state inside a simulator (`sim.extensions`), created with the sample seed on
 * first use, and the controller tests and benchmarks use to reseed it and script outcomes.
 */
import type { SimContext } from '../core/context.ts'
import { buildPushSeed, type PushSeedOptions } from './push-seed.ts'
import type {
  PushScenario,
  SimPackage,
  SimPushRequest,
  SimSubscriber,
  SimVersion
} from './push-types.ts'
import type { IdMinter } from '../core/ids.ts'

const KEY = 'push'

/** Everything the push routes read and write. */
export interface PushState {
  package: SimPackage
  versions: SimVersion[]
  subscribers: SimSubscriber[]
  subscribersByOrg15: Map<string, SimSubscriber>
  requests: Map<string, SimPushRequest>
  scenario: PushScenario
  ids: IdMinter
  /** Collections calls received so far (for `scenario.batchFailure`). */
  collectionCalls: number
  /** Orgs whose scripted lock error has fired. */
  lockFired: Set<string>
  /** Query cursors: locator → remaining rows. */
  cursors: Map<string, { rows: Record<string, unknown>[]; version: string }>
}

/** What tests and the banner need to know about the seed. */
export interface PushController {
  readonly state: PushState
  /** Mutable knobs: outcomes, rejections, lock errors, a failing batch, timings, page size. */
  readonly scenario: PushScenario
  /** Replaces the package and subscribers (e.g. 20,000 orgs for a benchmark) and drops every request. */
  reseed(options: PushSeedOptions): void
  /** A version id by number text (`2.0`, `1.2.1`); the released one when a beta shares the number. */
  versionId(numberText: string, releaseState?: 'Released' | 'Beta'): string
  /** The push requests received, in order. */
  requests(): SimPushRequest[]
}

function defaultScenario(outcome: PushScenario['outcome']): PushScenario {
  return {
    outcome,
    reject: new Map(),
    lockOnce: new Set(),
    startLagMs: 5_000,
    jobMs: 30_000,
    concurrency: 50,
    jobStatusLagMs: 0,
    jobCanceledSpelling: 'Cancelled',
    pageSize: 2_000
  }
}

function createState(options: PushSeedOptions): PushState {
  const seed = buildPushSeed(options)
  return {
    package: seed.package,
    versions: seed.versions,
    subscribers: seed.subscribers,
    subscribersByOrg15: new Map(seed.subscribers.map((s) => [s.orgKey.slice(0, 15), s])),
    requests: new Map(),
    scenario: defaultScenario(seed.defaultOutcome),
    ids: seed.ids,
    collectionCalls: 0,
    lockFired: new Set(),
    cursors: new Map()
  }
}

/** The push state of a simulator, seeded with the sample package on first use. */
export function pushState(sim: SimContext): PushState {
  let state = sim.extensions.get(KEY) as PushState | undefined
  if (!state) {
    state = createState({})
    sim.extensions.set(KEY, state)
  }
  return state
}

/** Number text of a version: `1.2`, `1.2.1`, `2.0.0.4`. */
export function versionText(v: SimVersion, category: SimPackage['category'] = 'Package'): string {
  // First-generation versions are shown without their build number, as the org shows them.
  const build = category === 'Package2'
  return [
    v.major,
    v.minor,
    ...(v.patch || build ? [v.patch] : []),
    ...(build ? [v.build] : [])
  ].join('.')
}

/** The controller over a simulator's push state. */
export function pushController(sim: SimContext): PushController {
  return {
    get state() {
      return pushState(sim)
    },
    get scenario() {
      return pushState(sim).scenario
    },
    reseed(options) {
      sim.extensions.set(KEY, createState(options))
    },
    versionId(numberText, releaseState = 'Released') {
      const found = pushState(sim).versions.find(
        (v) =>
          versionText(v, pushState(sim).package.category) === numberText &&
          v.releaseState === releaseState
      )
      if (!found)
        throw new Error(
          `pushController.versionId: no ${releaseState} version ${numberText}; known: ${pushState(
            sim
          )
            .versions.map((v) => versionText(v))
            .join(', ')}`
        )
      return found.id
    },
    requests: () => [...pushState(sim).requests.values()]
  }
}

/** Lines describing the sample package, for the standalone simulator's start banner. */
export function pushBanner(sim: SimContext): string[] {
  const state = pushState(sim)
  const versions = state.versions.map(
    (v) =>
      `${versionText(v)} ${v.id}${v.releaseState === 'Beta' ? ' (beta)' : ''}${v.deprecated ? ' (deprecated)' : ''}`
  )
  return [
    `push package:  ${state.package.name} ${state.package.id} (${state.subscribers.length} subscriber orgs)`,
    `push versions: ${versions.join(', ')}`
  ]
}
