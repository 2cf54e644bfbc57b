/**
 * Local GitHub simulator: the REST API (artifacts, workflow runs, check runs, issue comments,
 * rate limits), the Actions results service @actions/artifact uploads through, and the blob
 * storage behind it, on 127.0.0.1. It keeps state across workflow runs, so one run's upload is
 * another run's download. See github-simulator/README.md.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import JSZip from 'jszip'
import { BLOB_ROUTES } from './blob/blob-routes.ts'
import type { FaultRule } from './core/faults.ts'
import type { Route, Surface } from './core/route.ts'
import { mintRuntimeToken } from './core/runtime-token.ts'
import { createSurfaceServer } from './core/server.ts'
import {
  ACTIONS_BOT,
  type CheckRun,
  GitHubState,
  type IssueComment,
  type Permissions,
  READ_ALL,
  type RecordedRequest,
  type Repository,
  type StoredArtifact,
  WRITE_ALL,
  type WorkflowRun
} from './core/state.ts'
import { RESULTS_ROUTES } from './results/twirp-routes.ts'
import { ARTIFACT_ROUTES } from './rest/artifacts-routes.ts'
import { CHECK_ROUTES } from './rest/checks-routes.ts'
import { COMMENT_ROUTES } from './rest/comments-routes.ts'
import { RATE_LIMIT_ROUTES } from './rest/rate-limit-routes.ts'
import { RUN_ROUTES } from './rest/runs-routes.ts'
import { USER_ROUTES } from './rest/user-routes.ts'

export type { FaultRule } from './core/faults.ts'
export type {
  CheckAnnotation,
  CheckRun,
  IssueComment,
  Permissions,
  RecordedRequest,
  Repository,
  StoredArtifact,
  WorkflowRun
} from './core/state.ts'
export { ACTIONS_BOT, READ_ALL, WRITE_ALL } from './core/state.ts'

/** Options of `startGitHubSimulator`. */
export interface GitHubSimulatorOptions {
  /** Port of the REST API on 127.0.0.1; the results service and storage take the next two. 0 (default): ephemeral ports. */
  port?: number
  /** The repository runs belong to by default (default `acme/app`). */
  repository?: string
  /** Requests an hour per repository (default 1,000, GITHUB_TOKEN's limit). */
  rateLimit?: number
  /** Artifact storage a repository may use; CreateArtifact is refused beyond it (default: unlimited). */
  storageQuotaBytes?: number
  /** Simulated start time, epoch ms (default: now). */
  startTime?: number
}

/** How a workflow run was triggered. */
export interface RunOptions {
  /** `push` (default), `pull_request`, `pull_request_target`, `workflow_dispatch`, `schedule`, … */
  event?: string
  /** Branch of the run (push) or head branch of the pull request (default `main`, or `feature` on pull requests). */
  branch?: string
  /** Head commit (default: a new random SHA). */
  sha?: string
  /** Workflow file (default `.github/workflows/deploy.yml`). */
  workflow?: string
  /** Workflow name (default: the file name without extension). */
  workflowName?: string
  /** Repository of the run (default: the simulator's repository). */
  repository?: string
  /** Pull requests: the fork the head branch is in (`someone/app`); the token is then read-only. */
  fork?: string
  /** Pull requests: its number (default: a new pull request). */
  pullRequest?: number
  /** Pull requests: base branch (default `main`). */
  baseBranch?: string
  /** GITHUB_TOKEN permissions (default: write on everything; fork pull requests always get read). */
  permissions?: Partial<Permissions>
  actor?: string
}

/** One workflow run (its single job), with what a runner would give the action. */
export interface SimRun {
  id: number
  runNumber: number
  /** The GITHUB_TOKEN of the run (pass it as `github-token`). */
  token: string
  /** ACTIONS_RUNTIME_TOKEN. */
  runtimeToken: string
  /** Variables a runner sets for the job (GITHUB_*, ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL, …). */
  env: Record<string, string>
  /** The webhook payload GITHUB_EVENT_PATH points at. */
  event: Record<string, unknown>
  pullRequest?: number
  headSha: string
  /** The run ends: status completed, its tokens stop working (as GITHUB_TOKEN expires with the job). */
  complete(conclusion?: string): void
}

