import { deployPartsOf, orgOf, packageOptionsOf } from '../../settings/mode-parts.ts'
import type { SettingsParts } from '../../settings/parse-parts.ts'
import type { CompileModeSettings } from '../../settings/settings.ts'

/** Compile mode's settings: the files to compile, and the deploy parts of its fallback. */
export function compileModeSettings(parts: SettingsParts): CompileModeSettings | undefined {
  const org = orgOf(parts)
  if (!org || !parts.compile) return undefined
  return {
    ...org,
    ...packageOptionsOf(parts),
    ...deployPartsOf(parts),
    mode: 'compile',
    compile: parts.compile
  }
}
