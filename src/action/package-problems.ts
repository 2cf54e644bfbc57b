/**
 * When the inputs are invalid, the package is still built if the inputs that describe it were
 * read: building is local (no network), so its problems (a malformed file, a missing meta file)
 * are reported with the inputs' in one round instead of after the inputs are fixed.
 */
import { pullRequestBase } from '../delta/action-delta.ts'
import { buildFromSettings } from '../runner/package-builder.ts'
import type { SettingsParts } from '../settings/parse-parts.ts'
import type { RunEnv } from '../shared/env.ts'
import { BuildError } from '../source/build-error.ts'

/** Modes that deploy the package as built from the inputs alone. */
const BUILDING_MODES = new Set(['deploy', 'validate', 'build'])

/** The package's build problems, or [] when it builds, or cannot be built from these parts. */
export async function packageProblems(parts: SettingsParts, env: RunEnv): Promise<string[]> {
  if (!BUILDING_MODES.has(parts.mode) || parts.packageSource?.kind !== 'source') return []
  // A delta builds only what changed: a full build would report files the run never reads.
  if (parts.delta && (parts.delta.from ?? pullRequestBase(env)) !== undefined) return []
  try {
    await buildFromSettings(parts, env)
    return []
  } catch (error) {
    return error instanceof Error && error.cause instanceof BuildError ? error.cause.problems : []
  }
}
