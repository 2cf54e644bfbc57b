/** Creates the Octokit client for the Checks and Issues APIs. */
import { getOctokit } from '@actions/github'

import { keepTokenOnApi } from '../../github/api-origin.ts'
import type { GitHubClient } from '../../github/ports.ts'

/**
 * @actions/github reads GITHUB_API_URL once, when the module loads; we read it per call so GHES
 * and a local fake API (tests) are honoured whenever the client is made.
 */
export function createOctokit(token: string, env: NodeJS.ProcessEnv = process.env): GitHubClient {
  const baseUrl = env.GITHUB_API_URL || 'https://api.github.com'
  return keepTokenOnApi(getOctokit(token, { baseUrl }), baseUrl)
}
