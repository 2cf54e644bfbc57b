/**
 * The shell of plan mode: builds the package this pull request would deploy, and, when the run
 * has the org's credentials, compares it with the org, checks drift since the newest receipt,
 * whether a quick deploy on merge will be possible, and whether the deploy will leave a rollback
 * package. It deploys nothing. It keeps the plan in one sticky PR comment and returns it for the
 * job summary. Whatever it could not check (a fork's run has no secrets) it names.
 */
import path from 'node:path'
import type { DeployPackage } from '../../deploy/deploy-package.ts'
import type { OrgSession } from '../../deploy/ports.ts'
import { withRetries } from '../../deploy/wait-for-deploy.ts'
import { waitOptionsFrom } from '../../deploy/wait-options.ts'
import { detectDrift, overwrittenDrift } from '../../drift/detect-drift.ts'
import {
  artifactReceiptFinder,
  fileReceiptFinder,
  type FoundReceipt
} from '../../drift/find-receipt.ts'
import { renderDriftSection } from '../../drift/render-drift.ts'
import type { DeployReceipt } from '../../receipt/build-receipt.ts'
import { runContextOf, type RunContext } from '../../github/run-context.ts'
import type { OrgCaller } from '../../metadata-api/org-caller.ts'
import { createSoapRetrieveApi } from '../../metadata-api/soap/retrieve-client.ts'
import { decideBackup } from '../../retrieve/backup.ts'
import { renderChangeSummary } from '../../retrieve/change-summary.ts'
import { countChanges } from '../../retrieve/compare.ts'
import { queryIsProduction } from '../../retrieve/org-kind-client.ts'
import { packageMembers } from '../../retrieve/package-members.ts'
import { retrievePackageInOrg } from '../../retrieve/retrieve-package.ts'
import { connectForRun } from '../../runner/connect.ts'
import { buildDeployPackage } from '../../runner/package-builder.ts'
import type { RunDeps } from '../../runner/run-deps.ts'
import type { RunResult } from '../../runner/run-result.ts'
import type { OutputName } from '../../settings/inputs.ts'
import type { PlanModeSettings } from '../../settings/settings.ts'
import { describeError } from '../../shared/errors.ts'
import { redact } from '../../shared/redact.ts'
import { unzipEntries } from '../../source/zip.ts'
import { createRestRecordFinder } from '../../validation-record/artifact-store.ts'
import { recordArtifactName } from '../../validation-record/record.ts'
import { detailsReader } from '../../validation-record/confirm-record.ts'
import { packageComponents } from '../../validation-record/verify-validation.ts'
import { foreseeQuickDeploy, type OrgFacts } from './foresee-quick-deploy.ts'
import { renderPlan, renderPlanComment, planMarker, type PlanInput } from './render-plan.ts'

/** The sticky comment's key: one plan per pull request. */
const COMMENT_KEY = 'release-plan'

/** Why an empty delta runs no tests and leaves no rollback package. */
const NOTHING_TO_DEPLOY =
  'nothing to deploy: the delta holds no metadata change, so no deploy is made'

/** Runs plan mode. */
export async function runPlanMode(settings: PlanModeSettings, deps: RunDeps): Promise<RunResult> {
  const env = deps.env
  const context = runContextOf(env)
  const pkg = await buildDeployPackage(settings, deps)
  for (const warning of pkg.warnings) deps.logger.warning(warning)
  const files = unzipEntries(pkg.zip, 'deploy package')
  const manifest = packageMembers(files)
  const base: PlanInput = {
    ...(pkg.contentHash ? { contentHash: pkg.contentHash } : {}),
    components: manifest.members.length,
    deletions: manifest.deletions.length,
    tests: testsOf(settings, pkg),
    packageSections: pkg.sections ?? [],
    drift: { unchecked: 'no credentials for the org' },
    quickDeploy: { kind: 'unchecked', reason: 'no credentials for the org' },
    rollback: { unchecked: 'no credentials for the org' },
    unchecked: []
  }
  const outputs: Partial<Record<OutputName, string>> = {
    ...(pkg.contentHash ? { 'content-hash': pkg.contentHash } : {})
  }
  const plan = settings.auth
    ? await withOrg(settings, deps, pkg, files, base, outputs)
    : {
        ...base,
        unchecked: [
          'The org: this run has no credentials (pull requests from forks get no secrets), so the changes against the org, drift, ' +
            'quick-deploy eligibility and the rollback package were not checked. The components and tests above come from the repository alone.'
        ]
      }
  const comment = planComment(settings, context, plan)
  const summary = renderPlan(plan) + ('note' in comment ? `\n> ${comment.note}\n` : '')
  return {
    verdict: { success: true },
    outputs,
    summary: [redact(summary)],
    ...('comment' in comment ? { comment: comment.comment } : {}),
    closing: {
      level: 'info',
      message: 'Release plan written to the job summary; nothing was deployed.'
    }
  }
}

