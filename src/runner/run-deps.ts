import type { DeployLimits } from '../deploy/limits.ts'
import type { ArtifactUploader } from '../action/github/artifact-uploader.ts'
import type { FileAttester } from '../action/github/attestation.ts'
import type { HttpTransport } from '../http/transport.ts'
import type { Clock } from '../shared/clock.ts'
import type { RecordUploader } from '../validation-record/artifact-store.ts'

/**
 * What run() talks to; tests pass a virtual clock and keep the rest real. A module of its own so
 * the mode orchestrators that receive it do not import main.ts.
 */
export interface RunDeps {
  clock: Clock
  http: HttpTransport
  random: () => number
  /** Where validate mode stores its validation record (an artifact of this run). */
  recordUploader: RecordUploader
  /** Uploads the rollback and retrieve artifacts (created on first use: it needs the runner's env). */
  artifactUploader: () => ArtifactUploader
  /** Attests the deploy receipt (attest: true); default @actions/attest with the run's token. */
  attester?: () => FileAttester
  /** The Metadata API limits a deploy is checked against (default the real ones; tests give small ones). */
  limits?: DeployLimits
}
