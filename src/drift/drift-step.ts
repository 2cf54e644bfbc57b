/**
 * The shell around detectDrift, run before deploy, validate and quick deploy: decides whether to
 * check (drift: auto asks the org whether it is production), finds the baseline receipt, runs
 * the check with the signed-in session, sets `drifted-components`, and either returns the summary
 * section (warn) or writes it and stops the run before anything is deployed (fail).
 */
import type { RunEnv } from '../shared/env.ts'
import path from 'node:path'
import type { DeployPackage } from '../deploy/deploy-package.ts'
import type { OrgSession } from '../deploy/ports.ts'
import { waitOptionsFrom } from '../deploy/wait-options.ts'
import type { OctokitFactory } from '../github/ports.ts'
import { createSoapCrudApi } from '../metadata-api/soap/crud-client.ts'
import { createSoapRetrieveApi } from '../metadata-api/soap/retrieve-client.ts'
import { queryIsProduction } from '../retrieve/org-kind-client.ts'
import type { ResultParts } from '../runner/run-result.ts'
import type { BaseSettings, DeployPartSettings, WaitSettings } from '../settings/settings.ts'
import type { Clock } from '../shared/clock.ts'
import { ActionError, describeError } from '../shared/errors.ts'
import type { Logger } from '../shared/logger.ts'
import { escapeInline } from '../report/escape.ts'
import { redact } from '../shared/redact.ts'
import { unzipEntries } from '../source/zip.ts'
import { detectDrift, overwrittenDrift } from './detect-drift.ts'
import { artifactReceiptFinder, fileReceiptFinder, type ReceiptFinder } from './find-receipt.ts'
import { describeDrift, renderDriftSection } from './render-drift.ts'

/** What the guard reads of a run's settings. */
type DriftGuardSettings = BaseSettings & WaitSettings & Pick<DeployPartSettings, 'drift'>

/** drift: fail found drift: the run stops before the deploy is submitted. */
export class DriftError extends ActionError {
  override name = 'DriftError'
}

/** What the guard needs from the composition root. */
export interface DriftStepDeps {
  clock: Clock
  logger: Logger
  random: () => number
  env: RunEnv
  /** Where the drifted-components output and the stopping summary go. */
  parts: ResultParts
  /** The GitHub client factory (tests point it at a fake). */
  octokit: OctokitFactory
}

/** Runs the guard for a deploy package; undefined when it is off for this org. */
export async function runDriftGuard(
  settings: DriftGuardSettings,
  deps: DriftStepDeps,
  pkg: DeployPackage,
  session: OrgSession
): Promise<{ sections: string[]; notes: string[] } | undefined> {
  const choice = settings.drift?.choice ?? 'off'
  if (choice === 'off') return undefined
  const caller = session.caller
  const orgId = session.connection.orgId
  if (!caller || !orgId) {
    deps.logger.warning('Drift guard skipped: the sign-in did not tell the org id.')
    return undefined
  }
  const level = await decideLevel(choice, () => queryIsProduction(caller, session.apiVersion))
  deps.logger.info(
    `Drift guard ${level ?? 'off'} (drift: ${choice}${choice === 'auto' ? `, ${level ? 'a' : 'not a'} production org` : ''}).`
  )
  if (!level) return undefined
  const found = await findBaseline(settings, deps, orgId, level)
  if (!found) return undefined
  if (!found.receipt) return noBaseline(found.passedOver, deps.logger)
  const report = await detectDrift(
    {
      receipt: found.receipt,
      packageFiles: unzipEntries(pkg.zip, 'deploy package'),
      apiVersion: session.apiVersion,
      wait: waitOptionsFrom(settings, deps.random)
    },
    {
      api: createSoapRetrieveApi(caller, session.apiVersion),
      read: createSoapCrudApi(caller, session.apiVersion).read,
      clock: deps.clock,
      logger: deps.logger
    }
  )
  deps.parts.output('drifted-components', String(report.drifted.length))
  const section = renderDriftSection({
    report,
    receipt: found.receipt,
    source: found.source ?? 'receipt',
    level,
    passedOver: found.passedOver
  })
  if (report.drifted.length === 0) {
    deps.logger.info(
      `Drift guard: no component changed in the org since deploy ${found.receipt.deployId}.`
    )
    return { sections: [section], notes: [] }
  }
  const message =
    `${report.drifted.length} component(s) changed in the org since deploy ${found.receipt.deployId} ` +
    `(${found.receipt.deployedAt}): ${describeDrift(report.drifted)}.`
  // Drift the repository already holds is not lost by this deploy: stopping on it would keep a
  // release blocked after the org's change was accepted into the repository, as the advice says.
  const overwritten = overwrittenDrift(report.drifted)
  if (level === 'fail' && overwritten.length > 0) {
    deps.parts.section(redact(section))
    throw new DriftError(
      `${message} This deploy would overwrite ${overwritten.length === report.drifted.length ? 'them' : `${overwritten.length}: ${describeDrift(overwritten)}`}. ` +
        'drift: fail stops the run before anything is deployed; see the summary for the diffs, ' +
        'accept the changes with mode: retrieve, or set drift: warn to deploy over them.'
    )
  }
  deps.logger.warning(
    `Drift: ${message}${overwritten.length === 0 ? " The repository holds the org's version of each, so this deploy keeps them." : ''} See the summary.`
  )
  return { sections: [section], notes: [] }
}

