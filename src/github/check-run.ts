/**
 * Publishes the report as a check run on the PR head SHA, with annotations in batches of 50
 * (docs.github.com/en/rest/checks/runs). Never throws: a 403 (fork PR, Dependabot, missing
 * `checks: write`) returns `published: false` so the caller can fall back to workflow commands.
 */
import type { Annotation } from '../report/annotations.ts'
import type { CheckConclusion } from '../report/report-types.ts'
import { chunk } from '../shared/arrays.ts'
import type { Logger } from '../shared/logger.ts'
import type { GitHubClient } from './ports.ts'
import { describeGitHubError, statusOf } from './github-errors.ts'

/** The Checks API rejects more than 50 annotations per request ("No more than 50 items are allowed"). */
export const CHECK_ANNOTATIONS_PER_REQUEST = 50

/** Default cap on annotations per check run: GITHUB_TOKEN allows 1,000 REST requests an hour per repo. */
export const CHECK_ANNOTATIONS_MAX = 500

/** What to publish. */
export interface CheckRunRequest {
  owner: string
  repo: string
  /** PR head SHA on pull_request events, never the merge commit. */
  headSha: string
  name: string
  conclusion: CheckConclusion
  title?: string
  summary: string
  annotations: Annotation[]
  detailsUrl?: string
  externalId?: string
  maxAnnotations?: number
  now?: () => Date
}

/** What happened. */
export interface CheckRunResult {
  published: boolean
  /** `forbidden` for 403s; otherwise the error text. */
  reason?: string
  id?: number
  url?: string
  annotationsSent?: number
  /** Annotations left out because they have no file or exceed the cap. */
  annotationsSkipped?: number
}

type CheckAnnotation = {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: 'notice' | 'warning' | 'failure'
  title: string
  message: string
  raw_details?: string
}

/** Creates the check run, appends annotation batches, then completes it. */
export async function publishCheckRun(
  octokit: GitHubClient,
  req: CheckRunRequest,
  logger: Logger
): Promise<CheckRunResult> {
  const now = req.now ?? (() => new Date())
  const sendable = req.annotations
    .flatMap(toCheckAnnotation)
    .slice(0, req.maxAnnotations ?? CHECK_ANNOTATIONS_MAX)
  const batches = chunk(sendable, CHECK_ANNOTATIONS_PER_REQUEST)
  const output = { title: req.title ?? req.name, summary: req.summary }
  const single = batches.length <= 1
  let id: number
  let url: string | undefined
  try {
    const created = await octokit.rest.checks.create({
      owner: req.owner,
      repo: req.repo,
      name: req.name,
      head_sha: req.headSha,
      started_at: now().toISOString(),
      ...(req.detailsUrl ? { details_url: req.detailsUrl } : {}),
      ...(req.externalId ? { external_id: req.externalId } : {}),
      ...(single
        ? {
            status: 'completed' as const,
            conclusion: req.conclusion,
            completed_at: now().toISOString()
          }
        : { status: 'in_progress' as const }),
      output: { ...output, annotations: batches[0] ?? [] }
    })
    id = created.data.id
    url = created.data.html_url ?? undefined
  } catch (error) {
    if (statusOf(error) === 403) {
      logger.info(
        'Check run not created: the token cannot write checks (fork PR, Dependabot, or no `checks: write`). Annotations go to the workflow log instead.'
      )
      return { published: false, reason: 'forbidden' }
    }
    logger.warning(
      `Check run not created (${describeGitHubError(error)}); annotations go to the workflow log instead.`
    )
    return { published: false, reason: describeGitHubError(error) }
  }
  let sent = batches[0]?.length ?? 0
  for (const batch of batches.slice(1)) {
    sent += await appendBatch(octokit, req, id, output, batch, logger)
  }
  if (!single) await complete(octokit, req, id, output, now, logger)
  return {
    published: true,
    id,
    ...(url ? { url } : {}),
    annotationsSent: sent,
    annotationsSkipped: req.annotations.length - sendable.length
  }
}

/** PATCH one batch; annotations append. A 422 on one batch is logged and the rest continue. */
async function appendBatch(
  octokit: GitHubClient,
  req: CheckRunRequest,
  id: number,
  output: { title: string; summary: string },
  batch: CheckAnnotation[],
  logger: Logger
): Promise<number> {
  try {
    // title and summary are required whenever output is sent.
    await octokit.rest.checks.update({
      owner: req.owner,
      repo: req.repo,
      check_run_id: id,
      output: { ...output, annotations: batch }
    })
    return batch.length
  } catch (error) {
    logger.warning(
      `Check run annotations batch rejected (${describeGitHubError(error)}); continuing.`
    )
    return 0
  }
}

async function complete(
  octokit: GitHubClient,
  req: CheckRunRequest,
  id: number,
  output: { title: string; summary: string },
  now: () => Date,
  logger: Logger
): Promise<void> {
  try {
    await octokit.rest.checks.update({
      owner: req.owner,
      repo: req.repo,
      check_run_id: id,
      status: 'completed',
      conclusion: req.conclusion,
      completed_at: now().toISOString(),
      output
    })
  } catch (error) {
    logger.warning(`Check run could not be completed (${describeGitHubError(error)}).`)
  }
}

/** The Checks API needs a path and lines ≥ 1; columns only on single-line annotations. */
function toCheckAnnotation(a: Annotation): CheckAnnotation[] {
  if (!a.path) return []
  const start = a.startLine && a.startLine >= 1 ? a.startLine : 1
  const end = a.endLine && a.endLine >= start ? a.endLine : start
  const columns =
    start === end && a.startColumn
      ? { start_column: a.startColumn, end_column: a.endColumn ?? a.startColumn }
      : {}
  return [
    {
      path: a.path,
      start_line: start,
      end_line: end,
      ...columns,
      annotation_level: a.level,
      title: a.title.slice(0, 255),
      message: a.message || a.title,
      ...(a.rawDetails ? { raw_details: a.rawDetails } : {})
    }
  ]
}
