/**
 * Everything the simulated GitHub knows, kept across workflow runs so that one run's upload is
 * another run's download: repositories (and forks), workflow runs with their jobs and tokens,
 * artifacts and their blobs, check runs, issue comments, and the request log.
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto'
import { FaultRules } from './faults.ts'
import type { Surface } from './route.ts'

/** A GITHUB_TOKEN permission level. */
export type Permission = 'none' | 'read' | 'write'

/**
 * The GITHUB_TOKEN permissions the simulator enforces
 * (docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication).
 */
export type PermissionName = 'actions' | 'checks' | 'contents' | 'issues' | 'pull-requests'

export type Permissions = Record<PermissionName, Permission>

/** The permissive default a repository gives GITHUB_TOKEN. */
export const WRITE_ALL: Permissions = {
  actions: 'write',
  checks: 'write',
  contents: 'write',
  issues: 'write',
  'pull-requests': 'write'
}

/** What a pull request from a fork gets: read access only, whatever the workflow asks for. */
export const READ_ALL: Permissions = {
  actions: 'read',
  checks: 'read',
  contents: 'read',
  issues: 'read',
  'pull-requests': 'read'
}

export interface Repository {
  id: number
  owner: string
  name: string
  fullName: string
  private: boolean
  defaultBranch: string
  /** Id of the repository this one is a fork of. */
  forkOf?: number
}

export interface Job {
  id: number
  /** The job's id in the results service (the third part of the `Actions.Results` scope). */
  backendId: string
  name: string
}

export interface WorkflowRun {
  id: number
  /** The run's id in the results service (the second part of the `Actions.Results` scope). */
  backendId: string
  runNumber: number
  runAttempt: number
  /** Workflow name (`name:` of the workflow file). */
  name: string
  /** Workflow file, e.g. `.github/workflows/deploy.yml`. */
  path: string
  workflowId: number
  event: string
  headBranch: string | null
  headSha: string
  repositoryId: number
  /** The repository the head commit is in: a fork's id for pull requests from forks. */
  headRepositoryId: number
  actor: string
  status: 'queued' | 'in_progress' | 'completed'
  conclusion: string | null
  createdAt: number
  updatedAt: number
  pullRequest?: { number: number; baseRef: string; baseSha: string }
  job: Job
}

export interface StoredArtifact {
  id: number
  name: string
  runId: number
  jobBackendId: string
  repositoryId: number
  createdAt: number
  updatedAt: number
  expiresAt: number
  /** Path of the blob on the storage surface. */
  blobPath: string
  mimeType: string
  /** False between CreateArtifact and FinalizeArtifact: not listed, not downloadable. */
  finalized: boolean
  size: number
  /** `sha256:<hex>` as the client reported it at finalize. */
  digest?: string
}

export interface StoredBlob {
  content: Buffer
  contentType: string
  /** Staged blocks (Put Block), by block id, until Put Block List commits them. */
  blocks: Map<string, Buffer>
  committed: boolean
  etag: string
  lastModified: number
}

export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: 'notice' | 'warning' | 'failure'
  message: string
  title?: string
  raw_details?: string
}

export interface CheckRun {
  id: number
  repositoryId: number
  name: string
  headSha: string
  status: 'queued' | 'in_progress' | 'completed'
  conclusion: string | null
  startedAt: number | null
  completedAt: number | null
  externalId: string | null
  detailsUrl: string | null
  output: { title: string | null; summary: string | null; text: string | null }
  annotations: CheckAnnotation[]
  /** Annotations received by each create/update request, in order (the batches). */
  batches: number[]
}

export interface IssueComment {
  id: number
  repositoryId: number
  issueNumber: number
  body: string
  login: string
  createdAt: number
  updatedAt: number
}

export interface ApiToken {
  value: string
  repositoryId: number
  runId?: number
  permissions: Permissions
  /** Author of what the token creates (`github-actions[bot]` for GITHUB_TOKEN). */
  login: string
  revoked: boolean
}

/** One request as received (tokens and signatures masked). */
export interface RecordedRequest {
  at: number
  surface: Surface
  method: string
  path: string
  query: Record<string, string>
  operation: string
  /** Whether an Authorization header came with it (its value is never kept). */
  authorized: boolean
  status: number
  /** Request body as text (JSON APIs only; blob bytes are not kept here). */
  body?: string
}

/** Masks the secret parts of a query (SAS signatures). */
export function maskQuery(query: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of query) out[key] = key === 'sig' ? '***' : value
  return out
}

/** Login GitHub gives the author of what GITHUB_TOKEN creates. */
export const ACTIONS_BOT = 'github-actions[bot]'

