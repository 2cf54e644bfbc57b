/**
 * Check runs (docs.github.com/en/rest/checks/runs): create, update, get, list annotations. The
 * request rules enforced are the documented ones: `name` and `head_sha` required; a conclusion
 * makes the run completed and a completed run needs one; `output` needs `title` and `summary`
 * (65,535 at most, counted in UTF-8 bytes although the docs say characters: GitHub answers
 * "summary exceeds a maximum bytesize of 65535", github/docs#35252); at most 50 annotations per
 * request, appended by each update, each `message` and `raw_details` at most 64 KB; columns only
 * on single-line annotations. Schema violations answer 422 "Invalid request." with the reason,
 * as GitHub's request validator does; the exact wording for the 50-annotation limit and the
 * annotation sizes was not captured from GitHub.
 */
import type { GhResponse, Route } from '../core/route.ts'
import { json, readJson } from '../core/route.ts'
import type { ApiContext } from './api-kit.ts'
import type { CheckAnnotation, CheckRun } from '../core/state.ts'
import { apiError, notFound, paginate, repoRoute } from './api-kit.ts'
import { annotationView, checkRunView } from './shapes.ts'

const WRITE = { names: ['checks' as const], level: 'write' as const }
const READ = { names: ['checks' as const], level: 'read' as const }

export const MAX_ANNOTATIONS_PER_REQUEST = 50
const MAX_TEXT = 65_535
const MAX_ANNOTATION_BYTES = 64 * 1024
const STATUSES = ['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending']
const CONCLUSIONS = [
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'success',
  'skipped',
  'stale',
  'timed_out'
]
const LEVELS = ['notice', 'warning', 'failure']

type Body = Record<string, unknown>

const invalid = (reason: string): GhResponse => apiError(422, `Invalid request.\n\n${reason}`)

const bytes = (value: unknown): number =>
  typeof value === 'string' ? Buffer.byteLength(value, 'utf8') : 0

/** Past the schema: the byte sizes GitHub checks on the stored output. */
function sizeProblem(output: unknown): GhResponse | undefined {
  if (typeof output !== 'object' || output === null) return undefined
  const o = output as Body
  for (const field of ['summary', 'text'])
    if (bytes(o[field]) > MAX_TEXT)
      return apiError(422, 'Validation Failed', {
        errors: [
          {
            resource: 'CheckRun',
            code: 'custom',
            field,
            message: `${field} exceeds a maximum bytesize of ${MAX_TEXT}`
          }
        ]
      })
  const annotations = Array.isArray(o.annotations) ? (o.annotations as Body[]) : []
  for (const a of annotations)
    for (const field of ['message', 'raw_details'])
      if (bytes(a[field]) > MAX_ANNOTATION_BYTES)
        return invalid(`For 'properties/${field}', the value is larger than 64 KB.`)
  return undefined
}

function annotationProblem(a: unknown): string | undefined {
  if (typeof a !== 'object' || a === null) return "For 'items', is not an object."
  const o = a as Body
  const missing = ['path', 'start_line', 'end_line', 'annotation_level', 'message'].filter(
    (k) => o[k] === undefined
  )
  if (missing.length > 0)
    return `${missing.map((k) => `"${k}"`).join(', ')} ${missing.length === 1 ? "wasn't" : "weren't"} supplied.`
  if (!LEVELS.includes(String(o.annotation_level)))
    return `For 'properties/annotation_level', "${String(o.annotation_level)}" is not a member of ${LEVELS.join(', ')}.`
  if (!Number.isInteger(o.start_line) || !Number.isInteger(o.end_line))
    return "For 'properties/start_line', the line numbers must be integers."
  const hasColumns = o.start_column !== undefined || o.end_column !== undefined
  if (hasColumns && o.start_line !== o.end_line)
    return 'Annotations only support start_column and end_column on the same line.'
  return undefined
}

/** Why `output` is not acceptable; undefined when it is (or absent). */
function outputProblem(output: unknown): string | undefined {
  if (output === undefined) return undefined
  if (typeof output !== 'object' || output === null)
    return "For 'properties/output', is not an object."
  const o = output as Body
  const missing = ['title', 'summary'].filter((k) => typeof o[k] !== 'string')
  if (missing.length > 0)
    return `${missing.map((k) => `"${k}"`).join(', ')} ${missing.length === 1 ? "wasn't" : "weren't"} supplied.`
  for (const key of ['summary', 'text'])
    if (typeof o[key] === 'string' && (o[key] as string).length > MAX_TEXT)
      return `For 'properties/${key}', the value is longer than the maximum of ${MAX_TEXT} characters.`
  const annotations = o.annotations ?? []
  if (!Array.isArray(annotations)) return "For 'properties/annotations', is not an array."
  if (annotations.length > MAX_ANNOTATIONS_PER_REQUEST)
    return `For 'properties/annotations', no more than ${MAX_ANNOTATIONS_PER_REQUEST} items are allowed.`
  for (const a of annotations) {
    const problem = annotationProblem(a)
    if (problem) return problem
  }
  return undefined
}

