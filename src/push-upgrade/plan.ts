/**
 * Pure planning steps of a push: choosing the target version, the safety cap (`max-orgs`) and start
 * time, and the groupings a dry run shows.
 */
import type { PushTarget } from './push-request.ts'
import { ActionError, InputError } from '../shared/errors.ts'
import { compareVersions, orgKey15, versionMatches } from './normalize.ts'
import type { ExcludedOrg, PackageVersion, Subscriber, VersionTuple } from './push-model.ts'

/**
 * The released, non-deprecated version the push targets. A number such as `1.4.2` that matches
 * several builds must resolve to exactly one released build.
 */
export function pickTargetVersion(
  versions: readonly PackageVersion[],
  target: PushTarget
): PackageVersion {
  if (target.kind === 'version-id') {
    const found = versions.find((v) => orgKey15(v.id) === orgKey15(target.versionId))
    if (!found)
      throw new ActionError(
        `package-version-id: ${target.versionId} is not a version of this package, or this user cannot see it.`
      )
    return requirePushable(found, 'package-version-id')
  }
  const matching = versions.filter((v) => versionMatches(v.number, target.versionNumber))
  const released = matching.filter((v) => v.released && !v.deprecated)
  if (released.length === 1 && released[0]) return released[0]
  if (released.length > 1) {
    throw new ActionError(
      `package-version: ${target.versionNumber} matches ${released.length} released versions (${released.map(describe).join(', ')}); give the full number or package-version-id.`
    )
  }
  if (matching.length > 0) {
    throw new ActionError(
      `package-version: ${target.versionNumber} matches no released version, only ${matching.map(describe).join(', ')}; push a released, not deprecated version.`
    )
  }
  const known = [...versions]
    .filter((v) => v.released && !v.deprecated)
    .sort((a, b) => compareVersions(b.number, a.number))
    .slice(0, 5)
  throw new ActionError(
    `package-version: no version ${target.versionNumber} in package ${target.packageId}${known.length ? `; latest released: ${known.map((v) => v.numberText).join(', ')}` : ''}.`
  )
}

function requirePushable(version: PackageVersion, input: string): PackageVersion {
  if (!version.released)
    throw new ActionError(
      `${input}: ${describe(version)} is a beta version; only released versions can be pushed.`
    )
  if (version.deprecated)
    throw new ActionError(`${input}: ${describe(version)} is deprecated and cannot be pushed.`)
  return version
}

function describe(v: PackageVersion): string {
  return `${v.numberText} (${v.id}${v.released ? '' : ', beta'}${v.deprecated ? ', deprecated' : ''})`
}

/** Rejects a start time in the past, as an input error; `now` is the clock's time in ms. */
export function checkStartTime(startTime: string | undefined, now: number): void {
  if (startTime !== undefined && Date.parse(startTime) < now) {
    throw new InputError([`start-time: ${startTime} is in the past; give a future time, or now.`])
  }
}

/** Eligible orgs counted per installed version and org type (the dry-run view). */
export interface EligibleGroup {
  versionText: string
  orgType: string
  count: number
  /** A few org names, for the reader to recognise. */
  sample: string[]
}

const SAMPLE_SIZE = 3

/** Groups eligible orgs by installed version (highest first) and org type. */
export function groupEligible(
  eligible: readonly Subscriber[],
  versions: readonly PackageVersion[]
): EligibleGroup[] {
  const byId = new Map(versions.map((v) => [orgKey15(v.id), v]))
  const groups = new Map<string, EligibleGroup & { order: VersionTuple }>()
  for (const s of eligible) {
    const version = byId.get(orgKey15(s.versionId))
    const versionText = version?.numberText ?? 'unknown'
    const key = `${versionText}\u0000${s.orgType}`
    let group = groups.get(key)
    if (!group) {
      group = {
        versionText,
        orgType: s.orgType,
        count: 0,
        sample: [],
        order: version?.number ?? [0, 0, 0, 0]
      }
      groups.set(key, group)
    }
    group.count++
    if (group.sample.length < SAMPLE_SIZE) group.sample.push(s.orgName || s.orgKey)
  }
  return [...groups.values()]
    .sort((a, b) => compareVersions(b.order, a.order) || a.orgType.localeCompare(b.orgType))
    .map(({ versionText, orgType, count, sample }) => ({ versionText, orgType, count, sample }))
}

/** Exclusions counted by reason, most frequent first. */
export function countExclusions(
  excluded: readonly ExcludedOrg[]
): { reason: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const e of excluded) counts.set(e.reason, (counts.get(e.reason) ?? 0) + 1)
  return [...counts.entries()]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason))
}

/** Eligible orgs counted per instance, most first. */
export function countByInstance(
  eligible: readonly Subscriber[]
): { instance: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const s of eligible)
    counts.set(s.instanceName || 'unknown', (counts.get(s.instanceName || 'unknown') ?? 0) + 1)
  return [...counts.entries()]
    .map(([instance, count]) => ({ instance, count }))
    .sort((a, b) => b.count - a.count || a.instance.localeCompare(b.instance))
}
