import type { RawInputs } from './inputs.ts'
import { parseAuth } from './parse-auth.ts'
import { parseCompile } from './parse-compile.ts'
import { parseRetrieve } from './parse-retrieve.ts'
import { parseDrift } from './parse-drift.ts'
import { parseReceiptSettings } from './parse-receipt.ts'
import { parseDelta, parseTestSelection } from './parse-delta.ts'
import { parseDeployOptions } from './parse-deploy-options.ts'
import { parseDestructive, parsePackageSource } from './parse-package.ts'
import { parseQuickDeployMatch } from './parse-quick-deploy-match.ts'
import { parseReport } from './parse-report.ts'
import { parseTestRun } from './parse-test-run.ts'
import { optional, readBoolean, readChoice, readNumber, type Problems } from './parse-values.ts'
import type { DeployOptions } from '../model/deploy-result.ts'
import type { CompileSettings } from './parse-compile.ts'
import type { DeltaSettings, TestSelectionSettings } from './parse-delta.ts'
import type { DriftSettings } from './parse-drift.ts'
import type { QuickDeployMatchSettings } from './parse-quick-deploy-match.ts'
import type { ReceiptSettings } from './parse-receipt.ts'
import type { RetrieveSettings } from './parse-retrieve.ts'
import type { TestRunSettings } from './parse-test-run.ts'
import {
  MODES,
  type ApiTransport,
  type AuthSettings,
  type Mode,
  type PackageSource,
  type ReportSettings
} from './settings.ts'

