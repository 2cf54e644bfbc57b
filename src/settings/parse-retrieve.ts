import type { BackupChoice } from '../retrieve/backup.ts'
import type { RawInputs } from './inputs.ts'
import { readExistingPath } from './parse-paths.ts'
import { optional, readChoice, type Problems } from './parse-values.ts'
import type { Mode } from './modes.ts'

/** Settings of retrieve mode and of the backup taken before deploys. */
export interface RetrieveSettings {
  /** backup input: auto (production orgs only), on, off. */
  backup: BackupChoice
  /** retrieve-manifest: a package.xml to retrieve, absolute; else the package the builder makes. */
  manifest?: string
}

const BACKUP_WORDS = ['auto', 'true', 'false'] as const

/**
 * Reads backup and retrieve-manifest. The backup choice is checked in every mode (a typo is a
 * typo) and applies to deploy, validate and quick-deploy.
 */
export function parseRetrieve(raw: RawInputs, mode: Mode, problems: Problems): RetrieveSettings {
  const v = raw.values
  const word = readChoice('backup', v.backup.toLowerCase(), BACKUP_WORDS, problems) ?? 'auto'
  const backup: BackupChoice = word === 'true' ? 'on' : word === 'false' ? 'off' : 'auto'
  const manifestInput = optional(v['retrieve-manifest'])
  if (manifestInput && mode !== 'retrieve') {
    problems.push(
      `retrieve-manifest: only used by mode: retrieve (the mode is ${mode}); remove it or set mode: retrieve.`
    )
  }
  const manifest = manifestInput
    ? readExistingPath(
        'retrieve-manifest',
        manifestInput,
        raw.workspace,
        'file',
        raw.checkFiles === true && mode === 'retrieve',
        problems
      )
    : undefined
  return { backup, ...(manifest ? { manifest } : {}) }
}