/** An artifact as the tests see it. */
export interface ArtifactView extends StoredArtifact {
  /** The uploaded zip. */
  zip: Buffer
  /** The zip's files, by path. */
  files(): Promise<Map<string, string>>
}

/** A running simulator. */
export interface GitHubSimulator {
  /** GITHUB_API_URL. */
  apiUrl: string
  /** ACTIONS_RESULTS_URL. */
  resultsUrl: string
  /** Origin of the blob storage the signed URLs point at. */
  blobUrl: string
  repository: Repository
  addRepository(fullName: string, options?: { private?: boolean; forkOf?: string }): Repository
  /** Starts a workflow run; its token and runtime token work until `complete()`. */
  startRun(options?: RunOptions): SimRun
  /** Opens a pull request (an issue number) for comments. */
  openPullRequest(repository?: string): number
  /** Adds a comment as someone else (a reviewer, another bot). */
  addComment(issueNumber: number, body: string, login?: string, repository?: string): IssueComment
  comments(issueNumber: number, repository?: string): IssueComment[]
  /** Finalized artifacts, oldest first, with their contents. */
  artifacts(): ArtifactView[]
  checkRuns(): CheckRun[]
  runs(): WorkflowRun[]
  /** Every request received, in order (tokens and signatures masked). */
  requests: RecordedRequest[]
  faults: {
    add(rule: FaultRule): void
    clear(): void
    pending(): FaultRule[]
  }
  /** Moves the simulated clock forward (artifact retention, signed URL expiry, rate-limit window). */
  advance(ms: number): void
  setStorageQuota(bytes: number | undefined): void
  /** The shared state, for white-box tests. */
  state: GitHubState
  close(): Promise<void>
}

const ROUTES: Record<Surface, Route[]> = {
  api: [
    ...ARTIFACT_ROUTES,
    ...RUN_ROUTES,
    ...CHECK_ROUTES,
    ...COMMENT_ROUTES,
    ...RATE_LIMIT_ROUTES,
    ...USER_ROUTES
  ],
  results: RESULTS_ROUTES,
  blob: BLOB_ROUTES
}

async function listen(server: Server, port: number): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const randomSha = (): string => randomBytes(20).toString('hex')

