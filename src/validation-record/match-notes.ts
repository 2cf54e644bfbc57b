/**
 * The words a quick deploy by package content uses in the summary and the log: which record was
 * used, why others were passed over, why there was no quick deploy, and the test level of a
 * fallback deploy. Pure.
 */
import type { TestLevel } from '../model/deploy-result.ts'
import { codeSpan, escapeInline } from '../report/escape.ts'
import type { ValidationRecord } from './record.ts'
import type { RecordSelection, RecordSource } from './select-record.ts'

/** At most this many passed-over records are listed. */
const MAX_LISTED = 5

/** One line naming the record a quick deploy uses. */
export function chosenNote(record: ValidationRecord, source: RecordSource): string {
  return (
    `Quick deploy of validation ${record.validationId}, found by package content ${record.contentHash.slice(0, 12)}… in artifact ` +
    `${source.artifactName}${source.runId !== undefined ? ` of run ${source.runId}` : ''} ` +
    `(commit ${record.commitSha.slice(0, 12) || 'unknown'}, validated ${record.validatedAt}, tests: ${record.testLevel ?? 'org default'}, ${record.testsRun} run).`
  )
}

/** Lines for the records that were not used. */
export function passedOverNotes(selection: Pick<RecordSelection, 'passedOver'>): string[] {
  const lines = selection.passedOver
    .slice(0, MAX_LISTED)
    .map(
      (p) => `Not used: ${p.source.artifactName} (artifact ${p.source.artifactId}): ${p.reason}.`
    )
  const more = selection.passedOver.length - MAX_LISTED
  return more > 0 ? [...lines, `… and ${more} more records not used.`] : lines
}

/** Why no record was chosen. */
export function noMatchReason(
  selection: Pick<RecordSelection, 'passedOver'>,
  artifactName: string
): string {
  if (selection.passedOver.length === 0) {
    return `no validation record for this package in this org: no artifact named ${artifactName} (the package changed since the validation, or it was never validated in this org, or the record's artifact was deleted)`
  }
  const reasons = [...new Set(selection.passedOver.map((p) => p.reason))]
  return `no usable validation record for this package in this org: ${reasons.join('; ')}`
}

/** The test level of a fallback deploy: the test-level input, else the record's, else RunLocalTests. */
export function fallbackTests(
  input: { testLevel?: TestLevel; runTests: string[] },
  record: ValidationRecord | undefined
): { testLevel: TestLevel; runTests: string[]; from: string } {
  if (input.testLevel)
    return { testLevel: input.testLevel, runTests: input.runTests, from: 'the test-level input' }
  // A full deploy in place of a quick deploy must run tests, so NoTestRun is not inherited.
  if (record?.testLevel && record.testLevel !== 'NoTestRun') {
    return {
      testLevel: record.testLevel,
      runTests: record.runTests,
      from: `validation ${record.validationId}`
    }
  }
  return {
    testLevel: 'RunLocalTests',
    runTests: [],
    from: 'the default for a deploy in place of a quick deploy'
  }
}

/** The job summary of a quick deploy that neither happened nor fell back (quick-deploy-fallback: fail). */
export function renderNoQuickDeploySummary(input: {
  reason: string
  contentHash: string
  artifactName: string
  notes: string[]
}): string {
  return [
    '## ❌ No quick deploy',
    '',
    `**Why:** ${escapeInline(input.reason)}.`,
    '',
    `Package content hash ${codeSpan(input.contentHash)}, looked up as artifact ${codeSpan(input.artifactName)}.`,
    '',
    'Nothing was deployed: `quick-deploy-fallback` is `fail`. Validate this commit again (mode: validate) and quick-deploy that, ' +
      'or set `quick-deploy-fallback: deploy` to run a full deploy with tests when no validation can be used.',
    '',
    ...input.notes.map((n) => `- ${escapeInline(n)}`),
    ''
  ].join('\n')
}
