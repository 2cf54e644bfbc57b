/**
 * When the inputs are invalid, the package is still built if the inputs that describe it were
 * read: building is local (no network), so its problems (a malformed file, a missing meta file,
 * a delta-from that names no commit) are reported with the inputs' in one round instead of after
 * the inputs are fixed.
 */
import { deltaForSettings } from '../delta/action-delta.ts'
import { GitDeltaError } from '../delta/git-diff.ts'
import { buildFromSettings } from '../runner/package-builder.ts'
import type { SettingsParts } from '../settings/parse-parts.ts'
import type { RunEnv } from '../shared/env.ts'
import { MemoryLogger } from '../shared/logger.ts'
import { BuildError } from '../source/build-error.ts'

/** Modes that deploy the package as built from the inputs alone. */
const BUILDING_MODES = new Set(['deploy', 'validate', 'build'])

/** The package's build problems, or [] when it builds, or cannot be built from these parts. */
export async function packageProblems(parts: SettingsParts, env: RunEnv): Promise<string[]> {
  if (!BUILDING_MODES.has(parts.mode) || parts.packageSource?.kind !== 'source') return []
  try {
    // As the run would build it: a delta reads only what changed, so a file it never reads is
    // not reported; a run that falls back to the whole package (no delta-from outside a pull
    // request, a shallow checkout) builds the whole package. The delta's log lines are dropped:
    // the run stops here.
    const delta = await deltaForSettings(parts, new MemoryLogger(), env)
    if (!delta) await buildFromSettings(parts, env)
    return []
  } catch (error) {
    if (!(error instanceof Error)) return []
    if (error.cause instanceof BuildError) return error.cause.problems
    if (error.cause instanceof GitDeltaError) return [error.message]
    return []
  }
}
