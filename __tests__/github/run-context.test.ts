import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readEventPayload, readRunContext } from '../../src/github/run-context.ts'

const env = {
  GITHUB_REPOSITORY: 'acme/sf-app',
  GITHUB_SHA: 'merge000',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '99',
  GITHUB_ACTOR: 'alice'
}

describe('readRunContext', () => {
  it('uses the PR head SHA, not the merge commit, on pull_request events', () => {
    const ctx = readRunContext(
      { ...env, GITHUB_EVENT_NAME: 'pull_request' },
      { pull_request: { number: 5, head: { sha: 'head111', repo: { full_name: 'acme/sf-app' } } } }
    )
    expect(ctx).toEqual({
      owner: 'acme',
      repo: 'sf-app',
      headSha: 'head111',
      prNumber: 5,
      runUrl: 'https://github.com/acme/sf-app/actions/runs/99',
      blobBaseUrl: 'https://github.com/acme/sf-app/blob/head111',
      readOnly: false
    })
  })

  it('marks fork PRs, deleted head repositories and Dependabot as read-only', () => {
    const fork = readRunContext(
      { ...env, GITHUB_EVENT_NAME: 'pull_request' },
      { pull_request: { number: 5, head: { sha: 'h', repo: { full_name: 'eve/sf-app' } } } }
    )
    expect(fork).toMatchObject({
      readOnly: true,
      readOnlyReason: 'pull requests from forks get a read-only token'
    })
    const gone = readRunContext(
      { ...env, GITHUB_EVENT_NAME: 'pull_request' },
      { pull_request: { number: 5, head: { sha: 'h', repo: null } } }
    )
    expect(gone?.readOnly).toBe(true)
    expect(
      readRunContext({ ...env, GITHUB_ACTOR: 'dependabot[bot]', GITHUB_EVENT_NAME: 'push' }, {})
        ?.readOnly
    ).toBe(true)
  })

  it('uses workflow_run head_sha, GITHUB_SHA on push, and an explicit sha over both', () => {
    expect(
      readRunContext(
        { ...env, GITHUB_EVENT_NAME: 'workflow_run' },
        { workflow_run: { head_sha: 'wr1' } }
      )?.headSha
    ).toBe('wr1')
    expect(readRunContext({ ...env, GITHUB_EVENT_NAME: 'push' }, {})?.headSha).toBe('merge000')
    expect(readRunContext({ ...env, GITHUB_EVENT_NAME: 'push' }, {}, 'explicit')?.headSha).toBe(
      'explicit'
    )
    expect(readRunContext({}, {})).toBeUndefined()
  })
})

describe('readEventPayload', () => {
  it('reads the event file once per environment snapshot, and again for another file or snapshot', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sfda-event-'))
    const file = path.join(dir, 'event.json')
    writeFileSync(file, JSON.stringify({ pull_request: { number: 7 } }))
    const env = { GITHUB_EVENT_PATH: file }
    expect(readEventPayload(env).pull_request?.number).toBe(7)
    writeFileSync(file, JSON.stringify({ pull_request: { number: 8 } }))
    // The runner writes the file once per job: the snapshot's first read stands.
    expect(readEventPayload(env).pull_request?.number).toBe(7)
    expect(readEventPayload({ GITHUB_EVENT_PATH: file }).pull_request?.number).toBe(8)
    rmSync(dir, { recursive: true, force: true })
    expect(readEventPayload({ GITHUB_EVENT_PATH: file })).toEqual({})
  })
})

describe('readRunContext on pull request review events', () => {
  // GITHUB_SHA of pull_request_review(_comment) is the merge branch's commit, as on pull_request
  // (docs.github.com, "Events that trigger workflows").
  const review = {
    pull_request: { number: 5, head: { sha: 'head111', repo: { full_name: 'acme/sf-app' } } }
  }

  it('uses the PR head SHA, not the merge commit, on pull_request_review and review comments', () => {
    for (const event of ['pull_request_review', 'pull_request_review_comment']) {
      const ctx = readRunContext({ ...env, GITHUB_EVENT_NAME: event }, review)
      expect(ctx).toMatchObject({
        headSha: 'head111',
        prNumber: 5,
        blobBaseUrl: 'https://github.com/acme/sf-app/blob/head111',
        readOnly: false
      })
    }
  })

  it('marks reviews of fork PRs as read-only, as on pull_request', () => {
    const ctx = readRunContext(
      { ...env, GITHUB_EVENT_NAME: 'pull_request_review' },
      { pull_request: { number: 5, head: { sha: 'h', repo: { full_name: 'eve/sf-app' } } } }
    )
    expect(ctx).toMatchObject({
      readOnly: true,
      readOnlyReason: 'pull requests from forks get a read-only token'
    })
  })
})
