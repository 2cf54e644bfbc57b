/**
 * One call that publishes a report everywhere: files (always), job summary (always), check run
 * with annotations or, when that is impossible, workflow-command annotations, the sticky PR
 * comment and the artifact. Reporting never changes the deploy outcome: every failure here is a
 * warning and the function does not throw.
 */
import path from 'node:path'
import { buildAnnotations } from '../report/annotations.ts'
import { renderCheckRunOutput } from '../report/check-run-output.ts'
import { commentMarker, renderPrComment } from '../report/pr-comment.ts'
import type { Report } from '../report/report-types.ts'
import { renderSummary } from '../report/summary.ts'
import type { Logger } from '../shared/logger.ts'
import { secrets } from '../shared/redact.ts'
import type { ArtifactUploader } from './ports.ts'
import { publishCheckRun, type CheckRunResult } from './check-run.ts'
import type { OctokitFactory } from './ports.ts'
import { upsertStickyComment, type StickyCommentResult } from './pr-comment-client.ts'
import {
  resolveResultsDir,
  writeReportFiles,
  type ReportFileKey,
  type ReportFileSystem,
  type ReportFormat
} from './report-files.ts'
import type { ReportSink } from './ports.ts'
import type { RunContext } from './run-context.ts'

/** Report settings (same names as ReportSettings in settings/). */
export interface PublishSettings {
  /** Absolute, or relative to the workspace. */
  resultsDir: string
  coverageFormats: ReportFormat[]
  uploadArtifact: boolean
  artifactName: string
  checkRun: boolean
  prComment: boolean
  githubToken?: string
  workspace: string
  /** Repository, SHA, PR and read-only state; without it no check run or comment is attempted. */
  github?: RunContext
  /** Check-run name; default `Salesforce <operation> (<org>)`. Add a matrix key when needed. */
  checkName?: string
  /** Sticky comment key; default the check name. Matrix jobs need distinct keys. */
  commentKey?: string
  maxAnnotations?: number
}

/** Injectable I/O. */
export interface PublishPorts {
  fs: ReportFileSystem
  sink: ReportSink
  octokit: OctokitFactory
  /** Created only when an upload is wanted, since the real client needs the runner's env. */
  artifact: () => ArtifactUploader
  logger: Logger
}

/** What was published. */
export interface PublishResult {
  /** Absolute paths by key: summary, result, junit, cobertura, lcov, json. */
  files: Partial<Record<ReportFileKey, string>>
  checkRun: CheckRunResult | { published: false; reason: string }
  /** Where line annotations went. */
  annotations: { channel: 'check-run' | 'workflow-commands'; count: number }
  prComment: StickyCommentResult | { posted: false; reason: string }
  artifact: { uploaded: boolean; id?: number; name?: string; reason?: string }
}

/** Publishes `report`, redacted, through every enabled channel. */
export async function publishReport(
  original: Report,
  settings: PublishSettings,
  ports: PublishPorts
): Promise<PublishResult> {
  // The org can echo a token in any text; no channel below may carry it.
  const report = secrets.redactDeep(original)
  const files = await writeFiles(report, settings, ports)
  await writeSummary(report, ports)
  const annotations = buildAnnotations(report)
  const checkRun = await publishCheck(report, annotations, settings, ports)
  // The Checks API takes only annotations on a file; the others (manifest messages, org-wide
  // coverage) still reach the log as workflow commands, so no channel loses them or shows any twice.
  if (checkRun.published) ports.sink.annotate(annotations.filter((a) => !a.path))
  const emitted = checkRun.published
    ? { channel: 'check-run' as const, count: checkRun.annotationsSent ?? 0 }
    : { channel: 'workflow-commands' as const, count: ports.sink.annotate(annotations) }
  const prComment = await postComment(report, settings, ports, checkRun)
  const artifact = await upload(settings, ports, files)
  return { files, checkRun, annotations: emitted, prComment, artifact }
}

async function writeFiles(
  report: Report,
  settings: PublishSettings,
  ports: PublishPorts
): Promise<PublishResult['files']> {
  try {
    return await writeReportFiles(
      report,
      {
        workspace: settings.workspace,
        resultsDir: settings.resultsDir,
        formats: settings.coverageFormats
      },
      ports.fs
    )
  } catch (error) {
    ports.logger.warning(
      `Report files not written: ${error instanceof Error ? error.message : String(error)}`
    )
    return {}
  }
}