function statusProblem(body: Body): string | undefined {
  if (body.status !== undefined && !STATUSES.includes(String(body.status)))
    return `For 'properties/status', "${String(body.status)}" is not a member of ${STATUSES.join(', ')}.`
  if (body.conclusion !== undefined && !CONCLUSIONS.includes(String(body.conclusion)))
    return `For 'properties/conclusion', "${String(body.conclusion)}" is not a member of ${CONCLUSIONS.join(', ')}.`
  if (body.status === 'completed' && body.conclusion === undefined)
    return '"conclusion" wasn\'t supplied.'
  return undefined
}

function time(value: unknown, fallback: number | null): number | null {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value))
    ? Date.parse(value)
    : fallback
}

/** Applies a create or update body; a conclusion completes the run. */
function apply(check: CheckRun, body: Body, now: number): void {
  if (typeof body.name === 'string') check.name = body.name
  if (typeof body.details_url === 'string') check.detailsUrl = body.details_url
  if (typeof body.external_id === 'string') check.externalId = body.external_id
  if (body.status !== undefined) check.status = body.status as CheckRun['status']
  check.startedAt = time(body.started_at, check.startedAt)
  if (typeof body.conclusion === 'string') {
    check.conclusion = body.conclusion
    check.status = 'completed'
  }
  if (check.status === 'completed') check.completedAt = time(body.completed_at, now)
  const output = body.output as Body | undefined
  if (!output) {
    check.batches.push(0)
    return
  }
  check.output = {
    title: output.title as string,
    summary: output.summary as string,
    text: typeof output.text === 'string' ? output.text : check.output.text
  }
  const annotations = (output.annotations ?? []) as CheckAnnotation[]
  check.annotations.push(...annotations)
  check.batches.push(annotations.length)
}

function checkOf(ctx: ApiContext): CheckRun | undefined {
  const id = Number(ctx.params[0])
  return ctx.state.checkRuns.find((c) => c.id === id && c.repositoryId === ctx.repo.id)
}

export const CHECK_ROUTES: Route[] = [
  repoRoute('createCheckRun', 'POST', '/check-runs', WRITE, (ctx) => {
    const body = (readJson(ctx.req) ?? {}) as Body
    if (typeof body.name !== 'string' || !body.name) return invalid('"name" wasn\'t supplied.')
    if (typeof body.head_sha !== 'string' || !/^[0-9a-f]{40}$/i.test(body.head_sha))
      return apiError(422, `No commit found for SHA: ${String(body.head_sha ?? '')}`)
    const problem = statusProblem(body) ?? outputProblem(body.output)
    if (problem) return invalid(problem)
    const tooLarge = sizeProblem(body.output)
    if (tooLarge) return tooLarge
    const now = ctx.state.now()
    const check: CheckRun = {
      id: ctx.state.nextCheckRunId(),
      repositoryId: ctx.repo.id,
      name: body.name,
      headSha: body.head_sha,
      status: 'queued',
      conclusion: null,
      startedAt: now,
      completedAt: null,
      externalId: null,
      detailsUrl: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
      batches: []
    }
    apply(check, body, now)
    ctx.state.checkRuns.push(check)
    return json(201, checkRunView(ctx.state, check))
  }),
  repoRoute('updateCheckRun', 'PATCH', '/check-runs/(\\d+)', WRITE, (ctx) => {
    const check = checkOf(ctx)
    if (!check) return notFound()
    const body = (readJson(ctx.req) ?? {}) as Body
    const problem = statusProblem(body) ?? outputProblem(body.output)
    if (problem) return invalid(problem)
    const tooLarge = sizeProblem(body.output)
    if (tooLarge) return tooLarge
    apply(check, body, ctx.state.now())
    return json(200, checkRunView(ctx.state, check))
  }),
  repoRoute('getCheckRun', 'GET', '/check-runs/(\\d+)', READ, (ctx) => {
    const check = checkOf(ctx)
    return check ? json(200, checkRunView(ctx.state, check)) : notFound()
  }),
  repoRoute('listCheckRunAnnotations', 'GET', '/check-runs/(\\d+)/annotations', READ, (ctx) => {
    const check = checkOf(ctx)
    if (!check) return notFound()
    const { page, headers } = paginate(check.annotations, ctx.req, ctx.state.urls.api)
    return json(
      200,
      page.map((a) => annotationView(ctx.state, check, a)),
      headers
    )
  })
]
