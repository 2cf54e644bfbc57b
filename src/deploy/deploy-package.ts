import type { OutputName } from '../settings/inputs.ts'
import type { DeployResult, KeptDeploy, TestLevel } from '../model/deploy-result.ts'
import type { TestCheck } from '../test-run/test-check.ts'

/** A deploy zip ready to upload, with what reports need to map results back to the repo. */
export interface DeployPackage {
  zip: Uint8Array
  /** File entries in the zip (directories excluded). */
  fileCount: number
  /** Sum of the entries' uncompressed sizes. */
  unzippedBytes: number
  /** The package.xml text. */
  packageXml: string
  /** Components listed in package.xml. */
  components: { type: string; fullName: string }[]
  /** Members of the destructive manifests. */
  deletions?: number
  /** The package's API version (package.xml `<version>`), if any. */
  apiVersion?: string
  /** Maps a DeployMessage back to a repo file and line. */
  resolveSource?: (q: {
    fileName: string
    componentType: string
    fullName: string
    lineNumber?: number
  }) => { path: string; line?: number } | undefined
  /** Repo path of an Apex class or trigger. */
  resolveApexSource?: (type: 'Class' | 'Trigger', name: string) => string | undefined
  warnings: string[]
  /** Delta with run-tests: auto: the tests chosen for the changed Apex code (preferred over the inputs). */
  tests?: { testLevel?: TestLevel; runTests: string[] }
  /** Delta with nothing to deploy or delete: why no deploy is made (no API call at all). */
  nothingToDeploy?: string
  /** Lines for the report. */
  notes?: string[]
  /** Outputs of the build (the delta's counts), written with the run's others. */
  outputs?: Partial<Record<OutputName, string>>
  /** Job-summary sections of the build (the delta), placed after the verdict. */
  sections?: string[]
  /** sha256 of the package contents (paths and bytes, not the zip): what validation records match. */
  contentHash?: string
}

/** What an operation ended with; the report is built from it. */
export interface Outcome {
  mode: string
  /** The deploy this run started, reported on or cancelled. */
  deployId?: string
  /** The final result with details, when the deploy finished. */
  result?: DeployResult
  /** Set when the wait limit was reached first. */
  timedOut?: { last?: DeployResult }
  /**
   * A cancellation this run asked the org for: mode cancel's, or cancel-on-timeout's at the wait
   * limit. The verdict words the end of the deploy with it.
   */
  cancel?: CancelRequest
  /** The test level sent with the deploy, when this run sent one. */
  testLevel?: string
  /** The test classes sent with the deploy (suites resolved), when this run sent the deploy. */
  runTests?: string[]
  /** `wait: 0`: the request was submitted and not followed (like `sf … --async`). */
  submitted?: boolean
  /** Quick deploy: the validation it used. */
  validationId?: string
  /** Lines worth showing in the summary (transport switches, fallbacks, ...). */
  notes: string[]
  /** The delta held nothing to deploy: no API call was made, which counts as success. */
  nothingToDeploy?: string
  instanceUrl?: string
  /** Id of the signed-in org (15 or 18 characters), when the sign-in told it. */
  orgId?: string
  apiVersion?: string
  package?: DeployPackage
  /** Markdown sections added to the job summary (the backup's change summary). */
  extraSections?: string[]
  /** Flaky-test retries and the zero-test guard (src/test-run/): failures the org did not report. */
  testCheck?: TestCheck
  /**
   * An earlier deploy of this run that the org committed, when the reported one (a run again of
   * the zero-test guard) did not: its components stay in the org whatever the later run did.
   */
  keptDeploy?: KeptDeploy
}

/** What the org said to a cancellation this run asked for. */
export interface CancelRequest {
  /**
   * The org's refusal, when it refused: the deploy had already completed, or was finalizing
   * (FinalizingDeploy "can't be canceled", Metadata.DeployStatus in the Apex reference).
   */
  refused?: string
}
