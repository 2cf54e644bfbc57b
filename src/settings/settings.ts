import type { DeployOptions, TestLevel } from '../model/deploy-result.ts'
import type { CompileSettings } from './parse-compile.ts'
import type { DeltaSettings, TestSelectionSettings } from './parse-delta.ts'
import type { DriftSettings } from './parse-drift.ts'
import type { ReceiptSettings } from './parse-receipt.ts'
import type { PushSettings } from './parse-push.ts'
import type { RetrieveSettings } from './parse-retrieve.ts'
import type { QuickDeployMatchSettings } from './parse-quick-deploy-match.ts'
import type { TestRunSettings } from './parse-test-run.ts'

export { MODES, type Mode } from './modes.ts'
import type { Mode } from './modes.ts'

/** How the action signs in; exactly one per run. */
export type AuthSettings =
  | {
      kind: 'sfdx-url'
      clientId: string
      clientSecret: string
      refreshToken: string
      /** `https://host` (or `http://` for loopback hosts), where the refresh call goes. */
      loginUrl: string
    }
  | {
      kind: 'jwt'
      clientId: string
      username: string
      /** PEM text of the RSA private key. */
      privateKeyPem: string
      loginUrl: string
    }
  | { kind: 'access-token'; accessToken: string; instanceUrl: string }

/** Where the deploy package comes from. */
export type PackageSource =
  | { kind: 'metadata-dir'; path: string }
  | { kind: 'metadata-zip'; path: string }
  | {
      kind: 'source'
      /** SFDX project root (holds sfdx-project.json), absolute. */
      projectDir: string
      /** Package directories to convert, relative to projectDir; empty = all. */
      sourceDirs: string[]
      /** A package.xml to deploy exactly, absolute. */
      manifest?: string
      ignoreUnknown: boolean
      /** Manifests made by the run itself (compile's fallback), handed to the builder in memory. */
      inline?: InlineManifests
    }

/** package.xml and destructiveChangesPost.xml texts the run wrote, never on disk. */
export interface InlineManifests {
  manifest?: string
  postDestructiveChanges?: string
}

/** Which Metadata API transport deploys go through. */
export type ApiTransport = 'rest' | 'soap'

/** Report and file settings. */
export interface ReportSettings {
  /** Percent; fail when org-wide or any deployed class is below it. */
  coverageThreshold?: number
  coverageFormats: ('cobertura' | 'lcov' | 'json' | 'junit')[]
  /** Absolute folder for JUnit, coverage and JSON files. */
  resultsDir: string
  uploadArtifact: boolean
  artifactName: string
  checkRun: boolean
  prComment: boolean
  githubToken?: string
}

/** Everything a run needs, parsed and validated. */
export interface Settings {
  mode: Mode
  /** Undefined only in build mode, which makes no API call. */
  auth?: AuthSettings
  /** Accept an instance host outside Salesforce's domains. */
  allowCustomInstanceHost: boolean
  /**
   * Undefined for modes that read no project. Report and cancel send no package; they only read
   * the project's sourceApiVersion from it.
   */
  packageSource?: PackageSource
  /** Destructive manifests, absolute paths. */
  preDestructiveChanges?: string
  postDestructiveChanges?: string
  /** Deploy options for deploy and validate. */
  deployOptions: DeployOptions
  api: ApiTransport
  /** e.g. '62.0'; undefined = the project's sourceApiVersion or the org's maximum. */
  apiVersion?: string
  /** Minutes to wait for the deploy before leaving it running. */
  waitMinutes: number
  /** Longest pause between status polls, in seconds. */
  pollIntervalMaxSeconds: number
  /** Validation to quick-deploy (quick-deploy mode); without it the package is built and matched to a validation record. */
  validationId?: string
  /** Validation records: upload after validate, fallback of a quick deploy matched by content. */
  quickDeployMatch: QuickDeployMatchSettings
  /** Deploy to report on or cancel (report, cancel modes). */
  deployId?: string
  cancelOnTimeout: boolean
  cancelOnJobCancel: boolean
  report: ReportSettings
  /** Compile mode (Tooling API); undefined in other modes. */
  compile?: CompileSettings
  /** Push-upgrade settings (mode: push-upgrade only). */
  push?: PushSettings
  /** retrieve mode (retrieve-manifest) and the backup taken before deploys (backup). */
  retrieve?: RetrieveSettings
  /** The drift guard (drift, drift-baseline) of deploy, validate and quick-deploy; undefined elsewhere. */
  drift?: DriftSettings
  /** The deploy receipt's attestation (attest). */
  receipt?: ReceiptSettings
  /** Delta deploys from git (deploy, validate, build with SFDX source); undefined = full package. */
  delta?: DeltaSettings
  /** run-tests: auto: tests chosen from the Apex code changed in the delta. */
  testSelection?: TestSelectionSettings
  /** Test suites, flaky-test retries and the zero-test guard (deploy and validate). */
  testRun?: TestRunSettings
  /** allow-empty-deploy: submit a full package with nothing in it instead of stopping. */
  allowEmptyDeploy: boolean
  /** Workspace root; relative paths resolve against it. */
  workspace: string
}

export type { TestLevel }
