import { baseOf, deployPartsOf, packageOf, waitOf } from '../../settings/mode-parts.ts'
import type { SettingsParts } from '../../settings/parse-parts.ts'
import type { PlanModeSettings } from '../../settings/settings.ts'

/** Plan mode's settings: the package, and the org when the run has its credentials. */
export function planSettings(parts: SettingsParts): PlanModeSettings | undefined {
  const pkg = packageOf(parts)
  if (!pkg) return undefined
  return {
    ...baseOf(parts),
    ...waitOf(parts),
    ...pkg,
    ...deployPartsOf(parts),
    mode: 'plan',
    ...(parts.auth ? { auth: parts.auth } : {})
  }
}
