/**
 * The sticky PR comment with tokens other than GITHUB_TOKEN, against the GitHub simulator: a
 * personal access token comments as its user, a GitHub App's installation token as `<app>[bot]`.
 * Each run must update its own comment, not add one, and leave a person's quote of it alone.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  type GitHubSimulator,
  startGitHubSimulator,
  WRITE_ALL
} from '../../github-simulator/index.ts'
import { createOctokit } from '../../src/action/github/octokit.ts'
import { upsertStickyComment } from '../../src/github/pr-comment-client.ts'
import { MemoryLogger } from '../../src/shared/logger.ts'

const MARKER = '<!-- salesforce-deploy-report:v1 key=ci/validate/prod -->'

let gh: GitHubSimulator
beforeEach(async () => {
  gh = await startGitHubSimulator()
})
afterEach(async () => {
  await gh.close()
})

async function post(token: string, pr: number, body: string): Promise<string | undefined> {
  const [owner = '', repo = ''] = gh.repository.fullName.split('/')
  const octokit = createOctokit(token, { GITHUB_API_URL: gh.apiUrl })
  const result = await upsertStickyComment(
    octokit,
    { owner, repo, issueNumber: pr, marker: MARKER, body: `${MARKER}\n${body}` },
    new MemoryLogger()
  )
  return result.action
}

describe('the sticky comment with another token', () => {
  it.each([
    ['a personal access token', 'release-manager'],
    ["a GitHub App's installation token", 'acme-deployer[bot]']
  ])('updates its own comment with %s', async (_name, login) => {
    const token = gh.state.issueToken(gh.repository.id, WRITE_ALL, undefined, login)
    const pr = gh.openPullRequest()
    // Someone quoting the report with the marker first is not the token's comment.
    gh.addComment(pr, `${MARKER}\nquoted`, 'mallory')
    expect(await post(token, pr, 'first')).toBe('created')
    expect(await post(token, pr, 'second')).toBe('updated')
    const mine = gh.comments(pr).filter((c) => c.login === login)
    expect(mine.map((c) => c.body)).toEqual([`${MARKER}\nsecond`])
    expect(gh.comments(pr).find((c) => c.login === 'mallory')?.body).toBe(`${MARKER}\nquoted`)
  })
})