// Deploy request ids: key prefix 0Af, 15 or 18 characters.
const DEPLOY_ID = /^0Af[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$/
// GitHub-hosted jobs stop at 360 minutes; a longer wait could never be honoured.
const MAX_WAIT_MINUTES = 360

/**
 * Parses every input group for the mode, adding each problem to `problems` (the caller reports
 * them all at once). Pure: no network, no filesystem (file contents arrive in `raw`).
 */
export function parseParts(raw: RawInputs, problems: Problems): SettingsParts {
  const v = raw.values
  const mode = readChoice<Mode>('mode', v.mode, MODES, problems) ?? 'deploy'
  const allowCustomInstanceHost = readBoolean(
    'allow-custom-instance-host',
    v['allow-custom-instance-host'],
    problems
  )
  // A plan on a fork pull request gets no secrets: it still tells what it can without the org.
  const noOrg = mode === 'build' || (mode === 'plan' && !hasCredentials(raw))
  const auth = noOrg ? undefined : parseAuth(raw, allowCustomInstanceHost, problems)
  const packageSource = parsePackageSource(raw, mode, problems)
  const destructive = parseDestructive(raw, problems)
  const deployOptions = parseDeployOptions(raw, mode, problems)
  const api = readChoice('api', v.api, ['rest', 'soap'] as const, problems) ?? 'rest'
  const apiVersion = parseApiVersion(v['api-version'], problems)
  // quick-deploy without validation-id builds the package and matches it to a validation record.
  const validationId = parseId('validation-id', v['validation-id'], false, problems)
  const deployId = parseId(
    'deploy-id',
    v['deploy-id'],
    mode === 'report' || mode === 'cancel',
    problems
  )
  const compile = parseCompile(raw, mode, problems)
  const retrieve = parseRetrieve(raw, mode, problems)
  const drift = parseDrift(raw, mode, problems)
  const receipt = parseReceiptSettings(raw, mode, problems)
  const delta = parseDelta(raw, mode, problems)
  const testSelection = parseTestSelection(raw, mode, delta, problems)
  return {
    mode,
    ...(auth ? { auth } : {}),
    allowCustomInstanceHost,
    ...(packageSource ? { packageSource } : {}),
    ...(destructive.pre ? { preDestructiveChanges: destructive.pre } : {}),
    ...(destructive.post ? { postDestructiveChanges: destructive.post } : {}),
    deployOptions,
    api,
    ...(apiVersion ? { apiVersion } : {}),
    waitMinutes: readNumber('wait', v.wait, { min: 0, max: MAX_WAIT_MINUTES }, problems) ?? 0,
    pollIntervalMaxSeconds:
      readNumber('poll-interval-max', v['poll-interval-max'], { min: 1, max: 300 }, problems) ?? 10,
    ...(validationId ? { validationId } : {}),
    quickDeployMatch: parseQuickDeployMatch(raw, problems),
    ...(deployId ? { deployId } : {}),
    cancelOnTimeout: readBoolean('cancel-on-timeout', v['cancel-on-timeout'], problems),
    cancelOnJobCancel: readBoolean('cancel-on-job-cancel', v['cancel-on-job-cancel'], problems),
    report: parseReport(raw, problems),
    ...(compile ? { compile } : {}),
    retrieve,
    ...(drift ? { drift } : {}),
    receipt,
    ...(delta ? { delta } : {}),
    ...(testSelection ? { testSelection } : {}),
    testRun: parseTestRun(raw, mode, problems),
    allowEmptyDeploy: readBoolean('allow-empty-deploy', v['allow-empty-deploy'], problems),
    workspace: raw.workspace
  }
}

/**
 * A coverage threshold over a deploy or validation that runs no tests could never be checked:
 * it would pass in silence. The org default runs none outside production, so it must be named.
 */
export function checkThresholdHasTests(settings: SettingsParts, problems: Problems): void {
  if (settings.report.coverageThreshold === undefined) return
  if (settings.mode !== 'deploy' && settings.mode !== 'validate') return
  const level = settings.deployOptions.testLevel
  if (level !== undefined && level !== 'NoTestRun') return
  problems.push(
    `coverage-threshold: needs Apex tests to run, but test-level is ${level ?? 'empty (the org default, which runs none outside production)'}; ` +
      'set test-level to RunLocalTests, RunSpecifiedTests, RunRelevantTests or RunAllTestsInOrg, or remove coverage-threshold.'
  )
}

function parseApiVersion(value: string, problems: Problems): string | undefined {
  const version = optional(value)
  if (version === undefined) return undefined
  if (!/^\d{2,3}\.0$/.test(version)) {
    problems.push(`api-version: got "${value}", expected a Metadata API version such as 62.0.`)
    return undefined
  }
  return version
}

export function parseId(
  name: string,
  value: string,
  required: boolean,
  problems: Problems
): string | undefined {
  const id = optional(value)
  if (id === undefined) {
    if (required)
      problems.push(`${name}: required in this mode; give the 0Af... id of the deploy request.`)
    return undefined
  }
  if (!DEPLOY_ID.test(id)) {
    problems.push(
      `${name}: got "${value}", expected a deploy request id: 15 or 18 characters starting with 0Af.`
    )
    return undefined
  }
  return id
}

function hasCredentials(raw: RawInputs): boolean {
  return (['auth-url', 'jwt-key', 'access-token'] as const).some(
    (name) => raw.values[name].trim() !== ''
  )
}

/**
 * Every input group, parsed for the run's mode: each group checks its own values and flags the
 * inputs the mode does not use. A mode's own settings function (src/modes/) picks the parts it needs.
 */
export interface SettingsParts {
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
  /** retrieve mode (retrieve-manifest) and the backup taken before deploys (backup). */
  retrieve: RetrieveSettings
  /** The drift guard (drift, drift-baseline) of deploy, validate and quick-deploy; undefined elsewhere. */
  drift?: DriftSettings
  /** The deploy receipt's attestation (attest). */
  receipt: ReceiptSettings
  /** Delta deploys from git (deploy, validate, build with SFDX source); undefined = full package. */
  delta?: DeltaSettings
  /** run-tests: auto: tests chosen from the Apex code changed in the delta. */
  testSelection?: TestSelectionSettings
  /** Test suites, flaky-test retries and the zero-test guard (deploy and validate). */
  testRun: TestRunSettings
  /** allow-empty-deploy: submit a full package with nothing in it instead of stopping. */
  allowEmptyDeploy: boolean
  /** Workspace root; relative paths resolve against it. */
  workspace: string
}
