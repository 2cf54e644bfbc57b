/**
 * The planning half of a push (docs/push-upgrades.md, Choosing the version and the orgs): the org
 * ids asked for, the target version and its package, the subscriber rows, and the selection. Reads
 * only; creates nothing.
 */
import type { PushSettings } from './push-request.ts'
import { ActionError } from '../shared/errors.ts'
import type { Logger } from '../shared/logger.ts'
import { parseVersionNumber } from './normalize.ts'
import { pickTargetVersion } from './plan.ts'
import type { PushApi } from './push-api.ts'
import {
  emptyCounts,
  type PackageInfo,
  type PackageVersion,
  type Subscriber
} from './push-model.ts'
import type { PushOutcome } from './push-outcome.ts'
import { selectSubscribers, type Selection } from './select-subscribers.ts'

/** What planning reads from. */
export interface PlanPorts {
  api: PushApi
  logger: Logger
  apiVersion: string
}

/** The target and the package it belongs to. */
interface Target {
  pkg: PackageInfo
  version: PackageVersion
  versions: PackageVersion[]
}

/** Resolves the version, loads the subscribers and selects the orgs. */
export async function planPush(
  settings: PushSettings,
  ports: PlanPorts
): Promise<Omit<PushOutcome, 'kind'>> {
  const requested = requestedOrgs(settings)
  const target = await resolveTarget(settings, ports)
  const subscribers = await loadSubscribers(target.pkg.id, requested, ports)
  const selection = select(settings, target, subscribers, requested)
  ports.logger.info(
    `${selection.eligible.length} orgs eligible for ${target.version.numberText}; ${selection.excluded.length} left out.`
  )
  return baseOutcome(settings, target, selection, ports.apiVersion)
}

/** Org ids from `orgs` and `orgs-file` (read and checked with the inputs); undefined selects every subscriber. */
function requestedOrgs(settings: PushSettings): string[] | undefined {
  const selection = settings.selection
  return selection.kind === 'all' ? undefined : selection.orgs
}

async function resolveTarget(settings: PushSettings, ports: PlanPorts): Promise<Target> {
  const t = settings.target
  const packageId =
    t.kind === 'version-number'
      ? t.packageId
      : (await ports.api.readVersion(t.versionId))?.packageId
  if (!packageId) {
    throw new ActionError(
      `package-version-id: no package version ${t.kind === 'version-id' ? t.versionId : ''} is visible; sign in to the packaging org (1GP) or the Dev Hub that owns the package (2GP, unlocked).`
    )
  }
  const pkg = await ports.api.readPackage(packageId)
  if (!pkg)
    throw new ActionError(
      `package-id: no package ${packageId} is visible; sign in to the packaging org (1GP) or the Dev Hub that owns the package (2GP, unlocked).`
    )
  const versions = await ports.api.readVersions(packageId)
  return { pkg, version: pickTargetVersion(versions, t), versions }
}

function loadSubscribers(
  packageId: string,
  requested: string[] | undefined,
  ports: PlanPorts
): Promise<Subscriber[]> {
  return requested === undefined
    ? ports.api.readAllSubscribers(packageId)
    : ports.api.readSubscribers(packageId, requested)
}

function select(
  settings: PushSettings,
  target: Target,
  subscribers: Subscriber[],
  requested: string[] | undefined
): Selection {
  const minVersion =
    settings.minVersion === undefined ? undefined : parseVersionNumber(settings.minVersion)
  return selectSubscribers({
    target: target.version,
    versions: target.versions,
    subscribers,
    ...(requested ? { requested } : {}),
    filters: {
      orgTypes: settings.orgTypes,
      orgStatuses: settings.orgStatuses,
      exclude: settings.excludeOrgs,
      ...(minVersion ? { minVersion } : {})
    }
  })
}

function baseOutcome(
  settings: PushSettings,
  target: Target,
  selection: Selection,
  apiVersion: string
): Omit<PushOutcome, 'kind'> {
  return {
    package: target.pkg,
    target: target.version,
    versions: target.versions,
    selection,
    maxOrgs: settings.maxOrgs,
    ...(settings.startTime ? { startTime: settings.startTime } : {}),
    scheduledCount: 0,
    rejected: [],
    counts: emptyCounts(),
    failedJobs: [],
    notes: [],
    apiVersion
  }
}
