/**
 * The GitHub token goes only to the API of the run (GITHUB_API_URL). Listing the pull request's
 * comments follows each page's `Link: <…>; rel="next"` header, an absolute URL the API hands back:
 * one naming another host must not take the token there.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { startGitHubSimulator, type GitHubSimulator } from '../../github-simulator/index.ts'
import type { Simulator } from '../../simulator/index.ts'
import { checkGitHubApiUrl } from '../../src/http/url-policy.ts'
import { passingProject, runAction, startSim } from '../integration/harness.ts'

/** A server on 127.0.0.1 reached as `localhost`, another origin than the API: it records what reaches it. */
async function otherHost(): Promise<{ server: Server; url: string; received: string[] }> {
  const received: string[] = []
  const server = createServer((req, res) => {
    received.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`)
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end('[]')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://localhost:${(server.address() as AddressInfo).port}`, received }
}

describe('URLs the GitHub API hands back', () => {
  let sim: Simulator | undefined
  let gh: GitHubSimulator | undefined
  let other: Server | undefined
  afterEach(async () => {
    await sim?.close()
    await gh?.close()
    await new Promise((resolve) => (other ? other.close(resolve) : resolve(undefined)))
    sim = gh = other = undefined
  })

  it('a next-page link to another host is not followed with the token; the comment is skipped with the reason', async () => {
    const host = await otherHost()
    other = host.server
    gh = await startGitHubSimulator()
    sim = await startSim()
    const pr = gh.openPullRequest()
    const ghRun = gh.startRun({ event: 'pull_request', pullRequest: pr })
    gh.faults.add({
      operation: 'listIssueComments',
      kind: 'http',
      status: 200,
      body: '[]',
      headers: {
        'content-type': 'application/json',
        link: `<${host.url}/repos/acme/app/issues/${pr}/comments?page=2>; rel="next"`
      }
    })
    const run = await runAction(
      sim,
      {
        'test-level': 'RunLocalTests',
        'delta-from': 'none',
        'github-token': ghRun.token,
        'pr-comment': 'true'
      },
      { workspace: passingProject(), env: ghRun.env }
    )
    expect(host.received).toEqual([])
    // The deploy's verdict is the org's; the comment is a channel that failed, named in a warning.
    expect(run.failed).toBe(false)
    expect(gh.comments(pr)).toEqual([])
    const warning = run.commands.find((c) => c.startsWith('::warning::PR comment not posted'))
    expect(warning).toContain(`another host (${host.url}, not ${ghRun.env.GITHUB_API_URL})`)
  })

  it('the policy accepts the API origin, whatever the path, and nothing else', () => {
    const api = 'https://ghe.example.com/api/v3'
    expect(
      checkGitHubApiUrl('https://ghe.example.com/api/v3/repos/o/r?page=2', api)
    ).toBeUndefined()
    expect(
      checkGitHubApiUrl('https://api.github.com/repos/o/r', 'https://api.github.com')
    ).toBeUndefined()
    for (const url of [
      'https://evil.example/x',
      'http://ghe.example.com/api/v3',
      'https://ghe.example.com:8443/'
    ])
      expect(checkGitHubApiUrl(url, api)).toMatch(/another host/)
    expect(checkGitHubApiUrl('not a url', api)).toMatch(/not one/)
  })
})
