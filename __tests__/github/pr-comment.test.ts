import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createOctokit } from '../../src/action/github/octokit.ts'
import { upsertStickyComment } from '../../src/github/pr-comment-client.ts'
import { MemoryLogger } from '../../src/shared/logger.ts'
import { FakeGitHub } from '../support/fake-github.ts'

const MARKER = '<!-- salesforce-deploy-report:v1 key=ci/validate/prod -->'
const req = { owner: 'acme', repo: 'sf-app', issueNumber: 7, marker: MARKER }

describe('upsertStickyComment against a fake GitHub API', () => {
  let github: FakeGitHub
  beforeEach(async () => {
    github = await new FakeGitHub().start()
  })
  afterEach(async () => {
    await github.stop()
  })
  const octokit = () => createOctokit('test-token', { GITHUB_API_URL: github.url })

  it('creates the comment when none carries the marker', async () => {
    github.seedComments(7, [{ body: 'LGTM', login: 'alice' }])
    const result = await upsertStickyComment(
      octokit(),
      { ...req, body: `${MARKER}\nfirst` },
      new MemoryLogger()
    )
    expect(result).toMatchObject({ posted: true, action: 'created' })
    expect(github.comments.get(7)?.map((c) => c.body)).toEqual(['LGTM', `${MARKER}\nfirst`])
  })

  it('finds its comment on a later page and updates the newest match by the bot only', async () => {
    const filler = Array.from({ length: 250 }, (_, i) => ({ body: `comment ${i}`, login: 'alice' }))
    github.seedComments(7, [
      { body: `${MARKER}\nold`, login: 'github-actions[bot]' },
      ...filler,
      { body: `${MARKER}\nquoted by a human`, login: 'mallory' },
      { body: `${MARKER}\nnewer`, login: 'github-actions[bot]' }
    ])
    const result = await upsertStickyComment(
      octokit(),
      { ...req, body: `${MARKER}\nupdated` },
      new MemoryLogger()
    )
    expect(result).toMatchObject({ posted: true, action: 'updated' })
    const bodies = github.comments.get(7)?.map((c) => c.body) ?? []
    expect(bodies.at(-1)).toBe(`${MARKER}\nupdated`)
    expect(bodies).toContain(`${MARKER}\nold`)
    expect(bodies).toContain(`${MARKER}\nquoted by a human`)
    // 253 comments at 100 per page: all three pages were read.
    expect(
      github.requests
        .filter((r) => r.method === 'GET' && r.path.endsWith('/comments'))
        .map((r) => r.query.get('page') ?? '1')
    ).toEqual(['1', '2', '3'])
  })

  it('leaves alone a comment by another workflow of the bot that only quotes the marker', async () => {
    // Every workflow using GITHUB_TOKEN comments as github-actions[bot]; ours starts with the marker.
    const quote = `Previous report:\n> ${MARKER}\n> old`
    github.seedComments(7, [
      { body: `${MARKER}\nold`, login: 'github-actions[bot]' },
      { body: quote, login: 'github-actions[bot]' }
    ])
    const result = await upsertStickyComment(
      octokit(),
      { ...req, body: `${MARKER}\nupdated` },
      new MemoryLogger()
    )
    expect(result).toMatchObject({ posted: true, action: 'updated' })
    expect(github.comments.get(7)?.map((c) => c.body)).toEqual([`${MARKER}\nupdated`, quote])
  })

  it('warns and does not throw on 403 or an oversize body', async () => {
    await github.stop()
    github = await new FakeGitHub({ forbidComments: true }).start()
    const logger = new MemoryLogger()
    expect(await upsertStickyComment(octokit(), { ...req, body: 'x' }, logger)).toMatchObject({
      posted: false
    })
    expect(logger.lines.join('\n')).toContain('warning: PR comment not posted (HTTP 403')
    await github.stop()
    github = await new FakeGitHub().start()
    const tooLong = await upsertStickyComment(
      octokit(),
      { ...req, body: 'x'.repeat(70_000) },
      logger
    )
    expect(tooLong).toMatchObject({ posted: false })
    expect(tooLong.reason).toContain('HTTP 422')
  })
})
