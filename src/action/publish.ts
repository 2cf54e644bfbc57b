import * as core from '@actions/core'
import { upsertStickyComment } from '../github/pr-comment-client.ts'
import { publishReport, type PublishPorts } from '../github/publish-report.ts'
import type { ReportFileKey } from '../github/report-files.ts'
import type { RunResult } from '../runner/run-result.ts'
import type { OutputName } from '../settings/inputs.ts'
import { describeError } from '../shared/errors.ts'
import type { Logger } from '../shared/logger.ts'
import { redact, secrets } from '../shared/redact.ts'
import { setOutputs } from './outputs.ts'

/**
 * The one publisher: a mode's result becomes the step's outputs, job summary, annotations,
 * report channels (files, check run, PR comment, artifact) and exit code. Every one of them
 * comes from `result.verdict`; publishing never changes it (a channel that fails is a warning).
 */
export async function publishResult(
  result: RunResult,
  ports: PublishPorts & { logger: Logger }
): Promise<void> {
  const commentNote = result.comment ? await postComment(result.comment, ports) : undefined
  await writeSummaries([...result.summary, ...(commentNote ? [`\n> ${commentNote}\n`] : [])], ports)
  const files = result.report
    ? (await publishReport(result.report.report, result.report.publish, ports)).files
    : {}
  // A mode's own annotations (compile problems) quote the org, which may echo a credential;
  // the report's were redacted by publishReport, these are redacted here.
  if (result.annotations?.length) ports.sink.annotate(secrets.redactDeep(result.annotations))
  if (result.artifact) await upload(result.artifact, ports)
  setOutputs({
    ...result.outputs,
    ...(result.report ? fileOutputs(result.report.publish.resultsDir, files) : {}),
    ...(result.verdict.unfinished ? {} : { success: String(result.verdict.success) })
  })
  if (!result.verdict.success) {
    core.setFailed(redact(result.verdict.message ?? 'The run failed.'))
    return
  }
  if (result.closing?.level === 'warning') ports.logger.warning(result.closing.message)
  else if (result.closing) ports.logger.info(result.closing.message)
}

/** Posts the sticky comment; the reason when it was not posted. */
async function postComment(
  comment: NonNullable<RunResult['comment']>,
  ports: PublishPorts
): Promise<string | undefined> {
  const posted = await upsertStickyComment(
    await ports.octokit(comment.token),
    { ...comment.request, body: redact(comment.request.body) },
    ports.logger
  )
  return posted.posted
    ? undefined
    : `The PR comment was not posted (${posted.reason ?? 'unknown'}).`
}

async function upload(
  artifact: NonNullable<RunResult['artifact']>,
  ports: PublishPorts
): Promise<void> {
  try {
    await ports.artifact().upload(artifact.name, artifact.files, artifact.rootDirectory)
  } catch (error) {
    ports.logger.warning(`Artifact "${artifact.name}" not uploaded: ${describeError(error)}`)
  }
}

async function writeSummaries(blocks: string[], ports: PublishPorts): Promise<void> {
  for (const block of blocks) {
    try {
      await ports.sink.writeSummary(block)
    } catch (error) {
      ports.logger.warning(`Job summary not written: ${describeError(error)}`)
    }
  }
}

function fileOutputs(
  resultsDir: string,
  files: Partial<Record<ReportFileKey, string>>
): Partial<Record<OutputName, string>> {
  return {
    'results-dir': resultsDir,
    ...(files.junit ? { 'junit-path': files.junit } : {}),
    ...(files.cobertura ? { 'coverage-path': files.cobertura } : {}),
    ...(files.result ? { 'summary-json-path': files.result } : {})
  }
}
