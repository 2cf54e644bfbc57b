/** The environment the run started with (GITHUB_*, RUNNER_TEMP, ...), read once by the shell. */
export type RunEnv = Readonly<Record<string, string | undefined>>
