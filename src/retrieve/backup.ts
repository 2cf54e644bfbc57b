/**
 * Backup before a deploy: retrieve the org's current version of every component the package
 * writes or deletes, compare it with the package (what the deploy changes), and keep the org's
 * versions as a rollback package that `metadata-dir` deploys unchanged.
 */
import type { WaitOptions } from '../deploy/wait-for-deploy.ts'
import type { Logger } from '../shared/logger.ts'
import { countChanges, type ComponentChange } from './compare.ts'
import type { ComponentRef } from './metadata-paths.ts'
import type { RetrievePorts } from './retrieve-components.ts'
import { retrievePackageInOrg } from './retrieve-package.ts'
import { buildRollbackPackage, type RollbackPackage } from './rollback-package.ts'

/** backup input: auto = on for production orgs only. */
export type BackupChoice = 'auto' | 'on' | 'off'

/** Where the rollback package goes: a folder under results-dir and, when enabled, an artifact. */
export interface RollbackStore {
  /** Writes the files; returns the workspace-relative folder. */
  write(files: ReadonlyMap<string, Uint8Array>): Promise<string>
  /** Uploads the folder; returns the artifact name, or why it was not uploaded. */
  upload(): Promise<{ name: string } | { problem: string }>
}

/** What the backup talks to. */
export interface BackupPorts extends RetrievePorts {
  /** True for production orgs (decides `auto`). */
  isProduction(): Promise<boolean>
  store: RollbackStore
}

/** How to back up. */
export interface BackupOptions {
  choice: BackupChoice
  apiVersion: string
  wait: WaitOptions
}

/** The backup's result, for the summary and outputs. */
export interface BackupResult {
  changes: ComponentChange[]
  /** Destructive members the org does not hold: nothing to delete, nothing to restore. */
  absentDeletions: ComponentRef[]
  rollback: RollbackPackage
  dir: string
  artifact: { name: string } | { problem: string }
  notes: string[]
  retrieveIds: string[]
}

/** Whether this run backs up, and why (for the log). */
export async function decideBackup(
  choice: BackupChoice,
  isProduction: () => Promise<boolean>
): Promise<{ on: boolean; reason: string }> {
  if (choice === 'on') return { on: true, reason: 'backup: true' }
  if (choice === 'off') return { on: false, reason: 'backup: false' }
  const production = await isProduction()
  return production
    ? { on: true, reason: 'backup: auto, and the org is a production org' }
    : { on: false, reason: 'backup: auto, and the org is not a production org' }
}

/**
 * Backs up the org's versions of the package's components; undefined when backup is off. The
 * package files may be given as a function: they are then unzipped only once backup is on.
 */
export async function backupBeforeDeploy(
  files: ReadonlyMap<string, Uint8Array> | (() => ReadonlyMap<string, Uint8Array>),
  options: BackupOptions,
  ports: BackupPorts & { logger: Logger }
): Promise<BackupResult | undefined> {
  const decision = await decideBackup(options.choice, () => ports.isProduction())
  ports.logger.info(`Backup ${decision.on ? 'on' : 'off'} (${decision.reason}).`)
  if (!decision.on) return undefined
  const packageFiles = typeof files === 'function' ? files() : files
  const { retrieved, changes, absentDeletions } = await retrievePackageInOrg(packageFiles, ports, {
    apiVersion: options.apiVersion,
    wait: options.wait
  })
  const rollback = buildRollbackPackage({
    members: retrieved.members,
    changes,
    orgFiles: retrieved.files,
    existing: retrieved.existing,
    // The version its files were retrieved in: the package's may be newer than the org's.
    apiVersion: options.apiVersion
  })
  const dir = await ports.store.write(rollback.files)
  const artifact = await ports.store.upload()
  const counts = countChanges(changes)
  ports.logger.info(
    `Backup: ${counts.new} new, ${counts.changed} changed, ${counts.unchanged} unchanged, ${counts.deleted} deleted; ` +
      `rollback package in ${dir}${'name' in artifact ? ` (artifact ${artifact.name})` : ''}.`
  )
  const notes = [
    ...retrieved.notes,
    ...retrieved.messages.map((m) => `${m.fileName}: ${m.problem}`)
  ]
  return {
    changes,
    absentDeletions,
    rollback,
    dir,
    artifact,
    notes,
    retrieveIds: retrieved.retrieveIds
  }
}
