/**
 * A fake GitHub REST API on 127.0.0.1 for tests: check runs (create/update) and issue comments
 * (list with Link pagination, create, update). It records every request, enforces the real
 * limits (50 annotations per request, 65,536-character comments) and can answer 403 the way a
 * read-only token does. Point GITHUB_API_URL (or an Octokit baseUrl) at `url`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One recorded request. */
export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  body: Record<string, unknown> | undefined
}

/** A stored comment. */
export interface FakeComment {
  id: number
  body: string
  user: { login: string; type: 'Bot' | 'User' }
}

/** A stored check run with every annotation it received. */
export interface FakeCheckRun {
  id: number
  body: Record<string, unknown>
  annotations: Record<string, unknown>[]
  updates: Record<string, unknown>[]
}

/** Behaviour switches. */
export interface FakeGitHubOptions {
  /** Answer 403 "Resource not accessible by integration" to check-run creation. */
  forbidChecks?: boolean
  /** Answer 403 to comment creation and updates. */
  forbidComments?: boolean
  /** Login the fake assigns to comments it creates. */
  botLogin?: string
  /** Page size cap for comment listing (GitHub's max is 100). */
  maxPerPage?: number
}

const FORBIDDEN = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest'
}

/** The running fake. */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  readonly checkRuns: FakeCheckRun[] = []
  readonly comments = new Map<number, FakeComment[]>()
  url = ''
  private server: Server | undefined
  private nextId = 1000

  readonly options: FakeGitHubOptions
  constructor(options: FakeGitHubOptions = {}) {
    this.options = options
  }

  /** Starts on an ephemeral loopback port. */
  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req, res)
    })
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    const { port } = this.server.address() as AddressInfo
    this.url = `http://127.0.0.1:${port}`
    return this
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.server?.close((e) => (e ? reject(e) : resolve()))
    )
  }

  /** Seeds existing comments on an issue (oldest first). */
  seedComments(issue: number, comments: { body: string; login: string }[]): void {
    const list = this.comments.get(issue) ?? []
    for (const c of comments) list.push({ id: this.nextId++, body: c.body, user: userOf(c.login) })
    this.comments.set(issue, list)
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const raw = await readBody(req)
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined
    this.requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body
    })
    const route = `${req.method} ${url.pathname}`
    let m: RegExpMatchArray | null
    if ((m = route.match(/^POST \/repos\/[^/]+\/[^/]+\/check-runs$/)))
      return this.createCheckRun(res, body ?? {})
    if ((m = route.match(/^PATCH \/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/)))
      return this.updateCheckRun(res, Number(m[1]), body ?? {})
    if ((m = route.match(/^GET \/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/)))
      return this.listComments(res, Number(m[1]), url)
    if ((m = route.match(/^POST \/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/)))
      return this.createComment(res, Number(m[1]), body ?? {})
    if ((m = route.match(/^PATCH \/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/)))
      return this.updateComment(res, Number(m[1]), body ?? {})
    send(res, 404, { message: 'Not Found' })
  }

  private createCheckRun(res: ServerResponse, body: Record<string, unknown>): void {
    if (this.options.forbidChecks) return send(res, 403, FORBIDDEN)
    const annotations = annotationsOf(body)
    if (annotations.length > 50)
      return send(res, 422, {
        message: 'Validation Failed',
        errors: ['No more than 50 items are allowed']
      })
    const run: FakeCheckRun = {
      id: this.nextId++,
      body,
      annotations: [...annotations],
      updates: []
    }
    this.checkRuns.push(run)
    send(res, 201, {
      id: run.id,
      html_url: `https://github.example/checks/${run.id}`,
      status: body.status
    })
  }

  private updateCheckRun(res: ServerResponse, id: number, body: Record<string, unknown>): void {
    const run = this.checkRuns.find((r) => r.id === id)
    if (!run) return send(res, 404, { message: 'Not Found' })
    const output = body.output as Record<string, unknown> | undefined
    if (output && (!output.title || !output.summary))
      return send(res, 422, { message: 'output.title and output.summary are required' })
    const annotations = annotationsOf(body)
    if (annotations.length > 50)
      return send(res, 422, {
        message: 'Validation Failed',
        errors: ['No more than 50 items are allowed']
      })
    run.updates.push(body)
    run.annotations.push(...annotations)
    send(res, 200, { id, html_url: `https://github.example/checks/${id}` })
  }

  private listComments(res: ServerResponse, issue: number, url: URL): void {
    const perPage = Math.min(
      Number(url.searchParams.get('per_page') ?? 30),
      this.options.maxPerPage ?? 100
    )
    const page = Number(url.searchParams.get('page') ?? 1)
    const all = this.comments.get(issue) ?? []
    const slice = all.slice((page - 1) * perPage, page * perPage)
    const last = Math.max(1, Math.ceil(all.length / perPage))
    const headers: Record<string, string> = {}
    if (page < last) {
      const next = new URL(url.toString())
      next.searchParams.set('page', String(page + 1))
      next.searchParams.set('per_page', String(perPage))
      headers.link = `<${next.toString()}>; rel="next"`
    }
    send(
      res,
      200,
      slice.map((c) => ({ ...c, html_url: `https://github.example/c/${c.id}` })),
      headers
    )
  }

  private createComment(res: ServerResponse, issue: number, body: Record<string, unknown>): void {
    if (this.options.forbidComments) return send(res, 403, FORBIDDEN)
    const text = String(body.body ?? '')
    if (text.length > 65_536)
      return send(res, 422, { message: 'Body is too long (maximum is 65536 characters)' })
    const comment = {
      id: this.nextId++,
      body: text,
      user: userOf(this.options.botLogin ?? 'github-actions[bot]')
    }
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), comment])
    send(res, 201, { ...comment, html_url: `https://github.example/c/${comment.id}` })
  }

  private updateComment(res: ServerResponse, id: number, body: Record<string, unknown>): void {
    if (this.options.forbidComments) return send(res, 403, FORBIDDEN)
    const text = String(body.body ?? '')
    if (text.length > 65_536)
      return send(res, 422, { message: 'Body is too long (maximum is 65536 characters)' })
    for (const list of this.comments.values()) {
      const comment = list.find((c) => c.id === id)
      if (comment) {
        comment.body = text
        return send(res, 200, { ...comment, html_url: `https://github.example/c/${id}` })
      }
    }
    send(res, 404, { message: 'Not Found' })
  }
}

function annotationsOf(body: Record<string, unknown>): Record<string, unknown>[] {
  const output = body.output as { annotations?: Record<string, unknown>[] } | undefined
  return output?.annotations ?? []
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(body))
}

/** A comment's author as GitHub shows it: bots (`…[bot]`) are of type Bot. */
function userOf(login: string): { login: string; type: 'Bot' | 'User' } {
  return { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' }
}
