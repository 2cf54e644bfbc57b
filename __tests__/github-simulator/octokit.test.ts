/**
 * The action's Octokit code paths (src/github/check-run.ts, pr-comment-client.ts, octokit.ts)
 * over HTTP against the GitHub simulator: check-run batching, the sticky comment across runs and
 * pages, 403s for missing permissions, workflow runs as a trust check reads them, rate limits.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  type GitHubSimulator,
  type SimRun,
  startGitHubSimulator
} from '../../github-simulator/index.ts'
import type { Annotation } from '../../src/report/annotations.ts'
import { publishCheckRun } from '../../src/github/check-run.ts'
import { createOctokit } from '../../src/action/github/octokit.ts'
import { upsertStickyComment } from '../../src/github/pr-comment-client.ts'
import { MemoryLogger } from '../../src/shared/logger.ts'

let gh: GitHubSimulator
beforeEach(async () => {
  gh = await startGitHubSimulator()
})
afterEach(async () => {
  await gh.close()
})

const octokit = (run: SimRun): ReturnType<typeof createOctokit> =>
  createOctokit(run.token, { GITHUB_API_URL: gh.apiUrl })

function annotations(n: number): Annotation[] {
  return Array.from({ length: n }, (_, i) => ({
    level: 'failure' as const,
    path: `force-app/main/default/classes/C${i}.cls`,
    startLine: i + 1,
    title: `C${i}: compile error`,
    message: `Missing ';' at '}' (${i})`
  }))
}

const check = (run: SimRun, count: number, logger = new MemoryLogger()) =>
  publishCheckRun(
    octokit(run),
    {
      owner: 'acme',
      repo: 'app',
      headSha: run.headSha,
      name: 'Salesforce deploy (sim)',
      conclusion: 'failure',
      title: 'Deploy failed',
      summary: 'Summary',
      annotations: annotations(count)
    },
    logger
  )

describe('check runs', () => {
  it('sends 120 annotations in batches of 50, 50 and 20, then completes the run', async () => {
    const run = gh.startRun()
    const result = await check(run, 120)
    expect(result).toMatchObject({ published: true, annotationsSent: 120 })
    const [stored] = gh.checkRuns()
    // create (in progress, 50), two appends (50, 20), the completing update (no annotations)
    expect(stored?.batches).toEqual([50, 50, 20, 0])
    expect(stored).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      headSha: run.headSha
    })
    expect(stored?.annotations.map((a) => a.message).at(-1)).toBe("Missing ';' at '}' (119)")
    const listed = await octokit(run).paginate(octokit(run).rest.checks.listAnnotations, {
      owner: 'acme',
      repo: 'app',
      check_run_id: result.id ?? 0,
      per_page: 100
    })
    expect(listed).toHaveLength(120)
    expect(result.url).toBe(`https://github.com/acme/app/runs/${result.id}`)
  })

  it('creates a completed run in one request when 50 or fewer annotations', async () => {
    await check(gh.startRun(), 50)
    expect(gh.checkRuns()[0]?.batches).toEqual([50])
    expect(gh.requests.filter((r) => r.operation === 'updateCheckRun')).toHaveLength(0)
  })

  it('rejects more than 50 annotations in one request, as GitHub does', async () => {
    const run = gh.startRun()
    const api = octokit(run)
    const bulk = annotations(51).map((a) => ({
      path: a.path ?? '',
      start_line: a.startLine ?? 1,
      end_line: a.startLine ?? 1,
      annotation_level: 'failure' as const,
      message: a.message
    }))
    await expect(
      api.rest.checks.create({
        owner: 'acme',
        repo: 'app',
        name: 'x',
        head_sha: run.headSha,
        output: { title: 't', summary: 's', annotations: bulk }
      })
    ).rejects.toMatchObject({ status: 422 })
  })

  it('answers 403 to a token without checks: write; the adapter reports `forbidden`', async () => {
    const run = gh.startRun({ permissions: { checks: 'read' } })
    const result = await check(run, 3)
    expect(result).toEqual({ published: false, reason: 'forbidden' })
    const refused = gh.requests.find((r) => r.operation === 'createCheckRun')
    expect(refused?.status).toBe(403)
    expect(gh.checkRuns()).toEqual([])
  })

  it('gives fork pull requests a read-only token', async () => {
    const run = gh.startRun({ event: 'pull_request', fork: 'mallory/app' })
    expect((await check(run, 1)).reason).toBe('forbidden')
  })
})

describe('sticky PR comment', () => {
  const upsert = (run: SimRun, body: string) =>
    upsertStickyComment(
      octokit(run),
      {
        owner: 'acme',
        repo: 'app',
        issueNumber: run.pullRequest ?? 0,
        body: `<!-- sf-deploy:key -->\n${body}`,
        marker: '<!-- sf-deploy:key -->'
      },
      new MemoryLogger()
    )

  it('is created once and updated by the next runs, found past the first page', async () => {
    const pr = gh.openPullRequest()
    // 150 comments by others (one quoting the marker) push ours to page 2.
    for (let i = 0; i < 150; i++)
      gh.addComment(pr, i === 7 ? 'quote: <!-- sf-deploy:key -->' : `review ${i}`)
    const results = []
    for (const attempt of ['first', 'second', 'third']) {
      const run = gh.startRun({ event: 'pull_request', pullRequest: pr })
      results.push(await upsert(run, attempt))
      run.complete()
    }
    expect(results.map((r) => r.action)).toEqual(['created', 'updated', 'updated'])
    const ours = gh.comments(pr).filter((c) => c.login === 'github-actions[bot]')
    expect(ours).toHaveLength(1)
    expect(ours[0]?.body).toContain('third')
    expect(gh.comments(pr)).toHaveLength(151)
    const pages = gh.requests
      .filter((r) => r.operation === 'listIssueComments')
      .map((r) => r.query.page ?? '1')
    expect(pages).toEqual(['1', '2', '1', '2', '1', '2'])
  })

  it('refuses comments over 65,536 characters; the adapter warns instead of throwing', async () => {
    const run = gh.startRun({ event: 'pull_request' })
    const result = await upsert(run, 'x'.repeat(70_000))
    expect(result).toMatchObject({ posted: false, reason: expect.stringContaining('HTTP 422') })
  })

  it('answers 404 for a pull request that does not exist', async () => {
    const run = gh.startRun({ event: 'pull_request' })
    const result = await upsert({ ...run, pullRequest: 999 }, 'body')
    expect(result.reason).toContain('HTTP 404')
  })
})

describe('artifacts by run, get and delete', () => {
  it("lists one run's artifacts, reads one, and deletes it with actions: write", async () => {
    const first = gh.startRun()
    const second = gh.startRun()
    const now = gh.state.now()
    for (const run of [first, second])
      gh.state.artifacts.push({
        id: gh.state.nextArtifactId(),
        name: `report-${run.id}`,
        runId: run.id,
        jobBackendId: 'job',
        repositoryId: gh.repository.id,
        createdAt: now,
        updatedAt: now,
        expiresAt: now + 86_400_000,
        blobPath: `/none/${run.id}`,
        mimeType: 'application/zip',
        finalized: true,
        size: 10
      })
    const reader = octokit(gh.startRun({ permissions: { actions: 'read' } }))
    const { data } = await reader.rest.actions.listWorkflowRunArtifacts({
      owner: 'acme',
      repo: 'app',
      run_id: second.id
    })
    expect(data.artifacts.map((a) => [a.name, a.workflow_run?.id])).toEqual([
      [`report-${second.id}`, second.id]
    ])
    const id = data.artifacts[0]?.id ?? 0
    const { data: one } = await reader.rest.actions.getArtifact({
      owner: 'acme',
      repo: 'app',
      artifact_id: id
    })
    expect(one).toMatchObject({ id, size_in_bytes: 10, expired: false })
    await expect(
      reader.rest.actions.deleteArtifact({ owner: 'acme', repo: 'app', artifact_id: id })
    ).rejects.toMatchObject({ status: 403 })
    const writer = octokit(gh.startRun())
    const deleted = await writer.rest.actions.deleteArtifact({
      owner: 'acme',
      repo: 'app',
      artifact_id: id
    })
    expect(deleted.status).toBe(204)
    expect(gh.artifacts().map((a) => a.runId)).toEqual([first.id])
  })
})

describe('faults', () => {
  it('answers a scripted status, then behaves again; a reset drops the connection', async () => {
    const run = gh.startRun()
    const api = octokit(run)
    gh.faults.add({ operation: 'getWorkflowRun', kind: 'http', status: 502 })
    await expect(
      api.rest.actions.getWorkflowRun({ owner: 'acme', repo: 'app', run_id: run.id })
    ).rejects.toMatchObject({ status: 502 })
    const { data } = await api.rest.actions.getWorkflowRun({
      owner: 'acme',
      repo: 'app',
      run_id: run.id
    })
    expect(data.id).toBe(run.id)
    gh.faults.add({ operation: 'getWorkflowRun', kind: 'reset' })
    await expect(
      api.rest.actions.getWorkflowRun({ owner: 'acme', repo: 'app', run_id: run.id })
    ).rejects.toMatchObject({ status: 500 })
    expect(gh.faults.pending()).toEqual([])
    expect(
      gh.requests.filter((r) => r.operation === 'getWorkflowRun').map((r) => r.status)
    ).toEqual([502, 200, 0])
  })
})

describe('workflow runs and tokens', () => {
  it('describes a run by event, branch, workflow file and head repository (forks)', async () => {
    const push = gh.startRun({ branch: 'main', workflow: '.github/workflows/release.yml' })
    const fork = gh.startRun({ event: 'pull_request', fork: 'mallory/app', branch: 'evil' })
    const api = octokit(gh.startRun())
    const { data: ours } = await api.rest.actions.getWorkflowRun({
      owner: 'acme',
      repo: 'app',
      run_id: push.id
    })
    expect(ours).toMatchObject({
      event: 'push',
      head_branch: 'main',
      path: '.github/workflows/release.yml',
      head_sha: push.headSha,
      repository: { full_name: 'acme/app' },
      head_repository: { full_name: 'acme/app' }
    })
    const { data: theirs } = await api.rest.actions.getWorkflowRun({
      owner: 'acme',
      repo: 'app',
      run_id: fork.id
    })
    expect(theirs).toMatchObject({
      event: 'pull_request',
      head_branch: 'evil',
      head_repository: { full_name: 'mallory/app', fork: true }
    })
    const { data: listed } = await api.rest.actions.listWorkflowRunsForRepo({
      owner: 'acme',
      repo: 'app',
      event: 'push',
      branch: 'main'
    })
    expect(listed.workflow_runs.map((r) => r.id)).toContain(push.id)
    expect(listed.workflow_runs.map((r) => r.id)).not.toContain(fork.id)
  })

  it('ties the runner variables to the run: the event file, GITHUB_SHA the merge commit on pull requests', async () => {
    const run = gh.startRun({ event: 'pull_request' })
    expect(run.env.GITHUB_EVENT_NAME).toBe('pull_request')
    expect(run.env.GITHUB_REF).toBe(`refs/pull/${run.pullRequest}/merge`)
    expect(run.env.GITHUB_SHA).not.toBe(run.headSha)
    expect(run.event).toMatchObject({
      pull_request: { number: run.pullRequest, head: { sha: run.headSha } }
    })
  })

  it('stops accepting GITHUB_TOKEN after the job, and never another repository', async () => {
    const other = gh.addRepository('acme/other')
    const run = gh.startRun()
    const api = octokit(run)
    await expect(
      api.rest.actions.listArtifactsForRepo({ owner: 'acme', repo: other.name })
    ).rejects.toMatchObject({ status: 404 })
    run.complete()
    await expect(
      api.rest.actions.listArtifactsForRepo({ owner: 'acme', repo: 'app' })
    ).rejects.toMatchObject({
      status: 401
    })
  })

  it('sends rate-limit headers and refuses past 1,000 requests an hour per repository', async () => {
    await gh.close()
    gh = await startGitHubSimulator({ rateLimit: 3 })
    const api = octokit(gh.startRun())
    const first = await api.rest.actions.listArtifactsForRepo({ owner: 'acme', repo: 'app' })
    expect(first.headers).toMatchObject({
      'x-ratelimit-limit': '3',
      'x-ratelimit-remaining': '2',
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core'
    })
    await api.rest.actions.listArtifactsForRepo({ owner: 'acme', repo: 'app' })
    await api.rest.actions.listArtifactsForRepo({ owner: 'acme', repo: 'app' })
    await expect(
      api.rest.actions.listArtifactsForRepo({ owner: 'acme', repo: 'app' })
    ).rejects.toMatchObject({
      status: 403,
      response: { headers: { 'x-ratelimit-remaining': '0' } }
    })
    const { data } = await api.rest.rateLimit.get()
    expect(data.resources.core).toMatchObject({ limit: 3, used: 3, remaining: 0 })
    gh.advance(3_600_000)
    await api.rest.actions.listArtifactsForRepo({ owner: 'acme', repo: 'app' })
  })
})
