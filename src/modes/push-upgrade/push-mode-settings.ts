import { orgOf } from '../../settings/mode-parts.ts'
import type { SettingsParts } from '../../settings/parse-parts.ts'
import type { PushModeSettings } from '../../settings/settings.ts'

/** Push-upgrade mode's settings: the push and the org it is sent from. */
export function pushModeSettings(parts: SettingsParts): PushModeSettings | undefined {
  const org = orgOf(parts)
  return org && parts.push ? { ...org, mode: 'push-upgrade', push: parts.push } : undefined
}
