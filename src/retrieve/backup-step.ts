/**
 * The shell around backupBeforeDeploy for deploy and validate: builds the retrieve client and
 * the org-kind query from the signed-in session, stores the rollback under results-dir (and as
 * an artifact), sets the outputs and renders the change section for the job summary.
 */
import type { RunEnv } from '../shared/env.ts'
import path from 'node:path'
import type { DeployPackage } from '../deploy/deploy-package.ts'
import type { OrgSession } from '../deploy/ports.ts'
import { waitOptionsFrom } from '../deploy/wait-options.ts'
import type { ArtifactUploader } from '../github/ports.ts'
import { createSoapRetrieveApi } from '../metadata-api/soap/retrieve-client.ts'
import { renderChangeSummary } from './change-summary.ts'
import type { Mode } from '../settings/modes.ts'
import type { BaseSettings, DeployPartSettings, WaitSettings } from '../settings/settings.ts'
import type { Clock } from '../shared/clock.ts'
import { ActionError, describeError, InputError } from '../shared/errors.ts'
import type { Logger } from '../shared/logger.ts'
import { unzipEntries } from '../source/zip.ts'
import { backupBeforeDeploy, type BackupResult } from './backup.ts'
import { countChanges } from './compare.ts'
import { createFolderStore } from './fs-package-folder.ts'
import { queryIsProduction } from './org-kind-client.ts'
import type { ResultParts } from '../runner/run-result.ts'

/** What the backup adds to the deploy's outcome. */
export interface BackupHook {
  /** Markdown sections for the job summary. */
  sections: string[]
  notes: string[]
}

/** What the step needs from the composition root. */
export interface BackupStepDeps {
  clock: Clock
  logger: Logger
  random: () => number
  artifactUploader: () => ArtifactUploader
  env: RunEnv
  /** Where the rollback and change-count outputs go. */
  parts: ResultParts
}

/** Runs the backup for a deploy package, or nothing when backup is off for this org. */
export async function runBackupStep(
  settings: BaseSettings & WaitSettings & Pick<DeployPartSettings, 'retrieve'>,
  deps: BackupStepDeps,
  pkg: DeployPackage,
  session: OrgSession
): Promise<BackupHook | undefined> {
  if (settings.retrieve.backup === 'off') return undefined
  const caller = session.caller
  if (!caller)
    throw new ActionError(
      'backup needs a signed-in session with its caller; this is a bug in the action.'
    )
  const dir = path.join(settings.report.resultsDir, 'rollback')
  const artifactName = settings.report.uploadArtifact
    ? `${settings.report.artifactName}-rollback`
    : undefined
  let result: BackupResult | undefined
  try {
    result = await backupBeforeDeploy(
      // Unzipped only when backup is on: with backup: auto, a sandbox never pays for it.
      () => unzipEntries(pkg.zip, 'deploy package'),
      {
        choice: settings.retrieve.backup,
        apiVersion: session.apiVersion,
        wait: waitOptionsFrom(settings, deps.random)
      },
      {
        api: createSoapRetrieveApi(caller, session.apiVersion),
        clock: deps.clock,
        logger: deps.logger,
        isProduction: () => queryIsProduction(caller, session.apiVersion),
        store: createFolderStore({
          dir,
          workspace: settings.workspace,
          ...(artifactName ? { artifactName } : {}),
          uploader: deps.artifactUploader
        })
      }
    )
  } catch (error) {
    throw backupFailed(error, settings.mode)
  }
  if (!result) return undefined
  setBackupOutputs(result, deps.parts)
  return {
    sections: [
      renderChangeSummary({
        changes: result.changes,
        absentDeletions: result.absentDeletions,
        rollback: rollbackInfo(result, deps.env),
        notes: result.notes
      })
    ],
    notes: []
  }
}

/**
 * The backup runs before anything is sent, and a deploy without its rollback package is not what
 * was asked for: the run stops there. The message says so, since the org's own error alone
 * (INSUFFICIENT_ACCESS, a retrieve that timed out) reads as if the deploy itself had failed.
 */
function backupFailed(error: unknown, mode: Mode): unknown {
  if (error instanceof InputError) return error
  const what = BACKED_UP[mode] ?? 'deploy'
  return new ActionError(
    `The backup before the ${what} failed, so nothing was sent to the org: ${describeError(error)}\n` +
      `Fix the cause and run again, or set backup: false to run the ${what} without a rollback package.`
  )
}

const BACKED_UP: Partial<Record<Mode, string>> = {
  deploy: 'deploy',
  validate: 'validation',
  'quick-deploy': 'quick deploy',
  sync: 'sync'
}

function rollbackInfo(
  result: BackupResult,
  env: RunEnv
): Parameters<typeof renderChangeSummary>[0]['rollback'] {
  return {
    ...('name' in result.artifact
      ? { artifactName: result.artifact.name }
      : { artifactProblem: result.artifact.problem }),
    dir: result.dir,
    actionRef: actionRef(env),
    removes: result.rollback.removes.length,
    restores: result.rollback.restores.length
  }
}

/** `owner/repo@ref` of the running action, for the rollback snippet. */
export function actionRef(env: RunEnv): string {
  const repo = env.GITHUB_ACTION_REPOSITORY
  const ref = env.GITHUB_ACTION_REF
  return repo && ref ? `${repo}@${ref}` : 'your-org/salesforce-deploy-action@v1'
}

function setBackupOutputs(result: BackupResult, parts: ResultParts): void {
  const counts = countChanges(result.changes)
  parts.merge({
    'rollback-dir': result.dir,
    ...('name' in result.artifact ? { 'rollback-artifact': result.artifact.name } : {}),
    'changes-new': String(counts.new),
    'changes-changed': String(counts.changed),
    'changes-unchanged': String(counts.unchanged),
    'changes-deleted': String(counts.deleted)
  })
}
