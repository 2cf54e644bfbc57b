import { baseOf, packageOf } from '../../settings/mode-parts.ts'
import type { SettingsParts } from '../../settings/parse-parts.ts'
import type { BuildSettings } from '../../settings/settings.ts'

/** Build mode's settings: the package only; it signs in to no org. */
export function buildSettings(parts: SettingsParts): BuildSettings | undefined {
  const pkg = packageOf(parts)
  return pkg ? { ...baseOf(parts), ...pkg, mode: 'build' } : undefined
}
