/**
 * Issue comments (docs.github.com/en/rest/issues/comments), which is how pull-request
 * conversation comments are made: list one issue's (oldest first, paginated), create, get, update,
 * delete. A body over 65,536 characters is refused with 422. A comment made with GITHUB_TOKEN is
 * authored by `github-actions[bot]`. Either `issues` or `pull-requests` permission is accepted.
 */
import type { GhResponse, Route } from '../core/route.ts'
import { json, readJson } from '../core/route.ts'
import type { IssueComment } from '../core/state.ts'
import { type ApiContext, apiError, notFound, paginate, repoRoute } from './api-kit.ts'
import { commentView } from './shapes.ts'

const READ = { names: ['issues' as const, 'pull-requests' as const], level: 'read' as const }
const WRITE = { names: ['issues' as const, 'pull-requests' as const], level: 'write' as const }

export const MAX_COMMENT_LENGTH = 65_536

function bodyProblem(body: unknown): GhResponse | undefined {
  const text = (body as { body?: unknown } | undefined)?.body
  if (typeof text !== 'string' || text.length === 0)
    return apiError(422, 'Invalid request.\n\n"body" wasn\'t supplied.')
  if (text.length > MAX_COMMENT_LENGTH)
    return apiError(422, 'Validation Failed', {
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: `body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)`
        }
      ]
    })
  return undefined
}

function issueExists(ctx: ApiContext, number: number): boolean {
  return ctx.state.issues.some((i) => i.repositoryId === ctx.repo.id && i.number === number)
}

function commentOf(ctx: ApiContext): IssueComment | undefined {
  const id = Number(ctx.params[0])
  return ctx.state.comments.find((c) => c.id === id && c.repositoryId === ctx.repo.id)
}

export const COMMENT_ROUTES: Route[] = [
  repoRoute('listIssueComments', 'GET', '/issues/(\\d+)/comments', READ, (ctx) => {
    const number = Number(ctx.params[0])
    if (!issueExists(ctx, number)) return notFound()
    const all = ctx.state.comments
      .filter((c) => c.repositoryId === ctx.repo.id && c.issueNumber === number)
      .sort((a, b) => a.id - b.id)
    const { page, headers } = paginate(all, ctx.req, ctx.state.urls.api)
    return json(
      200,
      page.map((c) => commentView(ctx.state, c)),
      headers
    )
  }),
  repoRoute('createIssueComment', 'POST', '/issues/(\\d+)/comments', WRITE, (ctx) => {
    const number = Number(ctx.params[0])
    if (!issueExists(ctx, number)) return notFound()
    const body = readJson(ctx.req)
    const problem = bodyProblem(body)
    if (problem) return problem
    const now = ctx.state.now()
    const comment: IssueComment = {
      id: ctx.state.nextCommentId(),
      repositoryId: ctx.repo.id,
      issueNumber: number,
      body: (body as { body: string }).body,
      login: ctx.token.login,
      createdAt: now,
      updatedAt: now
    }
    ctx.state.comments.push(comment)
    return json(201, commentView(ctx.state, comment), {
      location: `${ctx.state.urls.api}/repos/${ctx.repo.fullName}/issues/comments/${comment.id}`
    })
  }),
  repoRoute('getIssueComment', 'GET', '/issues/comments/(\\d+)', READ, (ctx) => {
    const comment = commentOf(ctx)
    return comment ? json(200, commentView(ctx.state, comment)) : notFound()
  }),
  repoRoute('updateIssueComment', 'PATCH', '/issues/comments/(\\d+)', WRITE, (ctx) => {
    const comment = commentOf(ctx)
    if (!comment) return notFound()
    const body = readJson(ctx.req)
    const problem = bodyProblem(body)
    if (problem) return problem
    comment.body = (body as { body: string }).body
    comment.updatedAt = ctx.state.now()
    return json(200, commentView(ctx.state, comment))
  }),
  repoRoute('deleteIssueComment', 'DELETE', '/issues/comments/(\\d+)', WRITE, (ctx) => {
    const comment = commentOf(ctx)
    if (!comment) return notFound()
    ctx.state.comments.splice(ctx.state.comments.indexOf(comment), 1)
    return { status: 204 }
  })
]
