import type { DeployOptions, TestLevel } from '../model/deploy-result.ts'
import type { CompileSettings } from './parse-compile.ts'
import type { DeltaSettings, TestSelectionSettings } from './parse-delta.ts'
import type { DriftSettings } from './parse-drift.ts'
import type { ReceiptSettings } from './parse-receipt.ts'
import type { PushSettings } from '../push-upgrade/push-request.ts'
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

/** What every mode has. */
export interface BaseSettings {
  mode: Mode
  /** Accept an instance host outside Salesforce's domains. */
  allowCustomInstanceHost: boolean
  api: ApiTransport
  /** e.g. '62.0'; undefined = the project's sourceApiVersion or the org's maximum. */
  apiVersion?: string
  report: ReportSettings
  /** Workspace root; relative paths resolve against it. */
  workspace: string
}

/** How long a run follows what it started in the org. */
export interface WaitSettings {
  /** Minutes to wait for the deploy before leaving it running. */
  waitMinutes: number
  /** Longest pause between status polls, in seconds. */
  pollIntervalMaxSeconds: number
  cancelOnTimeout: boolean
  cancelOnJobCancel: boolean
}

/** A mode that signs in to the org. */
export interface OrgSettings extends BaseSettings, WaitSettings {
  auth: AuthSettings
}

/** The package a run builds: its source, destructive manifests, delta and test choice. */
export interface PackageSettings {
  packageSource: PackageSource
  /** Destructive manifests, absolute paths. */
  preDestructiveChanges?: string
  postDestructiveChanges?: string
  /** Delta deploys from git (SFDX source only); undefined = full package. */
  delta?: DeltaSettings
  /** run-tests: auto: tests chosen from the Apex code changed in the delta. */
  testSelection?: TestSelectionSettings
  /** allow-empty-deploy: submit a full package with nothing in it instead of stopping. */
  allowEmptyDeploy: boolean
}

/** What building a deploy package needs (the package builder and the delta take only this). */
export type BuildRequest = BaseSettings & Partial<PackageSettings>

/** What a deploy sends and checks around it. */
export interface DeployPartSettings {
  deployOptions: DeployOptions
  /** Test suites, flaky-test retries and the zero-test guard. */
  testRun: TestRunSettings
  /** The backup taken before deploys (backup), and retrieve mode's manifest. */
  retrieve: RetrieveSettings
  /** The drift guard (drift, drift-baseline); undefined when off. */
  drift?: DriftSettings
  /** The deploy receipt's attestation (attest). */
  receipt: ReceiptSettings
  /** Validation records: upload after validate, fallback of a quick deploy matched by content. */
  quickDeployMatch: QuickDeployMatchSettings
}

/** mode: deploy and validate (and the deploys compile and sync make). */
export interface DeploySettings extends OrgSettings, PackageSettings, DeployPartSettings {
  mode: 'deploy' | 'validate'
}

/** mode: quick-deploy: a validation by id, or the workspace's package matched to a validation record. */
export interface QuickDeploySettings
  extends OrgSettings, Partial<PackageSettings>, DeployPartSettings {
  mode: 'quick-deploy'
  /** Without it the package is built and matched to a validation record. */
  validationId?: string
  allowEmptyDeploy: boolean
}

/** mode: report and cancel: a deploy by id; the project, when there is one, gives its API version. */
export interface FollowSettings extends OrgSettings {
  mode: 'report' | 'cancel'
  deployId: string
  packageSource?: PackageSource
}

/** mode: build: the package only, no org. */
export interface BuildSettings extends BaseSettings, PackageSettings {
  mode: 'build'
}

/** mode: compile: the Tooling API, with a deploy of the same files as its fallback. */
export interface CompileModeSettings
  extends OrgSettings, Partial<PackageSettings>, DeployPartSettings {
  mode: 'compile'
  compile: CompileSettings
  allowEmptyDeploy: boolean
}

/** mode: push-upgrade. */
export interface PushModeSettings extends OrgSettings {
  mode: 'push-upgrade'
  push: PushSettings
}

/** mode: retrieve: retrieve-manifest, or the package the builder would deploy. */
export interface RetrieveModeSettings extends OrgSettings, Partial<PackageSettings> {
  mode: 'retrieve'
  retrieve: RetrieveSettings
  allowEmptyDeploy: boolean
}

/** mode: plan: the release plan; without credentials (a fork's pull request) it plans from the repository alone. */
export interface PlanModeSettings
  extends BaseSettings, WaitSettings, PackageSettings, DeployPartSettings {
  mode: 'plan'
  auth?: AuthSettings
}

/** mode: sync: a git delta applied to a sandbox through the CRUD calls, Tooling API and a deploy. */
export interface SyncModeSettings extends OrgSettings, PackageSettings, DeployPartSettings {
  mode: 'sync'
}

/** Whether the run signs in to an org (build never does; a plan on a fork's pull request may not). */
export function signsIn(
  settings: Settings
): settings is Exclude<Settings, BuildSettings> & { auth: AuthSettings } {
  return 'auth' in settings && settings.auth !== undefined
}

/** Everything a run needs, parsed and validated: one member per mode, each with only its parts. */
export type Settings =
  | DeploySettings
  | QuickDeploySettings
  | FollowSettings
  | BuildSettings
  | CompileModeSettings
  | PushModeSettings
  | RetrieveModeSettings
  | PlanModeSettings
  | SyncModeSettings

export type { TestLevel }
