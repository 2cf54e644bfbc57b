import { buildSettings } from '../modes/build/build-settings.ts'
import { compileModeSettings } from '../modes/compile/compile-mode-settings.ts'
import { operationSettings } from '../modes/operation/operation-settings.ts'
import { planSettings } from '../modes/plan/plan-settings.ts'
import { pushModeSettings } from '../modes/push-upgrade/push-mode-settings.ts'
import { retrieveModeSettings } from '../modes/retrieve/retrieve-mode-settings.ts'
import { syncSettings } from '../modes/sync/sync-settings.ts'
import type { RawInputs } from '../settings/inputs.ts'
import { checkIgnoredInputs } from '../settings/mode-inputs.ts'
import { parseParts, type SettingsParts } from '../settings/parse-parts.ts'
import type { Problems } from '../settings/parse-values.ts'
import type { Settings } from '../settings/settings.ts'
import { InputError } from '../shared/errors.ts'

/**
 * Turns the raw inputs into the mode's settings, or throws one InputError listing every problem:
 * the input groups are parsed first (each flags what the mode does not use), then the inputs the
 * mode ignores are flagged, then the mode's own settings function takes the parts it needs. Pure:
 * no network (file contents arrive in `raw`).
 */
export function parseSettings(raw: RawInputs): Settings {
  const parsed = parseInputs(raw)
  if ('problems' in parsed) throw new InputError(parsed.problems)
  return parsed.settings
}

/** parseSettings, returning the problems with the parts that were read instead of throwing. */
export function parseInputs(
  raw: RawInputs
): { settings: Settings } | { problems: string[]; parts: SettingsParts } {
  const problems: Problems = []
  const parts = parseParts(raw, problems)
  checkIgnoredInputs(raw.values, parts.mode, problems)
  const settings = modeSettings(parts, raw, problems)
  if (problems.length > 0) return { problems, parts }
  if (!settings)
    return { problems: [`mode ${parts.mode}: the inputs do not make a complete run.`], parts }
  return { settings }
}

function modeSettings(
  parts: SettingsParts,
  raw: RawInputs,
  problems: Problems
): Settings | undefined {
  switch (parts.mode) {
    case 'build':
      return buildSettings(parts)
    case 'compile':
      return compileModeSettings(parts)
    case 'push-upgrade':
      return pushModeSettings(parts, raw, problems)
    case 'retrieve':
      return retrieveModeSettings(parts)
    case 'plan':
      return planSettings(parts)
    case 'sync':
      return syncSettings(parts, problems)
    case 'deploy':
    case 'validate':
    case 'quick-deploy':
    case 'report':
    case 'cancel':
      return operationSettings(parts, problems)
  }
}