/** The shared state; routes read and change it. */
export class GitHubState {
  readonly repositories: Repository[] = []
  readonly runs: WorkflowRun[] = []
  readonly artifacts: StoredArtifact[] = []
  readonly blobs = new Map<string, StoredBlob>()
  readonly checkRuns: CheckRun[] = []
  readonly comments: IssueComment[] = []
  /** Issues and pull requests that exist (they share one number sequence per repository). */
  readonly issues: { repositoryId: number; number: number }[] = []
  readonly tokens = new Map<string, ApiToken>()
  readonly requests: RecordedRequest[] = []
  readonly faults = new FaultRules()
  /** Requests counted against each repository's GITHUB_TOKEN budget in the current hour. */
  readonly rateUsed = new Map<number, { windowStart: number; used: number }>()
  /** Key that signs runtime tokens and storage URLs. */
  readonly secret = randomBytes(32)
  urls = { api: '', results: '', blob: '' }
  rateLimit: number
  /** Artifact storage the repository may use; beyond it CreateArtifact is refused (unset: no limit). */
  storageQuotaBytes: number | undefined
  private offset = 0
  private counters = { repo: 900, run: 7_000_000_000, workflow: 160_000, job: 31_000_000_000 }
  private ids = { artifact: 1_900_000_000, check: 24_000_000_000, comment: 2_100_000_000 }

  constructor(options: { rateLimit?: number; startTime?: number } = {}) {
    this.rateLimit = options.rateLimit ?? 1000
    this.storageQuotaBytes = undefined
    if (options.startTime !== undefined) this.offset = options.startTime - Date.now()
  }

  /** Current time, epoch ms: wall time, moved by `advance`. */
  now(): number {
    return Date.now() + this.offset
  }

  /** Moves time forward (artifact retention, URL expiry, the rate-limit window). */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0)
      throw new Error(`advance(ms): expected a finite number >= 0, got ${String(ms)}`)
    this.offset += ms
  }

  addRepository(
    fullName: string,
    options: { private?: boolean; forkOf?: number } = {}
  ): Repository {
    const [owner, name] = fullName.split('/')
    if (!owner || !name || fullName.split('/').length !== 2)
      throw new Error(`repository: expected owner/name, got ${fullName}`)
    const existing = this.repository(owner, name)
    if (existing) return existing
    const repo: Repository = {
      id: ++this.counters.repo,
      owner,
      name,
      fullName,
      private: options.private ?? true,
      defaultBranch: 'main',
      ...(options.forkOf !== undefined ? { forkOf: options.forkOf } : {})
    }
    this.repositories.push(repo)
    return repo
  }

  /** Owner and name are case-insensitive on GitHub. */
  repository(owner: string, name: string): Repository | undefined {
    const key = `${owner}/${name}`.toLowerCase()
    return this.repositories.find((r) => r.fullName.toLowerCase() === key)
  }

  repositoryById(id: number): Repository | undefined {
    return this.repositories.find((r) => r.id === id)
  }

  /** Same workflow file → same workflow id, as on GitHub. */
  workflowId(repositoryId: number, path: string): number {
    const same = this.runs.find((r) => r.repositoryId === repositoryId && r.path === path)
    return same?.workflowId ?? ++this.counters.workflow
  }

  nextRunNumber(repositoryId: number, workflowId: number): number {
    return (
      this.runs.filter((r) => r.repositoryId === repositoryId && r.workflowId === workflowId)
        .length + 1
    )
  }

  newRunIds(): { id: number; backendId: string; job: Job } {
    return {
      id: ++this.counters.run,
      backendId: randomUUID(),
      job: { id: ++this.counters.job, backendId: randomUUID(), name: 'deploy' }
    }
  }

  nextArtifactId(): number {
    return ++this.ids.artifact
  }

  nextCheckRunId(): number {
    return ++this.ids.check
  }

  nextCommentId(): number {
    return ++this.ids.comment
  }

  /** Issues a GITHUB_TOKEN-like installation token (`ghs_…`). */
  issueToken(
    repositoryId: number,
    permissions: Permissions,
    runId?: number,
    login = ACTIONS_BOT
  ): string {
    const value = `ghs_${randomBytes(27).toString('base64url').replace(/[-_]/g, 'x').slice(0, 36)}`
    this.tokens.set(value, {
      value,
      repositoryId,
      ...(runId !== undefined ? { runId } : {}),
      permissions,
      login,
      revoked: false
    })
    return value
  }

  runById(id: number): WorkflowRun | undefined {
    return this.runs.find((r) => r.id === id)
  }

  runByBackendId(backendId: string): WorkflowRun | undefined {
    return this.runs.find((r) => r.backendId === backendId)
  }

  /** HMAC of `text` with the simulator's key, base64. */
  sign(text: string): string {
    return createHmac('sha256', this.secret).update(text).digest('base64')
  }
}