/** The parts that need the org. */
async function withOrg(
  settings: PlanModeSettings,
  deps: RunDeps,
  pkg: DeployPackage,
  files: Map<string, Uint8Array>,
  base: PlanInput,
  outputs: Partial<Record<OutputName, string>>
): Promise<PlanInput> {
  const session = await connectForRun(settings, deps, 'soap', pkg.apiVersion)
  const wait = waitOptionsFrom(settings, deps.random)
  const ports = {
    api: createSoapRetrieveApi(session.caller, session.apiVersion),
    clock: deps.clock,
    logger: deps.logger
  }
  // The backup's own retrieve and comparison, so the plan shows what the backup will find.
  const { retrieved, changes, absentDeletions } = await retrievePackageInOrg(files, ports, {
    apiVersion: session.apiVersion,
    wait
  })
  const counts = countChanges(changes)
  Object.assign(outputs, {
    'changes-new': String(counts.new),
    'changes-changed': String(counts.changed),
    'changes-unchanged': String(counts.unchanged),
    'changes-deleted': String(counts.deleted)
  })
  const unchecked: string[] = []
  const orgId = session.connection.orgId
  const lookup = orgId
    ? await findReceipt(settings.drift?.baseline, settings, deps, orgId)
    : undefined
  const found = typeof lookup === 'string' ? undefined : lookup
  // drift-baseline pins what drift is compared with, but any deploy after the validation spoils
  // the quick deploy, so that check reads the org's newest receipt artifact as well.
  const since =
    orgId && settings.drift?.baseline ? await findReceipt(undefined, settings, deps, orgId) : lookup
  const sinceReceipt = newer(found?.receipt, typeof since === 'string' ? undefined : since?.receipt)
  if (typeof lookup === 'string')
    unchecked.push(`Drift: the deploy receipts could not be read (${lookup}).`)
  let drift: PlanInput['drift'] = { unchecked: 'the sign-in did not tell the org id' }
  let drifted: number | undefined
  if (settings.drift?.choice === 'off') drift = { unchecked: 'drift: off' }
  else if (found?.receipt) {
    const report = await detectDrift(
      { receipt: found.receipt, packageFiles: files, apiVersion: session.apiVersion, wait },
      ports
    )
    outputs['drifted-components'] = String(report.drifted.length)
    // What drift: fail would stop on: the drift this deploy overwrites.
    drifted = overwrittenDrift(report.drifted).length
    drift = {
      count: report.drifted.length,
      section: renderDriftSection({
        report,
        receipt: found.receipt,
        source: found.source ?? 'receipt',
        level: 'report',
        passedOver: found.passedOver
      })
    }
  } else if (found) drift = { unchecked: 'no deploy receipt of this org was found' }
  // With the org id known, no answer means the finder failed (named under Not checked).
  else if (orgId) drift = { unchecked: 'the deploy receipts could not be read (see below)' }
  return {
    ...base,
    orgLabel: new URL(session.connection.instanceUrl).host,
    changes,
    changeSection: renderChangeSummary({
      changes,
      absentDeletions,
      notes: retrieved.notes,
      heading: '###'
    }),
    drift,
    quickDeploy: await quickDeployOutlook(settings, deps, pkg, session, orgId, {
      ...(sinceReceipt ? { lastReceipt: sinceReceipt } : {}),
      ...(typeof since === 'string' ? { receiptsUnread: since } : {}),
      ...(settings.drift && drifted !== undefined
        ? { drift: { choice: settings.drift.choice, drifted } }
        : {})
    }),
    // An empty delta is never submitted (src/deploy/deploy.ts), so nothing backs the org up.
    rollback: pkg.nothingToDeploy
      ? { ready: false, why: NOTHING_TO_DEPLOY }
      : await rollbackOutlook(settings, session.caller, session.apiVersion),
    unchecked
  }
}

/** Of two receipts, the one deployed last. */
function newer(
  a: DeployReceipt | undefined,
  b: DeployReceipt | undefined
): DeployReceipt | undefined {
  if (!a || !b) return a ?? b
  return Date.parse(b.deployedAt) > Date.parse(a.deployedAt) ? b : a
}

/**
 * The newest receipt of the org, from the `baseline` file or else the receipt artifacts, or why
 * the receipts could not be read.
 */
