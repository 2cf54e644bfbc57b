/** Creates the Octokit client for the Checks and Issues APIs. */
import { getOctokit } from '@actions/github'

/** The Octokit instance @actions/github returns (REST methods plus paginate). */
export type GitHubClient = ReturnType<typeof getOctokit>

/** Builds a client for `token`; factory shape so the orchestrator and tests can inject their own. */
export type OctokitFactory = (token: string) => GitHubClient

/**
 * @actions/github reads GITHUB_API_URL once, when the module loads; we read it per call so GHES
 * and a local fake API (tests) are honoured whenever the client is made.
 */
export function createOctokit(token: string, env: NodeJS.ProcessEnv = process.env): GitHubClient {
  return getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' })
}

/** HTTP status of an Octokit RequestError, if it is one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/** One line describing a failed GitHub call, without tokens or headers. */
export function describeGitHubError(error: unknown): string {
  const status = statusOf(error)
  const message = error instanceof Error ? error.message.split('\n', 1)[0] : String(error)
  return status ? `HTTP ${status}: ${message}` : (message ?? 'unknown error')
}
