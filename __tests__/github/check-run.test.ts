import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { publishCheckRun } from '../../src/github/check-run.ts'
import { createOctokit } from '../../src/action/github/octokit.ts'
import type { Annotation } from '../../src/report/annotations.ts'
import { MemoryLogger } from '../../src/shared/logger.ts'
import { FakeGitHub } from '../support/fake-github.ts'

function annotations(n: number): Annotation[] {
  return Array.from({ length: n }, (_, i) => ({
    level: i % 2 === 0 ? 'failure' : 'warning',
    path: `force-app/main/default/classes/C${i}.cls`,
    startLine: i + 1,
    endLine: i + 1,
    startColumn: 3,
    endColumn: 3,
    title: `ApexClass C${i}`,
    message: `Problem ${i}`
  }))
}

const base = {
  owner: 'acme',
  repo: 'sf-app',
  headSha: 'a'.repeat(40),
  name: 'Salesforce validation (acme)',
  conclusion: 'failure' as const,
  title: 'Validation failed',
  summary: '## Validation failed'
}
const fixedNow = () => new Date('2026-04-06T02:02:30Z')

describe('publishCheckRun against a fake GitHub API', () => {
  let github: FakeGitHub
  beforeEach(async () => {
    github = await new FakeGitHub().start()
  })
  afterEach(async () => {
    await github.stop()
  })

  const octokit = () => createOctokit('test-token', { GITHUB_API_URL: github.url })

  it('sends 120 annotations as 50 + 50 + 20, then completes the run', async () => {
    const logger = new MemoryLogger()
    const result = await publishCheckRun(
      octokit(),
      { ...base, annotations: annotations(120), now: fixedNow },
      logger
    )
    expect(result).toMatchObject({ published: true, annotationsSent: 120, annotationsSkipped: 0 })
    const calls = github.requests.map((r) => `${r.method} ${r.path}`)
    expect(calls).toEqual([
      'POST /repos/acme/sf-app/check-runs',
      `PATCH /repos/acme/sf-app/check-runs/${result.id}`,
      `PATCH /repos/acme/sf-app/check-runs/${result.id}`,
      `PATCH /repos/acme/sf-app/check-runs/${result.id}`
    ])
    const sizes = github.requests.map(
      (r) => ((r.body?.output as { annotations?: unknown[] }).annotations ?? []).length
    )
    expect(sizes).toEqual([50, 50, 20, 0])
    const [run] = github.checkRuns
    expect(run?.body).toMatchObject({
      head_sha: base.headSha,
      status: 'in_progress',
      name: base.name
    })
    expect(run?.annotations).toHaveLength(120)
    expect(run?.annotations[0]).toEqual({
      path: 'force-app/main/default/classes/C0.cls',
      start_line: 1,
      end_line: 1,
      start_column: 3,
      end_column: 3,
      annotation_level: 'failure',
      title: 'ApexClass C0',
      message: 'Problem 0'
    })
    expect(run?.updates.at(-1)).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      completed_at: '2026-04-06T02:02:30.000Z',
      output: { title: base.title, summary: base.summary }
    })
  })

  it('creates and completes in one request when 50 or fewer annotations have files', async () => {
    const withoutFile: Annotation = {
      level: 'failure',
      title: 'Coverage: org-wide',
      message: 'Average test coverage … 68%'
    }
    const result = await publishCheckRun(
      octokit(),
      { ...base, conclusion: 'success', annotations: [...annotations(50), withoutFile] },
      new MemoryLogger()
    )
    expect(result).toMatchObject({ published: true, annotationsSent: 50, annotationsSkipped: 1 })
    expect(github.requests).toHaveLength(1)
    expect(github.checkRuns[0]?.body).toMatchObject({ status: 'completed', conclusion: 'success' })
  })

  it('caps the total and never sends line 0', async () => {
    const noLine: Annotation = {
      level: 'warning',
      path: 'force-app/x.cls',
      title: 't',
      message: 'm'
    }
    const result = await publishCheckRun(
      octokit(),
      { ...base, annotations: [noLine, ...annotations(200)], maxAnnotations: 60 },
      new MemoryLogger()
    )
    expect(result).toMatchObject({ annotationsSent: 60, annotationsSkipped: 141 })
    expect(github.checkRuns[0]?.annotations[0]).toMatchObject({
      path: 'force-app/x.cls',
      start_line: 1,
      end_line: 1
    })
    expect(github.checkRuns[0]?.annotations[0]).not.toHaveProperty('start_column')
  })

  it('falls back cleanly on 403 (fork PR or missing checks: write)', async () => {
    await github.stop()
    github = await new FakeGitHub({ forbidChecks: true }).start()
    const logger = new MemoryLogger()
    const result = await publishCheckRun(
      octokit(),
      { ...base, annotations: annotations(3) },
      logger
    )
    expect(result).toEqual({ published: false, reason: 'forbidden' })
    expect(logger.lines.join('\n')).toContain('cannot write checks')
    expect(logger.lines.some((l) => l.startsWith('warning:'))).toBe(false)
  })

  it('reports other errors without throwing', async () => {
    const logger = new MemoryLogger()
    const result = await publishCheckRun(
      createOctokit('t', { GITHUB_API_URL: `${github.url}/nowhere` }),
      { ...base, annotations: [] },
      logger
    )
    expect(result.published).toBe(false)
    expect(result.reason).toContain('HTTP 404')
    expect(logger.lines.join('\n')).toContain('warning: Check run not created')
  })
})
