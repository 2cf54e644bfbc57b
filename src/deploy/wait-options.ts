import type { WaitSettings } from '../settings/settings.ts'
import type { WaitOptions } from './wait-for-deploy.ts'

// Give up polling when the org fails continuously this long (see docs/reliability.md).
const MAX_ERROR_STREAK_MS = 10 * 60_000

/** Poll options from the settings. */
export function waitOptionsFrom(settings: WaitSettings, random: () => number): WaitOptions {
  return {
    waitMs: settings.waitMinutes * 60_000,
    maxIntervalMs: settings.pollIntervalMaxSeconds * 1000,
    maxErrorStreakMs: MAX_ERROR_STREAK_MS,
    random
  }
}
