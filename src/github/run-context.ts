/**
 * Reads where to publish from the runner's environment and event payload: repository, the SHA a
 * check run belongs to (the PR head, never the merge commit), the PR number, and whether the token
 * is read-only (fork PRs, Dependabot) so check runs and comments are skipped (docs/reports.md).
 */
import type { RunEnv } from '../shared/env.ts'
import { readFileSync } from 'node:fs'

/** Where reports go. */
export interface RunContext {
  owner: string
  repo: string
  headSha: string
  prNumber?: number
  /** Link to the workflow run, for check-run details_url and the PR comment. */
  runUrl?: string
  /** Base for file links in the summary: `${server}/${repo}/blob/${sha}`. */
  blobBaseUrl?: string
  readOnly: boolean
  readOnlyReason?: string
}

/**
 * Events that run in the context of the pull request's merge branch: GITHUB_SHA is the merge
 * commit, and a pull request from a fork gets a read-only token (docs.github.com, "Events that
 * trigger workflows"). pull_request_target runs on the base branch with a write token instead.
 */
const MERGE_BRANCH_EVENTS = new Set([
  'pull_request',
  'pull_request_review',
  'pull_request_review_comment'
])

interface EventPayload {
  pull_request?: { number?: number; head?: { sha?: string; repo?: { full_name?: string } | null } }
  workflow_run?: { head_sha?: string }
}

/** Builds the context; `sha` overrides the detected SHA (the `sha` input, if any). */
export function readRunContext(
  env: RunEnv,
  event: EventPayload,
  sha?: string
): RunContext | undefined {
  const repository = env.GITHUB_REPOSITORY
  const [owner, repo] = repository?.split('/') ?? []
  if (!owner || !repo) return undefined
  const pr = event.pull_request
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const isPrEvent = MERGE_BRANCH_EVENTS.has(eventName) || eventName === 'pull_request_target'
  const headSha =
    sha || (isPrEvent && pr?.head?.sha) || event.workflow_run?.head_sha || env.GITHUB_SHA || ''
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  const readOnlyReason = readOnlyReasonOf(env, pr, repository)
  return {
    owner,
    repo,
    headSha,
    ...(pr?.number ? { prNumber: pr.number } : {}),
    ...(env.GITHUB_RUN_ID
      ? { runUrl: `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {}),
    ...(headSha ? { blobBaseUrl: `${server}/${repository}/blob/${headSha}` } : {}),
    readOnly: readOnlyReason !== undefined,
    ...(readOnlyReason ? { readOnlyReason } : {})
  }
}

function readOnlyReasonOf(
  env: RunEnv,
  pr: EventPayload['pull_request'],
  repository: string | undefined
): string | undefined {
  if (env.GITHUB_ACTOR === 'dependabot[bot]') return 'Dependabot runs get a read-only token'
  if (MERGE_BRANCH_EVENTS.has(env.GITHUB_EVENT_NAME ?? '') && pr) {
    const head = pr.head?.repo?.full_name
    if (!head || head !== repository) return 'pull requests from forks get a read-only token'
  }
  return undefined
}

/** Payloads already read, per environment snapshot (a run has one; the runner writes the file once). */
const PAYLOADS = new WeakMap<RunEnv, { file: string; payload: EventPayload }>()

/**
 * Reads the event payload from GITHUB_EVENT_PATH; an empty object when absent or unreadable. The
 * file is read once per environment: a run asks for it from several steps (delta base, report,
 * validation record, receipt).
 */
export function readEventPayload(env: RunEnv): EventPayload {
  const file = env.GITHUB_EVENT_PATH
  if (!file) return {}
  const known = PAYLOADS.get(env)
  if (known?.file === file) return known.payload
  let payload: EventPayload
  try {
    payload = JSON.parse(readFileSync(file, 'utf8')) as EventPayload
  } catch {
    payload = {}
  }
  PAYLOADS.set(env, { file, payload })
  return payload
}

/** The run's context from its environment and event payload. */
export function runContextOf(env: RunEnv): RunContext | undefined {
  return readRunContext(env, readEventPayload(env))
}
