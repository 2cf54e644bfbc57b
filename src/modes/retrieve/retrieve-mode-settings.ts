import { orgOf, packageOptionsOf } from '../../settings/mode-parts.ts'
import type { SettingsParts } from '../../settings/parse-parts.ts'
import type { RetrieveModeSettings } from '../../settings/settings.ts'

/** Retrieve mode's settings: retrieve-manifest, or the package the builder would deploy. */
export function retrieveModeSettings(parts: SettingsParts): RetrieveModeSettings | undefined {
  const org = orgOf(parts)
  if (!org) return undefined
  return { ...org, ...packageOptionsOf(parts), mode: 'retrieve', retrieve: parts.retrieve }
}
