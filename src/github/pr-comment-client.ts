/**
 * Posts or updates the one sticky PR comment, found again by its hidden marker and its author
 * (docs/reports.md, PR comment). Searches every page of comments. Never throws: 403/404/422/5xx are
 * warnings.
 */
import type { Logger } from '../shared/logger.ts'
import type { GitHubClient } from './ports.ts'
import { describeGitHubError, statusOf } from './github-errors.ts'

/** The author of comments made with GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'

/** Where and what to post. */
export interface StickyCommentRequest {
  owner: string
  repo: string
  issueNumber: number
  body: string
  /** The hidden marker the body starts with. */
  marker: string
  /** Only update comments by this login; null matches any author (personal access tokens). */
  authorLogin?: string | null
}

/** What happened. */
export interface StickyCommentResult {
  posted: boolean
  action?: 'created' | 'updated'
  id?: number
  url?: string
  reason?: string
}

/** Updates the newest matching comment in place, or creates one. */
export async function upsertStickyComment(
  octokit: GitHubClient,
  req: StickyCommentRequest,
  logger: Logger
): Promise<StickyCommentResult> {
  const author = req.authorLogin === undefined ? ACTIONS_BOT_LOGIN : req.authorLogin
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: req.owner,
      repo: req.repo,
      issue_number: req.issueNumber,
      per_page: 100
    })
    // The body must start with the marker: every workflow using GITHUB_TOKEN comments as the
    // same bot, and one that quotes our comment (or embeds its marker) is not ours to overwrite.
    const mine = comments
      .filter(
        (c) =>
          (c.body ?? '').trimStart().startsWith(req.marker) &&
          (author === null || c.user?.login === author)
      )
      .sort((a, b) => b.id - a.id)
    const existing = mine[0]
    const updated = existing ? await updateUnlessDeleted(octokit, req, existing.id) : undefined
    if (updated)
      return { posted: true, action: 'updated', id: updated.data.id, url: updated.data.html_url }
    const created = await octokit.rest.issues.createComment({
      owner: req.owner,
      repo: req.repo,
      issue_number: req.issueNumber,
      body: req.body
    })
    return { posted: true, action: 'created', id: created.data.id, url: created.data.html_url }
  } catch (error) {
    const reason = describeGitHubError(error)
    logger.warning(
      `PR comment not posted (${reason}). It needs \`pull-requests: write\` and is skipped on fork PRs.`
    )
    return { posted: false, reason }
  }
}

/**
 * Updates the comment; undefined when it was deleted after it was listed (someone removed it
 * while the run was under way), so the caller posts a new one instead of giving up.
 */
async function updateUnlessDeleted(
  octokit: GitHubClient,
  req: StickyCommentRequest,
  commentId: number
): Promise<{ data: { id: number; html_url: string } } | undefined> {
  try {
    return await octokit.rest.issues.updateComment({
      owner: req.owner,
      repo: req.repo,
      comment_id: commentId,
      body: req.body
    })
  } catch (error) {
    if (statusOf(error) === 404) return undefined
    throw error
  }
}
