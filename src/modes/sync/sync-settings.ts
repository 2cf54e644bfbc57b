import { deployPartsOf, orgOf, packageOf } from '../../settings/mode-parts.ts'
import type { SettingsParts } from '../../settings/parse-parts.ts'
import type { Problems } from '../../settings/parse-values.ts'
import type { SyncModeSettings } from '../../settings/settings.ts'

/** Sync mode's settings: a delta of SFDX source, applied to a sandbox. */
export function syncSettings(
  parts: SettingsParts,
  problems: Problems
): SyncModeSettings | undefined {
  checkSyncSource(parts, problems)
  // Sync applies the rest of a change after its deploy (deletions, the Apex saves) and reports
  // what the org holds: it cannot hand back a deploy it did not follow, as wait: 0 does.
  // (An unreadable wait also reads as 0; its own problem is said already.)
  if (parts.waitMinutes === 0 && !problems.some((p) => p.startsWith('wait:')))
    problems.push(
      'wait: mode sync follows each change to its end and cannot submit and leave; set wait to the minutes it may take (the default is 60).'
    )
  const org = orgOf(parts)
  const pkg = packageOf(parts)
  return org && pkg ? { ...org, ...pkg, ...deployPartsOf(parts), mode: 'sync' } : undefined
}

/**
 * Sync applies a git delta of SFDX source component by component; a metadata folder, a manifest
 * or delta-from: none leaves it nothing to apply. Said here, with the other problems and as bad
 * input, rather than by the run once it started. (Without delta-from, whether there is a delta
 * depends on the event, so that case stays the run's to tell.)
 */
function checkSyncSource(parts: SettingsParts, problems: Problems): void {
  const source = parts.packageSource
  const how = 'set source-dir or project-dir and delta-from (a commit, tag or branch).'
  if (source?.kind === 'metadata-dir' || source?.kind === 'metadata-zip')
    problems.push(
      `metadata-dir: mode sync applies a git delta of SFDX source, not a metadata-format package; remove metadata-dir and ${how}`
    )
  else if (source?.kind === 'source' && source.manifest)
    problems.push(
      `manifest: mode sync applies a git delta of SFDX source and takes what changed, not a manifest; remove manifest and ${how}`
    )
  else if (source && !parts.delta)
    problems.push(
      'delta-from: mode sync needs a delta, and delta-from is none; set delta-from to a commit, tag or branch, or leave it empty in a pull request to diff from its base.'
    )
}
