/**
 * Parsing helpers for tests that assert settings of several modes with one set of names: the
 * action's Settings is a union with only each mode's parts.
 */
import { parseSettings } from '../../src/action/parse-settings.ts'
import type { RawInputs } from '../../src/settings/inputs.ts'
import type { SettingsParts } from '../../src/settings/parse-parts.ts'
import type { PushSettings } from '../../src/push-upgrade/push-request.ts'
import type { Settings } from '../../src/settings/settings.ts'

/** A mode's settings, readable through every part's name (absent parts read as undefined). */
export type AnySettings = Settings & Omit<SettingsParts, 'mode'> & { push?: PushSettings }

export function parseAny(raw: RawInputs): AnySettings {
  return parseSettings(raw) as AnySettings
}

/** The settings of one mode; fails when the inputs parse to another. */
export function parseFor<M extends Settings['mode']>(
  mode: M,
  raw: RawInputs
): Extract<Settings, { mode: M }> {
  const settings = parseSettings(raw)
  if (settings.mode !== mode) throw new Error(`expected mode ${mode}, got ${settings.mode}`)
  return settings as Extract<Settings, { mode: M }>
}
