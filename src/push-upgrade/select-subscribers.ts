/**
 * Which subscriber orgs get the push, and why every other org considered does not
 * (docs/push-upgrades.md). Pure: versions, subscribers and filters in; eligible orgs and exclusions
 * with reasons out.
 */
import { compareVersions, orgKey15 } from './normalize.ts'
import type { ExcludedOrg, PackageVersion, Subscriber, VersionTuple } from './push-model.ts'

/** The filters applied in code, after the subscribers are loaded. */
export interface SubscriberFilters {
  orgTypes: readonly string[]
  orgStatuses: readonly string[]
  /** Keep installed versions at or above this. */
  minVersion?: VersionTuple
  /** Org ids never pushed (15 or 18 characters). */
  exclude: readonly string[]
}

/** What to choose from. */
export interface SelectionInput {
  target: PackageVersion
  /** Every version of the package, to read installed version numbers. */
  versions: readonly PackageVersion[]
  /** Subscriber rows: every installation, or those of the requested orgs. */
  subscribers: readonly Subscriber[]
  /** Org ids the user listed; undefined = every subscriber given. */
  requested?: readonly string[]
  filters: SubscriberFilters
}

/** The decision for every org considered. */
export interface Selection {
  eligible: Subscriber[]
  excluded: ExcludedOrg[]
}

/** Applies the filters in a fixed order; the first rule an org fails is its reason. */
export function selectSubscribers(input: SelectionInput): Selection {
  const versionsById = new Map(input.versions.map((v) => [orgKey15(v.id), v]))
  const excludedKeys = new Set(input.filters.exclude.map(orgKey15))
  const byKey = new Map<string, Subscriber>()
  for (const s of input.subscribers)
    if (!byKey.has(orgKey15(s.orgKey))) byKey.set(orgKey15(s.orgKey), s)
  const eligible: Subscriber[] = []
  const excluded: ExcludedOrg[] = []
  for (const { key, subscriber } of candidates(input.requested, byKey)) {
    const reason = subscriber
      ? exclusionReason(subscriber, input, versionsById, excludedKeys)
      : 'not a subscriber of this package'
    if (reason === undefined && subscriber) eligible.push(subscriber)
    else
      excluded.push({
        orgKey: subscriber?.orgKey ?? key,
        ...(subscriber ? { subscriber } : {}),
        reason: reason ?? ''
      })
  }
  return { eligible, excluded }
}

/** The orgs to decide on: the requested ones (de-duplicated by 15-character key), else all. */
function candidates(
  requested: readonly string[] | undefined,
  byKey: Map<string, Subscriber>
): { key: string; subscriber: Subscriber | undefined }[] {
  if (requested === undefined)
    return [...byKey.entries()].map(([key, subscriber]) => ({ key, subscriber }))
  const seen = new Set<string>()
  const out: { key: string; subscriber: Subscriber | undefined }[] = []
  for (const id of requested) {
    const key = orgKey15(id)
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ key: id, subscriber: byKey.get(key) })
  }
  return out
}

function exclusionReason(
  s: Subscriber,
  input: SelectionInput,
  versionsById: Map<string, PackageVersion>,
  excludedKeys: Set<string>
): string | undefined {
  const { filters, target } = input
  if (s.installedStatus !== 'i') return 'the package is not installed (uninstalled)'
  if (s.orgStatus === 'Inactive') return 'inactive orgs cannot receive push upgrades'
  if (s.blocksPushUpgrades) return 'the subscriber blocks push upgrades of this package'
  if (!filters.orgStatuses.includes(s.orgStatus))
    return `org status ${s.orgStatus || '(none)'} is not in org-statuses`
  if (!filters.orgTypes.includes(s.orgType))
    return `org type ${s.orgType || '(none)'} is not in org-types`
  const installed = versionsById.get(orgKey15(s.versionId))
  if (!installed || !installed.released)
    return 'installed version is a beta or unknown; cannot push'
  if (compareVersions(installed.number, target.number) >= 0) {
    return `already on ${installed.numberText}, at or above ${target.numberText}`
  }
  if (filters.minVersion && compareVersions(installed.number, filters.minVersion) < 0) {
    return `installed ${installed.numberText} is below min-version`
  }
  if (excludedKeys.has(orgKey15(s.orgKey))) return 'listed in exclude-orgs'
  return undefined
}
