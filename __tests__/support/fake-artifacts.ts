/**
 * A fake of GitHub's artifact REST API on 127.0.0.1: list a repository's artifacts by name
 * (newest first, `per_page`/`page` with Link headers), download one as a zip through a 302
 * redirect to a blob URL, as github.com does, and read the workflow run that uploaded it.
 * Artifacts are added by tests (or by a fake uploader standing in for @actions/artifact, with its
 * one-name-per-run rule). Point GITHUB_API_URL at `url`.
 */
import JSZip from 'jszip'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One stored artifact. */
export interface FakeArtifact {
  id: number
  name: string
  runId: number
  /** The repository's id, or another one for a run of a fork's pull request. */
  headRepositoryId: number
  createdAt: string
  expired: boolean
  zip: Buffer
  /** The uploading run's event, branch, workflow file and head commit. */
  run: FakeRun
}

/** What GET …/actions/runs/{id} tells of the run that uploaded an artifact. */
export interface FakeRun {
  event: string
  branch: string
  workflow: string
  headSha: string
}

const DEFAULT_RUN: FakeRun = {
  event: 'push',
  branch: 'main',
  workflow: '.github/workflows/deploy.yml',
  headSha: 'f'.repeat(40)
}

/** A recorded request (method, path and query; no headers, so no tokens). */
export interface ArtifactRequest {
  method: string
  path: string
  query: URLSearchParams
  authorized: boolean
}

/** Behaviour switches. */
export interface FakeArtifactsOptions {
  /** Answer 403 "Resource not accessible by integration" to listing (a token without actions: read). */
  forbidList?: boolean
}

export const REPOSITORY_ID = 4242

/** The running fake. */
export class FakeArtifacts {
  readonly artifacts: FakeArtifact[] = []
  readonly requests: ArtifactRequest[] = []
  url = ''
  readonly options: FakeArtifactsOptions
  private server: Server | undefined
  private nextId = 7000
  private tick = Date.parse('2026-01-01T00:00:00Z')

  constructor(options: FakeArtifactsOptions = {}) {
    this.options = options
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) => this.server?.close(() => resolve()))
  }

  /** Stores an artifact; names are unique within a run, as with @actions/artifact v2+. */
  async add(input: {
    name: string
    runId: number
    files: Record<string, string>
    fromFork?: boolean
    expired?: boolean
    run?: Partial<FakeRun>
  }): Promise<FakeArtifact> {
    if (this.artifacts.some((a) => a.name === input.name && a.runId === input.runId)) {
      throw new Error(
        `Conflict: an artifact with this name already exists on the workflow run (${input.name})`
      )
    }
    const zip = new JSZip()
    for (const [name, text] of Object.entries(input.files)) zip.file(name, text)
    this.tick += 60_000
    const artifact: FakeArtifact = {
      id: this.nextId++,
      name: input.name,
      runId: input.runId,
      headRepositoryId: input.fromFork ? REPOSITORY_ID + 1 : REPOSITORY_ID,
      createdAt: new Date(this.tick).toISOString(),
      expired: input.expired ?? false,
      zip: await zip.generateAsync({ type: 'nodebuffer' }),
      run: { ...DEFAULT_RUN, ...input.run }
    }
    this.artifacts.push(artifact)
    return artifact
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for await (const chunk of req) void chunk
    const url = new URL(req.url ?? '/', this.url)
    const authorized = /^(token|bearer) \S+/i.test(req.headers.authorization ?? '')
    this.requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      authorized
    })
    let m: RegExpMatchArray | null
    if (req.method !== 'GET') return send(res, 404, { message: 'Not Found' })
    if ((m = url.pathname.match(/^\/blobs\/(\d+)$/))) return this.blob(res, Number(m[1]))
    if (!authorized) return send(res, 401, { message: 'Requires authentication' })
    if (/^\/repos\/[^/]+\/[^/]+\/actions\/artifacts$/.test(url.pathname)) return this.list(res, url)
    if ((m = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/)))
      return this.download(res, Number(m[1]))
    if ((m = url.pathname.match(/^\/repos\/([^/]+\/[^/]+)\/actions\/runs\/(\d+)$/)))
      return this.run(res, m[1] ?? '', Number(m[2]))
    send(res, 404, { message: 'Not Found' })
  }

  private list(res: ServerResponse, url: URL): void {
    if (this.options.forbidList)
      return send(res, 403, { message: 'Resource not accessible by integration' })
    const name = url.searchParams.get('name')
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100)
    const page = Number(url.searchParams.get('page') ?? 1)
    const all = this.artifacts
      .filter((a) => name === null || a.name === name)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    const slice = all.slice((page - 1) * perPage, page * perPage)
    const headers: Record<string, string> = {}
    if (page * perPage < all.length) {
      const next = new URL(url.toString())
      next.searchParams.set('page', String(page + 1))
      headers.link = `<${next.toString()}>; rel="next"`
    }
    send(res, 200, { total_count: all.length, artifacts: slice.map((a) => this.view(a)) }, headers)
  }

  private view(a: FakeArtifact): Record<string, unknown> {
    return {
      id: a.id,
      node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
      name: a.name,
      size_in_bytes: a.zip.byteLength,
      url: `${this.url}/repos/o/r/actions/artifacts/${a.id}`,
      archive_download_url: `${this.url}/repos/o/r/actions/artifacts/${a.id}/zip`,
      expired: a.expired,
      created_at: a.createdAt,
      updated_at: a.createdAt,
      expires_at: new Date(Date.parse(a.createdAt) + 90 * 86_400_000).toISOString(),
      workflow_run: {
        id: a.runId,
        repository_id: REPOSITORY_ID,
        head_repository_id: a.headRepositoryId,
        head_branch: a.run.branch,
        head_sha: a.run.headSha
      }
    }
  }

  private run(res: ServerResponse, repository: string, id: number): void {
    const artifact = this.artifacts.find((a) => a.runId === id)
    if (!artifact) return send(res, 404, { message: 'Not Found' })
    const fork = artifact.headRepositoryId !== REPOSITORY_ID
    send(res, 200, {
      id,
      event: artifact.run.event,
      head_branch: artifact.run.branch,
      head_sha: artifact.run.headSha,
      path: artifact.run.workflow,
      repository: { id: REPOSITORY_ID, full_name: repository },
      head_repository: {
        id: artifact.headRepositoryId,
        full_name: fork ? `fork-owner/${repository.split('/')[1] ?? ''}` : repository
      }
    })
  }

  private download(res: ServerResponse, id: number): void {
    const artifact = this.artifacts.find((a) => a.id === id)
    if (!artifact) return send(res, 404, { message: 'Not Found' })
    if (artifact.expired) return send(res, 410, { message: 'Artifact has expired' })
    res.writeHead(302, { location: `${this.url}/blobs/${id}?sig=signed` })
    res.end()
  }

  private blob(res: ServerResponse, id: number): void {
    const artifact = this.artifacts.find((a) => a.id === id)
    if (!artifact) return send(res, 404, { message: 'Not Found' })
    res.writeHead(200, {
      'content-type': 'application/zip',
      'content-length': String(artifact.zip.byteLength)
    })
    res.end(artifact.zip)
  }
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