/** Starts the three surfaces on 127.0.0.1. */
export async function startGitHubSimulator(
  options: GitHubSimulatorOptions = {}
): Promise<GitHubSimulator> {
  const state = new GitHubState({
    ...(options.rateLimit !== undefined ? { rateLimit: options.rateLimit } : {}),
    ...(options.startTime !== undefined ? { startTime: options.startTime } : {})
  })
  state.storageQuotaBytes = options.storageQuotaBytes
  const servers = (['api', 'results', 'blob'] as const).map(
    (surface) => [surface, createSurfaceServer(surface, ROUTES[surface], state)] as const
  )
  const base = options.port ?? 0
  for (const [index, [surface, server]] of servers.entries())
    state.urls[surface] = await listen(server, base === 0 ? 0 : base + index)
  const repository = state.addRepository(options.repository ?? 'acme/app')
  const eventDir = mkdtempSync(path.join(tmpdir(), 'github-simulator-'))
  const repoOf = (fullName?: string): Repository => {
    if (!fullName) return repository
    const [owner = '', name = ''] = fullName.split('/')
    const repo = state.repository(owner, name)
    if (!repo) throw new Error(`no repository ${fullName}; add it with addRepository`)
    return repo
  }
  const openPullRequest = (fullName?: string): number => {
    const repo = repoOf(fullName)
    const number = state.issues.filter((i) => i.repositoryId === repo.id).length + 1
    state.issues.push({ repositoryId: repo.id, number })
    return number
  }
  return {
    apiUrl: state.urls.api,
    resultsUrl: `${state.urls.results}/`,
    blobUrl: state.urls.blob,
    repository,
    addRepository: (fullName, opts = {}) =>
      state.addRepository(fullName, {
        ...(opts.private !== undefined ? { private: opts.private } : {}),
        ...(opts.forkOf !== undefined ? { forkOf: repoOf(opts.forkOf).id } : {})
      }),
    startRun: (runOptions = {}) =>
      startRun(state, repoOf(runOptions.repository), runOptions, eventDir, openPullRequest),
    openPullRequest,
    addComment: (issueNumber, body, login = 'octocat', fullName) => {
      const repo = repoOf(fullName)
      const now = state.now()
      const comment: IssueComment = {
        id: state.nextCommentId(),
        repositoryId: repo.id,
        issueNumber,
        body,
        login,
        createdAt: now,
        updatedAt: now
      }
      state.comments.push(comment)
      return comment
    },
    comments: (issueNumber, fullName) => {
      const repo = repoOf(fullName)
      return state.comments.filter(
        (c) => c.repositoryId === repo.id && c.issueNumber === issueNumber
      )
    },
    artifacts: () =>
      state.artifacts
        .filter((a) => a.finalized)
        .map((a) => {
          const zip = state.blobs.get(a.blobPath)?.content ?? Buffer.alloc(0)
          return { ...a, zip, files: () => unzip(zip) }
        }),
    checkRuns: () => state.checkRuns,
    runs: () => state.runs,
    requests: state.requests,
    faults: {
      add: (rule) => state.faults.add(rule),
      clear: () => state.faults.clear(),
      pending: () => state.faults.pending()
    },
    advance: (ms) => state.advance(ms),
    setStorageQuota: (bytes) => {
      state.storageQuotaBytes = bytes
    },
    state,
    close: async () => {
      for (const [, server] of servers) {
        server.closeAllConnections()
        await new Promise<void>((resolve) => server.close(() => resolve()))
      }
      rmSync(eventDir, { recursive: true, force: true })
    }
  }
}

async function unzip(zip: Buffer): Promise<Map<string, string>> {
  const archive = await JSZip.loadAsync(zip)
  const files = new Map<string, string>()
  for (const entry of Object.values(archive.files))
    if (!entry.dir) files.set(entry.name, await entry.async('string'))
  return files
}

function repoPayload(repo: Repository): Record<string, unknown> {
  return {
    id: repo.id,
    name: repo.name,
    full_name: repo.fullName,
    private: repo.private,
    fork: repo.forkOf !== undefined,
    owner: { login: repo.owner },
    default_branch: repo.defaultBranch
  }
}

