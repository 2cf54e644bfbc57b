/**
 * Posts or updates the one sticky PR comment, found again by its hidden marker and its author
 * (docs/reports.md, PR comment). Searches every page of comments. Never throws: 403/404/422/5xx are
 * warnings.
 */
import type { Logger } from '../shared/logger.ts'
import type { GitHubClient } from './ports.ts'
import { describeGitHubError, statusOf } from './github-errors.ts'

/** Whose comments are ours: a login, or any bot (an installation token's identity is unknown). */
type Author = { login: string } | 'bot' | null

/**
 * Who the token comments as. A personal access token's account answers GET /user; an
 * installation token (GITHUB_TOKEN, a GitHub App's) is refused there (403 "Resource not
 * accessible by integration", actions/create-github-app-token#258) and comments as a bot:
 * github-actions[bot], or `<app>[bot]`. Matching only github-actions[bot] made every run with
 * another token post a new comment instead of updating its own.
 */
async function tokenAuthor(octokit: GitHubClient): Promise<Author> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated()
    return { login: data.login }
  } catch {
    return 'bot'
  }
}

function isAuthor(
  user: { login?: string; type?: string } | null | undefined,
  author: Author
): boolean {
  if (author === null) return true
  if (author === 'bot') return user?.type === 'Bot'
  return user?.login === author.login
}

/** Where and what to post. */
export interface StickyCommentRequest {
  owner: string
  repo: string
  issueNumber: number
  body: string
  /** The hidden marker the body starts with. */
  marker: string
  /**
   * Only update comments by this login; null matches any author; left out, the token's own
   * identity (its user, or any bot for an installation token).
   */
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
  try {
    const author: Author =
      req.authorLogin === undefined
        ? await tokenAuthor(octokit)
        : req.authorLogin === null
          ? null
          : { login: req.authorLogin }
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
          (author === null || isAuthor(c.user, author))
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