/**
 * No receipt to compare with. On a first deploy that is expected; when receipts were found but
 * none could be used (expired past the artifact retention, untrusted, unreadable), the guard did
 * not run though a baseline once existed: that is a warning, and the summary names each one.
 */
function noBaseline(
  passedOver: readonly string[],
  logger: Logger
): { sections: string[]; notes: string[] } {
  const lines = [
    '### Drift',
    '',
    passedOver.length === 0
      ? "No deploy receipt of this org was found, so drift could not be checked; this deploy's receipt will be the baseline of the next run."
      : "No usable deploy receipt of this org was found, so drift could not be checked; this deploy's receipt will be the baseline of the next run.",
    '',
    ...passedOver.map((p) => `> Passed over: ${escapeInline(p)}`)
  ]
  if (passedOver.length === 0)
    logger.info('Drift guard: no deploy receipt of this org to compare with.')
  else
    logger.warning(
      `Drift guard: no usable deploy receipt of this org, so drift was not checked (${passedOver.join(' ')}).`
    )
  return { sections: [`${lines.join('\n')}\n`], notes: [] }
}

/** auto warns in production orgs and is off elsewhere. */
async function decideLevel(
  choice: 'auto' | 'warn' | 'fail',
  isProduction: () => Promise<boolean>
): Promise<'warn' | 'fail' | undefined> {
  if (choice !== 'auto') return choice
  return (await isProduction()) ? 'warn' : undefined
}

/** The finder's answer; undefined when the baseline cannot be read and the level lets the run go on. */
async function findBaseline(
  settings: DriftGuardSettings,
  deps: DriftStepDeps,
  orgId: string,
  level: 'warn' | 'fail'
): Promise<Awaited<ReturnType<ReceiptFinder['newest']>> | undefined> {
  const env = deps.env
  const baseline = settings.drift?.baseline
  const finder = baseline
    ? fileReceiptFinder(baseline, path.relative(settings.workspace, baseline))
    : artifactReceiptFinder({
        ...(settings.report.githubToken ? { token: settings.report.githubToken } : {}),
        ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
        octokit: deps.octokit
      })
  try {
    return await finder.newest(orgId)
  } catch (error) {
    // A baseline named on purpose that cannot be used is an error; at warn, a lookup that fails is not.
    if (level === 'fail' || baseline) throw error
    deps.logger.warning(`Drift guard skipped: ${describeError(error)}`)
    return undefined
  }
}

type Hook = { sections: string[]; notes: string[] } | undefined

/** The drift guard first (drift: fail must stop the run before the backup's retrieve), then the backup; their sections in that order. */
export async function guardThenBackup(
  guard: () => Promise<Hook>,
  backup: () => Promise<Hook>
): Promise<Hook> {
  const drift = await guard()
  const saved = await backup()
  if (!drift) return saved
  if (!saved) return drift
  return {
    sections: [...drift.sections, ...saved.sections],
    notes: [...drift.notes, ...saved.notes]
  }
}
