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
