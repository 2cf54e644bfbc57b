import type { RawInputs } from '../../settings/inputs.ts'
import { orgOf } from '../../settings/mode-parts.ts'
import type { SettingsParts } from '../../settings/parse-parts.ts'
import type { Problems } from '../../settings/parse-values.ts'
import type { PushModeSettings } from '../../settings/settings.ts'
import { parsePush } from './parse-push.ts'

/** Push-upgrade mode's settings: its own inputs (the version, the orgs, the limits) and the org. */
export function pushModeSettings(
  parts: SettingsParts,
  raw: RawInputs,
  problems: Problems
): PushModeSettings | undefined {
  const push = parsePush(raw, parts.mode, problems)
  const org = orgOf(parts)
  return org && push ? { ...org, mode: 'push-upgrade', push } : undefined
}
