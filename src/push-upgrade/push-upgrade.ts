/**
 * The push-upgrade orchestrator (push-and-tooling.md A.5–A.9): resolve the version, select the
 * subscribers, create the request and its jobs, start it, follow it, read the failures. Failures
 * of orgs are values in the outcome; only broken calls throw.
 */
import type { PushSettings } from '../settings/parse-push.ts'
import type { Clock } from '../shared/clock.ts'
import { ActionError, describeError, InputError } from '../shared/errors.ts'
import type { Logger } from '../shared/logger.ts'
import { parseVersionNumber } from './normalize.ts'
import { parseOrgList } from './org-list.ts'
import { checkStartTime, pickTargetVersion } from './plan.ts'
import type { PushApi } from './push-api.ts'
import {
  emptyCounts,
  type PackageInfo,
  type PackageVersion,
  type Subscriber
} from './push-model.ts'
import type { PushOutcome } from './push-outcome.ts'
import { withPushRetries } from './retry.ts'
import { scheduleJobs, type ScheduleResult } from './schedule-jobs.ts'
import { selectSubscribers, type Selection } from './select-subscribers.ts'
import { waitForPush } from './wait-for-push.ts'

/** What the orchestrator needs from outside. */
export interface PushPorts {
  api: PushApi
  clock: Clock
  logger: Logger
  apiVersion: string
  /** Reads the orgs-file. */
  readTextFile(path: string): Promise<string>
  /** Called as soon as the request exists: outputs, and state for the post step's abort. */
  onRequestId(id: string): void
}

/** The target and the package it belongs to. */
interface Target {
  pkg: PackageInfo
  version: PackageVersion
  versions: PackageVersion[]
}

/** Runs a push upgrade; `waitMs` 0 schedules it and returns. */
export async function pushUpgrade(
  settings: PushSettings,
  waitMs: number,
  ports: PushPorts
): Promise<PushOutcome> {
  checkStartTime(settings.startTime, ports.clock.now())
  const requested = await readRequestedOrgs(settings, ports)
  const target = await resolveTarget(settings, ports)
  const subscribers = await loadSubscribers(target.pkg.id, requested, ports)
  const selection = select(settings, target, subscribers, requested)
  const base = baseOutcome(settings, target, selection, ports.apiVersion)
  ports.logger.info(
    `${selection.eligible.length} orgs eligible for ${target.version.numberText}; ${selection.excluded.length} left out.`
  )
  if (selection.eligible.length > settings.maxOrgs) return { ...base, kind: 'cap-exceeded' }
  if (settings.dryRun) return { ...base, kind: 'dry-run' }
  if (selection.eligible.length === 0) return { ...base, kind: 'nothing-eligible' }
  const requestId = await ports.api.createRequest(target.version.id, settings.startTime)
  ports.onRequestId(requestId)
  ports.logger.info(
    `Created push request ${requestId} for ${target.pkg.name} ${target.version.numberText}.`
  )
  const scheduled = await scheduleOrCancel(requestId, selection.eligible, ports)
  const resent =
    scheduled.retriedBatches > 0
      ? [
          `Job batches sent again: ${scheduled.retriedBatches} (lock errors, or an unknown outcome after a server error).`
        ]
      : []
  const created = {
    ...base,
    requestId,
    scheduledCount: scheduled.scheduled.length,
    rejected: scheduled.rejected,
    notes: resent
  }
  if (scheduled.scheduled.length === 0) {
    await cancelRequest(requestId, 'the org refused every job', ports)
    return { ...created, kind: 'all-rejected' }
  }
  await startOrCancel(requestId, ports)
  return follow({ ...created, kind: 'scheduled' }, waitMs, ports)
}

/** Org ids from `orgs` and `orgs-file`; undefined selects every subscriber. */
async function readRequestedOrgs(
  settings: PushSettings,
  ports: PushPorts
): Promise<string[] | undefined> {
  const selection = settings.selection
  if (selection.kind === 'all') return undefined
  if (!selection.orgsFile) return selection.orgs
  let text: string
  try {
    text = await ports.readTextFile(selection.orgsFile)
  } catch (error) {
    throw new InputError([
      `orgs-file: cannot read ${selection.orgsFile} (${describeError(error)}); give a file inside the workspace.`
    ])
  }
  const parsed = parseOrgList(text, `orgs-file (${selection.orgsFile})`)
  if (parsed.problems.length > 0) throw new InputError(parsed.problems)
  return [...selection.orgs, ...parsed.ids]
}

async function resolveTarget(settings: PushSettings, ports: PushPorts): Promise<Target> {
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
  ports: PushPorts
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

/** Schedules the jobs; on any error the request is canceled so a half-built push never starts. */
async function scheduleOrCancel(
  requestId: string,
  eligible: Subscriber[],
  ports: PushPorts
): Promise<ScheduleResult> {
  try {
    return await scheduleJobs(
      requestId,
      eligible.map((s) => s.orgKey),
      ports
    )
  } catch (error) {
    await cancelRequest(requestId, 'creating its jobs failed', ports)
    throw new ActionError(
      `Creating push jobs failed: ${describeError(error)} Push request ${requestId} was canceled.`
    )
  }
}

async function startOrCancel(requestId: string, ports: PushPorts): Promise<void> {
  try {
    await ports.api.setRequestStatus(requestId, 'Pending')
  } catch (error) {
    await cancelRequest(requestId, 'it could not be started', ports)
    throw new ActionError(
      `Starting push request ${requestId} failed: ${describeError(error)} It was canceled.`
    )
  }
  ports.logger.info(`Push request ${requestId} is Pending.`)
}

/** PATCH Canceled; a failure here is logged, since the caller is already reporting a problem. */
async function cancelRequest(requestId: string, why: string, ports: PushPorts): Promise<void> {
  try {
    await withPushRetries(
      'Canceling the push request',
      () => ports.api.setRequestStatus(requestId, 'Canceled'),
      ports
    )
    ports.logger.info(`Canceled push request ${requestId}: ${why}.`)
  } catch (error) {
    ports.logger.warning(
      `Could not cancel push request ${requestId} (${describeError(error)}); abort it in Setup > Push Upgrade History.`
    )
  }
}

/** Waits (unless told not to, or the start is beyond the wait) and reads the failures. */
async function follow(
  outcome: PushOutcome,
  waitMs: number,
  ports: PushPorts
): Promise<PushOutcome> {
  const requestId = outcome.requestId as string
  const startsIn = outcome.startTime ? Date.parse(outcome.startTime) - ports.clock.now() : 0
  if (waitMs === 0) return outcome
  if (startsIn > waitMs)
    return {
      ...outcome,
      notes: [
        ...outcome.notes,
        `The push starts at ${outcome.startTime ?? ''}, after the wait ends; not waiting.`
      ]
    }
  const progress = await waitForPush(requestId, waitMs, ports)
  const failedJobs =
    progress.counts.failed > 0
      ? await withPushRetries(
          'Reading failed jobs',
          () => ports.api.readFailedJobs(requestId),
          ports
        )
      : []
  return {
    ...outcome,
    kind: progress.timedOut ? 'timed-out' : 'finished',
    request: progress.request,
    counts: progress.counts,
    failedJobs
  }
}
