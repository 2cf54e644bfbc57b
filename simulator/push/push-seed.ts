/**
 * The sample package of the simulated packaging org: one managed package with 1GP-style version
 * numbers (a beta, a patch, a deprecated version, the 2.0 target) and a few hundred subscriber
 * orgs on mixed versions, types, statuses and instances. Deterministic: the same options always
 * give the same ids and the same outcomes.
 */
import { stableHash } from '../core/clock.ts'
import { IdMinter } from '../core/ids.ts'
import type {
  JobScript,
  SimPackage,
  SimPushError,
  SimSubscriber,
  SimVersion
} from './push-types.ts'

/** Options of the sample data. */
export interface PushSeedOptions {
  /** Number of subscriber installations (default 300). */
  subscribers?: number
  /** Length of stored OrgKey values (default 18; which one real orgs store is not verified). */
  orgKeyLength?: 15 | 18
  /** Share of jobs that fail under the default outcome (default 0.04: "usually between 2% and 5%"). */
  failureRate?: number
  /**
   * `sample` (default): mixed versions, types, statuses, a few uninstalled and inactive orgs.
   * `all-eligible`: every org installed, active and on a released version below 2.0 (benchmarks).
   */
  mix?: 'sample' | 'all-eligible'
}

/** The seeded records. */
export interface PushSeed {
  package: SimPackage
  versions: SimVersion[]
  subscribers: SimSubscriber[]
  /** Ids minted for push requests, jobs and errors (a pod of their own, so seeding order never shifts them). */
  ids: IdMinter
  defaultOutcome: (subscriber: SimSubscriber) => JobScript
}

const VERSION_PLAN: [string, number, number, number, 'Released' | 'Beta', boolean][] = [
  ['Winter', 1, 0, 0, 'Released', false],
  ['Spring', 1, 1, 0, 'Released', false],
  ['Summer', 1, 2, 0, 'Released', false],
  ['Summer patch', 1, 2, 1, 'Released', false],
  ['Autumn beta', 1, 3, 0, 'Beta', false],
  ['Autumn', 1, 3, 0, 'Released', false],
  ['Winter (withdrawn)', 1, 4, 0, 'Released', true],
  ['Big release', 2, 0, 0, 'Released', false],
  ['Next beta', 2, 1, 0, 'Beta', false]
]

// Installed-version share per subscriber (percent thresholds over VERSION_PLAN, last = at target).
const VERSION_SHARE = [10, 25, 45, 55, 60, 80, 85, 100]
const INSTANCES = ['NA42', 'NA81', 'EU12', 'AP7']

/** Builds the sample package and subscribers. */
export function buildPushSeed(options: PushSeedOptions = {}): PushSeed {
  const ids = new IdMinter('7p')
  const pkg: SimPackage = {
    id: ids.next('033'),
    name: 'Sim Insights',
    namespacePrefix: 'siminsights',
    category: 'Package'
  }
  const uploads = new Map<string, number>()
  const versions = VERSION_PLAN.map(([name, major, minor, patch, releaseState, deprecated]) => {
    // Builds count the uploads of one version number: beta 1.3 is build 1, the release build 2.
    const number = `${major}.${minor}.${patch}`
    const build = (uploads.get(number) ?? 0) + 1
    uploads.set(number, build)
    return {
      id: ids.next('04t'),
      packageId: pkg.id,
      name,
      major,
      minor,
      patch,
      build,
      releaseState,
      deprecated
    }
  })
  const count = options.subscribers ?? 300
  const subscribers: SimSubscriber[] = []
  for (let k = 0; k < count; k++) {
    const s = subscriberAt(k, ids, pkg, versions, options.orgKeyLength ?? 18)
    subscribers.push(options.mix === 'all-eligible' ? makeEligible(s, k, versions) : s)
  }
  return {
    package: pkg,
    versions,
    subscribers,
    ids,
    defaultOutcome: defaultOutcome(options.failureRate ?? 0.04)
  }
}

