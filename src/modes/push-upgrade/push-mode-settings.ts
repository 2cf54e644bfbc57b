import type { RawInputs } from '../../settings/inputs.ts'
import { orgOf } from '../../settings/mode-parts.ts'
import type { SettingsParts } from '../../settings/parse-parts.ts'
import type { Problems } from '../../settings/parse-values.ts'
import type { PushModeSettings } from '../../settings/settings.ts'
import { parsePush } from './parse-push.ts'

/**
 * PackagePushRequest StartTime/EndTime/DurationSeconds need API 51.0 (the fields were added then).
 */
export const MIN_PUSH_API_VERSION = 51

/** Push-upgrade mode's settings: its own inputs (the version, the orgs, the limits) and the org. */
export function pushModeSettings(
  parts: SettingsParts,
  raw: RawInputs,
  problems: Problems
): PushModeSettings | undefined {
  const push = parsePush(raw, parts.mode, problems)
  // An org whose highest version is older is only known once signed in; an api-version is known now.
  if (parts.apiVersion !== undefined && Number(parts.apiVersion) < MIN_PUSH_API_VERSION)
    problems.push(
      `api-version: got "${parts.apiVersion}", but push upgrades need API ${MIN_PUSH_API_VERSION}.0 or later; set api-version to ${MIN_PUSH_API_VERSION}.0 or later, or leave it empty for the org's highest.`
    )
  const org = orgOf(parts)
  return org && push ? { ...org, mode: 'push-upgrade', push } : undefined
}
