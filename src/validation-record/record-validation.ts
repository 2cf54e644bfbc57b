/**
 * After a successful validation: write the validation record into the outputs and upload it as an
 * artifact named by org and content hash, so a quick deploy in a later run finds it. An upload
 * failure is a warning, not a failure: the validation itself succeeded and its id is in the outputs.
 * A validation the org accepted but the run failed (a coverage threshold, a test check) gets no
 * record: a quick deploy must not ship what the run refused.
 */
import type { Outcome } from '../deploy/deploy-package.ts'
import type { TestLevel } from '../model/deploy-result.ts'
import { QUICK_DEPLOY_WINDOW_MS } from '../deploy/quick-deploy-eligibility.ts'
import type { DeploySettings } from '../settings/settings.ts'
import type { Clock } from '../shared/clock.ts'
import { describeError } from '../shared/errors.ts'
import type { Logger } from '../shared/logger.ts'
import { to18 } from '../shared/salesforce-id.ts'
import type { RecordPorts, RecordRun } from './ports.ts'
import { recordArtifactName, serializeRecord, type ValidationRecord } from './record.ts'

/** Records a validation outcome; returns it with a note on where the record went. */
export async function recordValidation(
  outcome: Outcome,
  settings: DeploySettings,
  records: RecordPorts,
  deps: { clock: Clock; logger: Logger },
  passed: boolean
): Promise<Outcome> {
  const hash = outcome.package?.contentHash
  if (hash) records.setOutput('content-hash', hash)
  const record = hash ? recordOf(outcome, settings, hash, records.run, deps.clock) : undefined
  if (!record || !settings.quickDeployMatch.uploadRecord) return outcome
  if (!passed) {
    const note = `No validation record was stored: the org accepted validation ${record.validationId}, but the run failed, so a quick deploy must not take it.`
    deps.logger.info(note)
    return { ...outcome, notes: [...outcome.notes, note] }
  }
  const name = recordArtifactName(hash ?? '', record.orgId)
  records.setOutput('validation-record', JSON.stringify(JSON.parse(serializeRecord(record))))
  records.setOutput('validation-record-artifact', name)
  const expires = new Date(Date.parse(record.validatedAt) + QUICK_DEPLOY_WINDOW_MS).toISOString()
  try {
    const uploaded = await records.uploader.upload(name, record)
    const note =
      `Validation record stored as artifact ${name}${uploaded.id !== undefined ? ` (id ${uploaded.id})` : ''}: a quick deploy ` +
      `of the same package contents to this org finds it until ${expires}, minus a one-hour margin.`
    deps.logger.info(note)
    return { ...outcome, notes: [...outcome.notes, note] }
  } catch (error) {
    const note =
      `The validation record could not be uploaded as artifact ${name} (${describeError(error)}); a quick deploy by package ` +
      `content will not find this validation. Quick-deploy it with validation-id: ${record.validationId}.`
    deps.logger.warning(note)
    return { ...outcome, notes: [...outcome.notes, note] }
  }
}

/** The record of a finished, successful validation; undefined for anything else (pure but for the clock). */
export function recordOf(
  outcome: Outcome,
  settings: DeploySettings,
  contentHash: string,
  run: RecordRun,
  clock: Clock
): ValidationRecord | undefined {
  const result = outcome.result
  if (
    !result ||
    !result.checkOnly ||
    !result.done ||
    result.status !== 'Succeeded' ||
    !outcome.orgId
  )
    return undefined
  const tests = result.details?.runTestResult
  return {
    validationId: result.id,
    orgId: to18(outcome.orgId),
    instanceUrl: outcome.instanceUrl ?? '',
    apiVersion: outcome.apiVersion ?? '',
    // What the org received: suites resolve to classes, on-no-tests may have re-run at RunLocalTests.
    ...testsSent(outcome, settings),
    testsRun: tests?.numTestsRun ?? result.numberTestsCompleted + result.numberTestErrors,
    status: result.status,
    contentHash,
    commitSha: run.commitSha,
    validatedAt: (result.completedDate ?? new Date(clock.now())).toISOString(),
    ...(run.repository && run.runId
      ? { run: { repository: run.repository, id: run.runId, attempt: run.runAttempt ?? '1' } }
      : {})
  }
}

function testsSent(
  outcome: Outcome,
  settings: DeploySettings
): { testLevel?: TestLevel; runTests: string[] } {
  const level = (outcome.testLevel as TestLevel | undefined) ?? settings.deployOptions.testLevel
  return {
    ...(level ? { testLevel: level } : {}),
    runTests: outcome.runTests ?? settings.deployOptions.runTests
  }
}
