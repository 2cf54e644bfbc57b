import { deployPartsOf, orgOf, packageOf } from '../../settings/mode-parts.ts'
import type { SettingsParts } from '../../settings/parse-parts.ts'
import type { SyncModeSettings } from '../../settings/settings.ts'

/** Sync mode's settings: a delta of SFDX source, applied to a sandbox. */
export function syncSettings(parts: SettingsParts): SyncModeSettings | undefined {
  const org = orgOf(parts)
  const pkg = packageOf(parts)
  return org && pkg ? { ...org, ...pkg, ...deployPartsOf(parts), mode: 'sync' } : undefined
}
