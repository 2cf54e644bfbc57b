import type { DeployLimits } from '../deploy/limits.ts'
import type { ArtifactUploader, FileAttester, OctokitFactory } from '../github/ports.ts'
import type { HttpTransport } from '../http/transport.ts'
import type { Clock } from '../shared/clock.ts'
import type { RetrieveLimits } from '../retrieve/plan-chunks.ts'
import type { RunEnv } from '../shared/env.ts'
import type { Logger } from '../shared/logger.ts'
import type { RecordUploader } from '../validation-record/artifact-store.ts'
import type { StateWriter } from './state.ts'

export type { RunEnv }

/**
 * Everything a mode talks to. The shell (`src/action/`) builds the real ones; tests pass a
 * virtual clock and keep the rest real, or replace any of them. A module of its own so the modes
 * that receive it do not import the shell.
 */
export interface RunDeps {
  clock: Clock
  http: HttpTransport
  random: () => number
  /** The runner's log: redacted, and escaped so no line can start a workflow command. */
  logger: Logger
  env: RunEnv
  /** Values the main step saves for the post step. */
  state: StateWriter
  /** Calls `listener` when the job is cancelled (the runner's SIGINT or SIGTERM); returns the unsubscribe. */
  onJobCancel(listener: () => void): () => void
  /** GitHub API clients (check runs, comments, artifact listings) for a token. */
  octokit: OctokitFactory
  /** Where validate mode stores its validation record (an artifact of this run). */
  recordUploader: RecordUploader
  /** Uploads the rollback and retrieve artifacts (created on first use: it needs the runner's env). */
  artifactUploader: () => ArtifactUploader
  /** Attests the deploy receipt (attest: true) with the run's token. */
  attester: (token: string | undefined) => FileAttester
  /** The Metadata API limits a deploy is checked against (default the real ones; tests give small ones). */
  limits?: DeployLimits
  /** The org's limits per retrieve (default the real ones; tests give small ones). */
  retrieveLimits?: RetrieveLimits
}
