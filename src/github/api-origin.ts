/**
 * Keeps the GitHub token on the API the run was given. Octokit sends the token with every request
 * it makes, and pagination requests the absolute URL a page's `Link` header names, so one hostile
 * or misrouted answer would take the token to another host. Every request's final URL passes the
 * URL policy first.
 */
import { checkGitHubApiUrl } from '../http/url-policy.ts'
import type { GitHubClient } from './ports.ts'

/** Makes `client` refuse, before sending, any request off the origin of `apiBaseUrl`. */
export function keepTokenOnApi(client: GitHubClient, apiBaseUrl: string): GitHubClient {
  client.hook.before('request', (options) => {
    const problem = checkGitHubApiUrl(client.request.endpoint.parse(options).url, apiBaseUrl)
    if (problem) throw new Error(problem)
  })
  return client
}
