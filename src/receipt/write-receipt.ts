/**
 * The shell around buildReceipt: after a successful deploy or quick deploy, writes
 * `<results-dir>/deploy-receipt.json` and uploads it as the artifact `sf-receipt-<org id>`. The
 * deploy already happened, so a receipt that cannot be built or uploaded is a warning, never a
 * failure of the step.
 */
import type { RunEnv } from '../shared/env.ts'
import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Outcome } from '../deploy/deploy-package.ts'
import type { ArtifactUploader } from '../github/ports.ts'
import type { AttestedFile, FileAttester } from '../github/ports.ts'
import { resolveResultsDir } from '../github/report-files.ts'
import { runContextOf } from '../github/run-context.ts'
import { isCleanSuccess } from '../model/deploy-result.ts'
import type { Clock } from '../shared/clock.ts'
import { describeError } from '../shared/errors.ts'
import type { Logger } from '../shared/logger.ts'
import { unzipEntries } from '../source/zip.ts'
import {
  buildReceipt,
  RECEIPT_FILE,
  receiptArtifactName,
  serializeReceipt,
  type ReceiptInput
} from './build-receipt.ts'

/** Where the receipt went. */
export interface WrittenReceipt {
  path: string
  /** Set when the upload worked. */
  artifactName?: string
  /** attest: true and the attestation was stored. */
  attestation?: AttestedFile
}

/** What writing a receipt needs from the composition root. */
export interface ReceiptDeps {
  clock: Clock
  logger: Logger
  artifactUploader: () => ArtifactUploader
  /** Build-provenance attestation of the receipt (attest: true). */
  attester?: () => FileAttester
  env: RunEnv
}

/** Where to write, and whether to attest. */
export interface ReceiptPaths {
  workspace: string
  resultsDir: string
  attest?: boolean
}

/** Writes and uploads the receipt of a successful deploy; undefined when there is nothing to record. */
export async function writeReceipt(
  outcome: Outcome,
  paths: ReceiptPaths,
  deps: ReceiptDeps
): Promise<WrittenReceipt | undefined> {
  try {
    return await writeAndUpload(outcome, paths, deps)
  } catch (error) {
    deps.logger.warning(`The deploy receipt could not be written (${describeError(error)}).`)
    return undefined
  }
}

async function writeAndUpload(
  outcome: Outcome,
  paths: ReceiptPaths,
  deps: ReceiptDeps
): Promise<WrittenReceipt | undefined> {
  const input = receiptInputOf(outcome, deps.env, deps.clock)
  if (!input) return undefined
  const dir = resolveResultsDir(paths.workspace, paths.resultsDir)
  const file = path.join(dir, RECEIPT_FILE)
  await mkdir(dir, { recursive: true })
  const text = serializeReceipt(buildReceipt(input))
  await writeFile(file, text, 'utf8')
  const name = receiptArtifactName(input.orgId)
  const attestation = paths.attest ? await attestReceipt(text, deps) : undefined
  const written = { path: file, ...(attestation ? { attestation } : {}) }
  try {
    const uploaded = await deps.artifactUploader().upload(name, [file], dir)
    deps.logger.info(
      `Deploy receipt written to ${file} and stored as artifact ${name}${uploaded.id !== undefined ? ` (id ${uploaded.id})` : ''}.`
    )
    return { ...written, artifactName: name }
  } catch (error) {
    deps.logger.warning(
      `The deploy receipt was written to ${file} but could not be uploaded as artifact ${name} (${describeError(error)}).`
    )
    return written
  }
}

/** Attests the receipt's bytes; a failure is a warning (the deploy has happened). */
async function attestReceipt(text: string, deps: ReceiptDeps): Promise<AttestedFile | undefined> {
  if (!deps.attester) {
    deps.logger.warning('attest: true, but no attester was given; the receipt is not attested.')
    return undefined
  }
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex')
  try {
    const attested = await deps.attester().attest({ name: RECEIPT_FILE, sha256 })
    deps.logger.info(
      `Deploy receipt attested as build provenance (sha256 ${sha256}${attested.url ? `, ${attested.url}` : ''}).`
    )
    return attested
  } catch (error) {
    deps.logger.warning(
      `The deploy receipt could not be attested (${describeError(error)}). Attestation needs permissions: id-token: write and attestations: write.`
    )
    return undefined
  }
}

/** The receipt's inputs, or undefined unless a deploy or quick deploy finished cleanly in a known org. */
export function receiptInputOf(
  outcome: Outcome,
  env: RunEnv,
  clock: Clock
): ReceiptInput | undefined {
  const result = outcome.result
  if (outcome.mode !== 'deploy' && outcome.mode !== 'quick-deploy') return undefined
  if (!result || !result.done || result.checkOnly || !isCleanSuccess(result)) return undefined
  if (!outcome.orgId) return undefined
  const context = runContextOf(env)
  const testLevel = outcome.testLevel ?? outcome.package?.tests?.testLevel
  return {
    mode: outcome.mode,
    result,
    orgId: outcome.orgId,
    ...(outcome.instanceUrl ? { instanceUrl: outcome.instanceUrl } : {}),
    ...(outcome.apiVersion ? { apiVersion: outcome.apiVersion } : {}),
    ...(testLevel ? { testLevel } : {}),
    ...(outcome.validationId ? { validationId: outcome.validationId } : {}),
    ...(outcome.package?.contentHash ? { contentHash: outcome.package.contentHash } : {}),
    ...(outcome.package
      ? { packageFiles: unzipEntries(outcome.package.zip, 'deploy package') }
      : {}),
    run: {
      commitSha: context?.headSha || env.GITHUB_SHA || '',
      ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
      ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
      ...(env.GITHUB_RUN_ATTEMPT ? { runAttempt: env.GITHUB_RUN_ATTEMPT } : {})
    },
    now: new Date(clock.now()).toISOString()
  }
}