async function writeSummary(report: Report, ports: PublishPorts): Promise<void> {
  try {
    await ports.sink.writeSummary(renderSummary(report))
  } catch (error) {
    ports.logger.warning(
      `Job summary not written: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}

/** Why the check run is skipped, or undefined when it should be attempted. */
function checkRunSkipReason(settings: PublishSettings): string | undefined {
  if (!settings.checkRun) return 'disabled'
  if (!settings.githubToken) return 'no github-token'
  if (!settings.github?.headSha) return 'no repository or commit in the environment'
  if (settings.github.readOnly)
    return `read-only token: ${settings.github.readOnlyReason ?? 'unknown reason'}`
  return undefined
}

async function publishCheck(
  report: Report,
  annotations: ReturnType<typeof buildAnnotations>,
  settings: PublishSettings,
  ports: PublishPorts
): Promise<PublishResult['checkRun']> {
  const skip = checkRunSkipReason(settings)
  const github = settings.github
  if (skip || !github || !settings.githubToken) {
    if (settings.checkRun && skip)
      ports.logger.info(
        `Check run skipped (${skip ?? 'no context'}); annotations go to the workflow log.`
      )
    return { published: false, reason: skip ?? 'no context' }
  }
  const output = renderCheckRunOutput(report)
  return publishCheckRun(
    await ports.octokit(settings.githubToken),
    {
      owner: github.owner,
      repo: github.repo,
      headSha: github.headSha,
      name: checkName(report, settings),
      conclusion: report.conclusion,
      title: output.title,
      summary: output.summary,
      annotations,
      ...(github.runUrl ? { detailsUrl: github.runUrl } : {}),
      externalId: report.verdict.deployId,
      ...(settings.maxAnnotations !== undefined ? { maxAnnotations: settings.maxAnnotations } : {})
    },
    ports.logger
  )
}

async function postComment(
  report: Report,
  settings: PublishSettings,
  ports: PublishPorts,
  checkRun: PublishResult['checkRun']
): Promise<PublishResult['prComment']> {
  const github = settings.github
  if (!settings.prComment) return { posted: false, reason: 'disabled' }
  if (!github?.prNumber || !settings.githubToken)
    return { posted: false, reason: 'no pull request or token' }
  if (github.readOnly)
    return { posted: false, reason: `read-only token: ${github.readOnlyReason ?? ''}` }
  const key = settings.commentKey ?? checkName(report, settings)
  const body = renderPrComment(report, {
    key,
    ...(github.runUrl ? { runUrl: github.runUrl } : {}),
    ...('url' in checkRun && checkRun.url ? { checkRunUrl: checkRun.url } : {})
  })
  return upsertStickyComment(
    await ports.octokit(settings.githubToken),
    {
      owner: github.owner,
      repo: github.repo,
      issueNumber: github.prNumber,
      body,
      marker: commentMarker(key)
    },
    ports.logger
  )
}

async function upload(
  settings: PublishSettings,
  ports: PublishPorts,
  files: PublishResult['files']
): Promise<PublishResult['artifact']> {
  if (!settings.uploadArtifact) return { uploaded: false, reason: 'disabled' }
  const paths = Object.values(files)
  if (paths.length === 0) return { uploaded: false, reason: 'no files were written' }
  try {
    const root = resolveResultsDir(settings.workspace, settings.resultsDir)
    const result = await ports.artifact().upload(
      settings.artifactName,
      paths.map((p) => path.resolve(p)),
      root
    )
    return {
      uploaded: true,
      name: settings.artifactName,
      ...(result.id !== undefined ? { id: result.id } : {})
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    ports.logger.warning(`Artifact "${settings.artifactName}" not uploaded: ${reason}`)
    return { uploaded: false, reason }
  }
}

function checkName(report: Report, settings: PublishSettings): string {
  return (
    settings.checkName ??
    `Salesforce ${report.verdict.operation.toLowerCase()} (${report.verdict.orgLabel})`
  )
}