async function findReceipt(
  baseline: string | undefined,
  settings: PlanModeSettings,
  deps: RunDeps,
  orgId: string
): Promise<FoundReceipt | string> {
  const finder = baseline
    ? fileReceiptFinder(baseline, path.relative(settings.workspace, baseline))
    : artifactReceiptFinder({
        ...(settings.report.githubToken ? { token: settings.report.githubToken } : {}),
        ...(deps.env.GITHUB_REPOSITORY ? { repository: deps.env.GITHUB_REPOSITORY } : {}),
        octokit: deps.octokit
      })
  try {
    return await finder.newest(orgId)
  } catch (error) {
    return describeError(error)
  }
}

/** The quick deploy on merge, foreseen with this run's session and GitHub token. */
async function quickDeployOutlook(
  settings: PlanModeSettings,
  deps: RunDeps,
  pkg: DeployPackage,
  session: OrgSession,
  orgId: string | undefined,
  org: OrgFacts
): Promise<PlanInput['quickDeploy']> {
  if (!pkg.contentHash)
    return { kind: 'unknown', reason: 'the package has no content hash to match a validation by' }
  // The quick deploy on merge, signed in the same way, cannot match a record either.
  if (!orgId)
    return {
      kind: 'not-eligible',
      reason:
        'the sign-in did not tell the org id, so no validation record can be matched to this org'
    }
  const repository = deps.env.GITHUB_REPOSITORY ?? ''
  const finder = createRestRecordFinder({
    ...(settings.report.githubToken ? { token: settings.report.githubToken } : {}),
    ...(repository ? { repository } : {}),
    octokit: deps.octokit
  })
  const name = recordArtifactName(pkg.contentHash, orgId)
  const target = {
    contentHash: pkg.contentHash,
    orgId,
    nowMs: deps.clock.now(),
    repository,
    trust: settings.quickDeployMatch.trust
  }
  return foreseeQuickDeploy(
    target,
    () => packageComponents(pkg),
    {
      findRecords: () => finder.find(name),
      readWithDetails: detailsReader(session, settings, deps),
      readStatus: (id) =>
        withRetries(
          () => session.api.checkDeployStatus(id, false),
          { clock: deps.clock, logger: deps.logger },
          waitOptionsFrom(settings, deps.random)
        ),
      log: (message) => deps.logger.info(message)
    },
    org
  )
}

async function rollbackOutlook(
  settings: PlanModeSettings,
  caller: OrgCaller,
  apiVersion: string
): Promise<PlanInput['rollback']> {
  const choice = settings.retrieve.backup
  const decision = await decideBackup(choice, () => queryIsProduction(caller, apiVersion))
  return { ready: decision.on, why: decision.reason }
}

/** Tests the deploy would run: the delta's choice (run-tests: auto) or the inputs'. */
function testsOf(settings: PlanModeSettings, pkg: DeployPackage): PlanInput['tests'] {
  // An empty delta is never submitted, so no tests run whatever test-level says.
  if (pkg.nothingToDeploy) return { level: 'none', classes: [], why: NOTHING_TO_DEPLOY }
  const chosen = pkg.tests
  // The deploy drops the inputs' test level once the delta chose (src/deploy/deploy.ts): a choice
  // without a level (no Apex changed) leaves it to the org, not to test-level.
  const level = chosen ? chosen.testLevel : settings.deployOptions.testLevel
  const classes = chosen?.runTests ?? settings.deployOptions.runTests ?? []
  const why = chosen
    ? chosen.testLevel
      ? 'chosen by run-tests: auto for the Apex code the delta changes (see below)'
      : 'run-tests: auto found no Apex code changed in the delta: the org decides (production runs local tests, other orgs none)'
    : level
      ? 'from test-level'
      : 'no test-level given: the org decides (production runs local tests, other orgs none)'
  return { level: level ?? "the org's default", classes, why }
}

/**
 * The sticky comment the publisher posts, or a note for the summary when there is none to post.
 * The comment is what plan mode is for: it is posted whatever pr-comment says (that input is
 * about the deploy report's comment).
 */
function planComment(
  settings: PlanModeSettings,
  context: RunContext | undefined,
  plan: PlanInput
): { comment: NonNullable<RunResult['comment']> } | { note: string } {
  if (!context?.prNumber) return { note: 'No pull request: the plan is in this summary only.' }
  if (context.readOnly || !settings.report.githubToken)
    return {
      note: `The plan could not be posted on the pull request (${context.readOnlyReason ?? 'no github-token'}).`
    }
  return {
    comment: {
      token: settings.report.githubToken,
      request: {
        owner: context.owner,
        repo: context.repo,
        issueNumber: context.prNumber,
        body: renderPlanComment(plan, COMMENT_KEY, context.runUrl),
        marker: planMarker(COMMENT_KEY)
      }
    }
  }
}
