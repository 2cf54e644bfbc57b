/**
 * Push-upgrade inputs → PushSettings (docs/push-upgrades.md). Pure: the `orgs-file` content
 * arrives in `raw` (read by the adapter) and is parsed here, so a bad org list is reported with
 * every other input problem, before signing in.
 */
import type { RawInputs } from '../../settings/inputs.ts'
import { readWorkspacePath } from '../../settings/parse-paths.ts'
import { CHECKSUM_PROBLEM, parseOrgList } from '../../push-upgrade/org-list.ts'
import { readOrgId } from '../../push-upgrade/normalize.ts'
import {
  optional,
  readBoolean,
  readInteger,
  readNumber,
  splitList,
  type Problems
} from '../../settings/parse-values.ts'
import type { Mode } from '../../settings/modes.ts'
import {
  ORG_STATUSES,
  ORG_TYPES,
  type OrgSelection,
  type PushSettings,
  type PushTarget
} from '../../push-upgrade/push-request.ts'

const VERSION_ID = /^04t[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$/
const PACKAGE_ID = /^033[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$/
const VERSION_NUMBER = /^\d+(\.\d+){1,3}$/
const ISO_TIME =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)(Z|[+-]\d{2}:?\d{2})?$/
// Salesforce documents no cap on orgs per push request; this bounds the input to a sane number.
const MAX_ORGS_LIMIT = 1_000_000

/** Reads the push inputs; undefined (and no problems) outside push-upgrade mode. */
export function parsePush(
  raw: RawInputs,
  mode: Mode,
  problems: Problems
): PushSettings | undefined {
  if (mode !== 'push-upgrade') return undefined
  const v = raw.values
  const target = parseTarget(raw, problems)
  const selection = parseSelection(raw, problems)
  const minVersion = optional(v['min-version'])
  if (minVersion !== undefined && !VERSION_NUMBER.test(minVersion)) {
    problems.push(
      `min-version: got "${minVersion}", expected a version number such as 1.2 or 1.2.3.`
    )
  }
  const startTime = parseStartTime(v['start-time'], raw.now, problems)
  const push: PushSettings = {
    target: target ?? { kind: 'version-id', versionId: '' },
    selection,
    excludeOrgs: readOrgIds('exclude-orgs', v['exclude-orgs'], problems),
    orgTypes: readCanonical('org-types', v['org-types'], ORG_TYPES, problems),
    orgStatuses: readOrgStatuses(v['org-statuses'], problems),
    ...(minVersion !== undefined && VERSION_NUMBER.test(minVersion) ? { minVersion } : {}),
    ...(startTime ? { startTime } : {}),
    maxOrgs: readInteger('max-orgs', v['max-orgs'], { min: 1, max: MAX_ORGS_LIMIT }, problems) ?? 0,
    dryRun: readBoolean('dry-run', v['dry-run'], problems),
    failThreshold:
      readNumber('fail-threshold', v['fail-threshold'], { min: 0, max: 100 }, problems) ?? 0
  }
  return push
}

function parseTarget(raw: RawInputs, problems: Problems): PushTarget | undefined {
  const versionId = optional(raw.values['package-version-id'])
  const packageId = optional(raw.values['package-id'])
  const versionNumber = optional(raw.values['package-version'])
  if (versionId !== undefined) {
    if (packageId !== undefined || versionNumber !== undefined) {
      problems.push(
        'package-version-id: given together with package-id/package-version; give the 04t id alone, or package-id with package-version.'
      )
      return undefined
    }
    if (!VERSION_ID.test(versionId)) {
      problems.push(
        `package-version-id: got "${versionId}", expected a package version id: 15 or 18 characters starting with 04t.`
      )
      return undefined
    }
    return { kind: 'version-id', versionId }
  }
  if (packageId === undefined || versionNumber === undefined) {
    problems.push(
      'package-version-id: required in push-upgrade mode; give the 04t id of the version to push, or package-id (033...) with package-version (e.g. 1.4.2).'
    )
    return undefined
  }
  const before = problems.length
  if (!PACKAGE_ID.test(packageId))
    problems.push(
      `package-id: got "${packageId}", expected a package id: 15 or 18 characters starting with 033.`
    )
  if (!VERSION_NUMBER.test(versionNumber))
    problems.push(
      `package-version: got "${versionNumber}", expected a version number such as 1.4.2 or 1.4.2.7.`
    )
  return problems.length === before
    ? { kind: 'version-number', packageId, versionNumber }
    : undefined
}

function parseSelection(raw: RawInputs, problems: Problems): OrgSelection {
  const orgsText = raw.values.orgs.trim()
  const file = optional(raw.values['orgs-file'])
  if (orgsText.toLowerCase() === 'all') {
    if (file !== undefined)
      problems.push('orgs: "all" given together with orgs-file; use one or the other.')
    return { kind: 'all' }
  }
  const orgs = readOrgIds('orgs', orgsText, problems)
  const fromFile = file === undefined ? [] : readOrgsFile(raw, file, problems)
  if (orgsText === '' && file === undefined) {
    problems.push(
      'orgs: required in push-upgrade mode; list subscriber org ids (00D...), give orgs-file, or write "all" for every eligible subscriber.'
    )
  }
  return { kind: 'explicit', orgs: [...orgs, ...fromFile] }
}

/** The ids of `orgs-file`, whose text the adapter read; every problem with the file is recorded. */
function readOrgsFile(raw: RawInputs, file: string, problems: Problems): string[] {
  if (readWorkspacePath('orgs-file', file, raw.workspace, problems) === undefined) return []
  const read = raw.orgsFile
  // Without the adapter's read (a caller that reads no files), the file is not checked here.
  if (read === undefined) return []
  if (read.text === undefined) {
    problems.push(
      `orgs-file: cannot read "${read.path}" (${read.error ?? 'unreadable'}); give the path of a file inside the workspace, relative to it.`
    )
    return []
  }
  const parsed = parseOrgList(read.text, `orgs-file (${read.path})`)
  problems.push(...parsed.problems)
  return parsed.ids
}

/**
 * Org ids from a list input, 18-character ones in the case their checksum records; every
 * malformed id is reported.
 */
function readOrgIds(name: string, value: string, problems: Problems): string[] {
  const ids: string[] = []
  const bad: string[] = []
  const badChecksum: string[] = []
  for (const text of splitList(value)) {
    const read = readOrgId(text)
    if ('id' in read) ids.push(read.id)
    else (read.problem === 'checksum' ? badChecksum : bad).push(`"${text}"`)
  }
  if (bad.length > 0) {
    problems.push(
      `${name}: ${bad.join(', ')} ${bad.length === 1 ? 'is not an org id' : 'are not org ids'}; expected 00D followed by 12 or 15 letters and digits.`
    )
  }
  if (badChecksum.length > 0)
    problems.push(`${name}: ${badChecksum.join(', ')}: ${CHECKSUM_PROBLEM}`)
  return ids
}

/** A list of words from a fixed set, matched case-insensitively and returned in canonical case. */
function readCanonical(
  name: string,
  value: string,
  choices: readonly string[],
  problems: Problems
): string[] {
  const out: string[] = []
  for (const word of splitList(value)) {
    const canonical = choices.find((c) => c.toLowerCase() === word.toLowerCase())
    if (canonical) out.push(canonical)
    else problems.push(`${name}: got "${word}", expected any of ${choices.join(', ')}.`)
  }
  if (out.length === 0 && splitList(value).length === 0)
    problems.push(`${name}: empty; give at least one of ${choices.join(', ')}.`)
  return [...new Set(out)]
}

function readOrgStatuses(value: string, problems: Problems): string[] {
  const statuses = readCanonical('org-statuses', value, ORG_STATUSES, problems)
  if (statuses.includes('Inactive')) {
    problems.push('org-statuses: Inactive orgs cannot receive push upgrades; remove Inactive.')
  }
  return statuses.filter((s) => s !== 'Inactive')
}

/**
 * `now`/empty → undefined; ISO-8601 with or without zone (naive = UTC) → `…Z`. A time before
 * `now` (when the caller knows the time) is refused: a schedule already past is a mistake, not a
 * request to start at once.
 */
function parseStartTime(
  value: string,
  now: number | undefined,
  problems: Problems
): string | undefined {
  const text = value.trim()
  if (text === '' || text.toLowerCase() === 'now') return undefined
  const match = ISO_TIME.exec(text)
  const date =
    match && isCalendarDay(match[1] ?? '')
      ? new Date(`${match[1] ?? ''}T${match[2] ?? ''}${match[3] ?? 'Z'}`)
      : undefined
  if (!date || Number.isNaN(date.getTime())) {
    problems.push(
      `start-time: got "${value}", expected now or an ISO-8601 time such as 2026-05-01T06:00:00Z (times without a zone are UTC).`
    )
    return undefined
  }
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z')
  if (now !== undefined && date.getTime() < now) {
    problems.push(`start-time: ${iso} is in the past; give a future time, or now.`)
    return undefined
  }
  return iso
}

/** True when `YYYY-MM-DD` names a day that exists: Date rolls 2026-04-31 over to May 1. */
function isCalendarDay(day: string): boolean {
  const [year = 0, month = 0, date = 0] = day.split('-').map(Number)
  const utc = new Date(Date.UTC(year, month - 1, date))
  return utc.getUTCMonth() === month - 1 && utc.getUTCDate() === date
}