function subscriberAt(
  k: number,
  ids: IdMinter,
  pkg: SimPackage,
  versions: SimVersion[],
  keyLength: 15 | 18
): SimSubscriber {
  const h = stableHash(`subscriber-${k}`)
  const bucket = h % 100
  const versionIndex = VERSION_SHARE.findIndex((limit) => bucket < limit)
  const orgType = (h >>> 8) % 10 < 7 ? 'Production' : 'Sandbox'
  const status = (h >>> 12) % 100
  const orgKey = ids.next('00D').slice(0, keyLength)
  return {
    id: ids.next('0Hf'),
    orgKey,
    orgName:
      k === 7
        ? 'Acme | "West", Ltd <EMEA>'
        : `Subscriber ${k + 1} ${orgType === 'Production' ? 'Inc' : 'Sandbox'}`,
    orgType,
    orgStatus:
      status < 80
        ? 'Active'
        : status < 88
          ? 'Trial'
          : status < 93
            ? 'Demo'
            : status < 97
              ? 'Free'
              : 'Inactive',
    installedStatus: (h >>> 16) % 50 === 0 ? 'u' : 'i',
    instanceName:
      orgType === 'Sandbox'
        ? `CS${40 + ((h >>> 20) % 5)}`
        : (INSTANCES[(h >>> 20) % INSTANCES.length] ?? 'NA42'),
    parentOrg: null,
    versionId: (versions[versionIndex] ?? versions[0])?.id ?? '',
    packageId: pkg.id,
    // About one org in 40 opted into customized push upgrades and blocks them.
    ...blockOf((h >>> 24) % 40 === 0)
  }
}

function blockOf(
  blocked: boolean
): Pick<SimSubscriber, 'hasRestrictionEnabled' | 'customUpgradeType'> {
  return blocked
    ? { hasRestrictionEnabled: true, customUpgradeType: 'BlockedBySubscriber' }
    : { hasRestrictionEnabled: false, customUpgradeType: 'None' }
}

/** The same org, installed, active, not blocking, and on one of the released 1.x versions. */
function makeEligible(s: SimSubscriber, k: number, versions: SimVersion[]): SimSubscriber {
  const older = versions.filter((v) => v.major === 1 && v.releaseState === 'Released')
  return {
    ...s,
    installedStatus: 'i',
    orgStatus: 'Active',
    ...blockOf(false),
    versionId: (older[k % older.length] ?? older[0])?.id ?? s.versionId
  }
}

/** The failure shapes of CumulusCI's test data, spread over a share of the orgs. */
function defaultOutcome(failureRate: number): (s: SimSubscriber) => JobScript {
  return (s) => {
    const h = stableHash(`outcome-${s.orgKey.slice(0, 15)}`)
    if ((h % 10_000) / 10_000 >= failureRate) return { outcome: 'Succeeded' }
    return {
      outcome: 'Failed',
      errors: [
        FAILURE_SHAPES[(h >>> 16) % FAILURE_SHAPES.length]?.(h) ?? dependentPackageConflict()
      ]
    }
  }
}

/** IneligibleUpgrade / Dependent Package Conflict. */
export function dependentPackageConflict(): SimPushError {
  return {
    severity: 'Error',
    type: 'IneligibleUpgrade',
    title: 'Dependent Package Conflict',
    message:
      'This package requires that a newer version of a dependent package be installed. Install version 3.2 or later of Sim Core (simcore), then try again.',
    details: ''
  }
}

/** UnclassifiedError / Unexpected Failure with a support error number. */
export function unexpectedFailure(h: number): SimPushError {
  return {
    severity: 'Error',
    type: 'UnclassifiedError',
    title: 'Unexpected Failure',
    message: `An unexpected error occurred. Please include this ErrorId if you contact support: ${700000000 + (h % 99999999)}-${10000 + (h % 89999)} (-${h % 999999999})`,
    details: ''
  }
}

/** UnclassifiedError / Unexpected Error: a stack trace from the post-install script. */
export function postInstallError(): SimPushError {
  return {
    severity: 'Error',
    type: 'UnclassifiedError',
    title: 'Unexpected Error',
    message:
      'The post install script failed.\nsiminsights.PostInstall: line 42, column 1\nSystem.NullPointerException: Attempt to de-reference a null object',
    details: 'Class.siminsights.PostInstall.onInstall: line 42, column 1'
  }
}

const FAILURE_SHAPES: ((h: number) => SimPushError)[] = [
  () => dependentPackageConflict(),
  (h) => unexpectedFailure(h),
  () => postInstallError()
]