function startRun(
  state: GitHubState,
  repo: Repository,
  options: RunOptions,
  eventDir: string,
  openPullRequest: (fullName?: string) => number
): SimRun {
  const event = options.event ?? 'push'
  const isPr = event === 'pull_request' || event === 'pull_request_target'
  const headRepo = options.fork ? state.addRepository(options.fork, { forkOf: repo.id }) : repo
  const headSha = options.sha ?? randomSha()
  const branch = options.branch ?? (isPr ? 'feature' : repo.defaultBranch)
  const workflow = options.workflow ?? '.github/workflows/deploy.yml'
  const workflowId = state.workflowId(repo.id, workflow)
  const ids = state.newRunIds()
  const now = state.now()
  const prNumber = isPr ? (options.pullRequest ?? openPullRequest(repo.fullName)) : undefined
  if (
    prNumber !== undefined &&
    !state.issues.some((i) => i.repositoryId === repo.id && i.number === prNumber)
  )
    state.issues.push({ repositoryId: repo.id, number: prNumber })
  const baseRef = options.baseBranch ?? repo.defaultBranch
  const baseSha = randomSha()
  const run: WorkflowRun = {
    ...ids,
    runNumber: state.nextRunNumber(repo.id, workflowId),
    runAttempt: 1,
    name: options.workflowName ?? path.basename(workflow).replace(/\.ya?ml$/, ''),
    path: workflow,
    workflowId,
    event,
    headBranch: branch,
    headSha,
    repositoryId: repo.id,
    headRepositoryId: headRepo.id,
    actor: options.actor ?? 'octocat',
    status: 'in_progress',
    conclusion: null,
    createdAt: now,
    updatedAt: now,
    ...(prNumber !== undefined ? { pullRequest: { number: prNumber, baseRef, baseSha } } : {})
  }
  state.runs.push(run)
  // A pull_request run from a fork gets a read-only token whatever the workflow asks for.
  const readOnly = event === 'pull_request' && headRepo.id !== repo.id
  const permissions = readOnly ? READ_ALL : { ...WRITE_ALL, ...options.permissions }
  const token = state.issueToken(repo.id, permissions, run.id, ACTIONS_BOT)
  const runtimeToken = mintRuntimeToken(state, run)
  const payload: Record<string, unknown> = isPr
    ? {
        action: 'synchronize',
        number: prNumber,
        pull_request: {
          number: prNumber,
          html_url: `https://github.com/${repo.fullName}/pull/${prNumber}`,
          head: { ref: branch, sha: headSha, repo: repoPayload(headRepo) },
          base: { ref: baseRef, sha: baseSha, repo: repoPayload(repo) }
        },
        repository: repoPayload(repo),
        sender: { login: run.actor }
      }
    : {
        ref: `refs/heads/${branch}`,
        after: headSha,
        repository: repoPayload(repo),
        sender: { login: run.actor }
      }
  const eventPath = path.join(eventDir, `event-${run.id}.json`)
  writeFileSync(eventPath, JSON.stringify(payload, null, 2))
  // On pull_request events GITHUB_SHA is the test merge commit, not the head.
  const sha = isPr ? randomSha() : headSha
  const ref = isPr ? `refs/pull/${prNumber}/merge` : `refs/heads/${branch}`
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_API_URL: state.urls.api,
    GITHUB_GRAPHQL_URL: `${state.urls.api}/graphql`,
    // Stays github.com: @actions/artifact refuses to run when the server looks like GHES.
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: repo.fullName,
    GITHUB_REPOSITORY_ID: String(repo.id),
    GITHUB_REPOSITORY_OWNER: repo.owner,
    GITHUB_RUN_ID: String(run.id),
    GITHUB_RUN_NUMBER: String(run.runNumber),
    GITHUB_RUN_ATTEMPT: String(run.runAttempt),
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: isPr ? `${prNumber}/merge` : branch,
    GITHUB_REF_TYPE: 'branch',
    GITHUB_HEAD_REF: isPr ? branch : '',
    GITHUB_BASE_REF: isPr ? baseRef : '',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKFLOW: run.name,
    GITHUB_WORKFLOW_REF: `${repo.fullName}/${workflow}@${ref}`,
    GITHUB_WORKFLOW_SHA: sha,
    GITHUB_JOB: run.job.name,
    GITHUB_ACTOR: run.actor,
    GITHUB_TRIGGERING_ACTOR: run.actor,
    GITHUB_RETENTION_DAYS: '90',
    ACTIONS_RUNTIME_TOKEN: runtimeToken,
    ACTIONS_RESULTS_URL: `${state.urls.results}/`
  }
  return {
    id: run.id,
    runNumber: run.runNumber,
    token,
    runtimeToken,
    env,
    event: payload,
    ...(prNumber !== undefined ? { pullRequest: prNumber } : {}),
    headSha,
    complete(conclusion = 'success') {
      run.status = 'completed'
      run.conclusion = conclusion
      run.updatedAt = state.now()
      const issued = state.tokens.get(token)
      if (issued) issued.revoked = true
    }
  }
}
