import { InputError } from '../shared/errors.ts'
import type { RawInputs } from './inputs.ts'
import { parseAuth } from './parse-auth.ts'
import { parseCompile } from './parse-compile.ts'
import { parsePush } from './parse-push.ts'
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
import { MODES, type Mode, type Settings } from './settings.ts'

// Deploy request ids: key prefix 0Af, 15 or 18 characters.
const DEPLOY_ID = /^0Af[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$/
// GitHub-hosted jobs stop at 360 minutes; a longer wait could never be honoured.
const MAX_WAIT_MINUTES = 360

/**
 * Turns the raw inputs into Settings, or throws one InputError listing every problem.
 * Pure: no network, no filesystem (file contents arrive in `raw`).
 */
export function parseSettings(raw: RawInputs): Settings {
  const problems: Problems = []
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
  const push = parsePush(raw, mode, problems)
  const retrieve = parseRetrieve(raw, mode, problems)
  const drift = parseDrift(raw, mode, problems)
  const receipt = parseReceiptSettings(raw, mode, problems)
  const delta = parseDelta(raw, mode, problems)
  const testSelection = parseTestSelection(raw, mode, delta, problems)
  const settings: Settings = {
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
    ...(push ? { push } : {}),
    retrieve,
    ...(drift ? { drift } : {}),
    receipt,
    ...(delta ? { delta } : {}),
    ...(testSelection ? { testSelection } : {}),
    testRun: parseTestRun(raw, mode, problems),
    allowEmptyDeploy: readBoolean('allow-empty-deploy', v['allow-empty-deploy'], problems),
    workspace: raw.workspace
  }
  checkThresholdHasTests(settings, problems)
  if (problems.length > 0) throw new InputError(problems)
  return settings
}

/**
 * A coverage threshold over a deploy or validation that runs no tests could never be checked:
 * it would pass in silence. The org default runs none outside production, so it must be named.
 */
function checkThresholdHasTests(settings: Settings, problems: Problems): void {
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

function parseId(
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
