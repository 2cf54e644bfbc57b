/**
 * Quick deploy without a validation id: build the package, hash it, find the validation record of
 * the same contents in this org among earlier runs' artifacts (only those uploaded by runs this
 * repository trusts), ask the org whether that validation covered exactly this package, and
 * quick-deploy it. When there is none, it is too old, the org disowns it or refuses it,
 * quick-deploy-fallback decides: a full deploy with tests, or a clear failure. Either way the
 * summary says which happened and why.
 */
import type { DeployPackage, Outcome } from '../deploy/deploy-package.ts'
import { deployOperation } from '../deploy/deploy.ts'
import type { OperationPorts, OrgSession } from '../deploy/ports.ts'
import { QuickDeployRefusedError, quickDeployValidation } from '../deploy/quick-deploy.ts'
import type { DeploySettings, PackageSource, QuickDeploySettings } from '../settings/settings.ts'
import { ActionError } from '../shared/errors.ts'
import { confirmWithOrg, detailsReader } from './confirm-record.ts'
import {
  chosenNote,
  fallbackTests,
  noMatchReason,
  passedOverNotes,
  renderNoQuickDeploySummary
} from './match-notes.ts'
import type { RecordPorts } from './ports.ts'
import { recordArtifactName, type ValidationRecord } from './record.ts'
import { selectRecord, type RecordSelection } from './select-record.ts'
import { packageComponents } from './verify-validation.ts'
import { sameOrg } from './org-id.ts'

/** A quick deploy matched by content always has a package to match. */
type ByContentSettings = QuickDeploySettings & { packageSource: PackageSource }

/** The outcome, and the settings that produced it (a fallback runs as a deploy). */
export interface MatchedRun {
  outcome: Outcome
  settings: QuickDeploySettings | DeploySettings
}

/** Runs quick-deploy mode without validation-id. */
export async function quickDeployByContent(
  quick: QuickDeploySettings,
  ports: OperationPorts,
  records: RecordPorts
): Promise<MatchedRun> {
  const packageSource = quick.packageSource
  if (!packageSource)
    throw new ActionError(
      'quick-deploy without validation-id matches the package to a validation record: set source-dir or metadata-dir, or give validation-id.'
    )
  const settings = { ...quick, packageSource }
  const pkg = await ports.buildPackage(settings)
  for (const warning of pkg.warnings) ports.logger.warning(warning)
  const hash = pkg.contentHash
  if (!hash)
    throw new ActionError(
      'The package has no content hash; quick deploy by package content needs a package built by this action.'
    )
  records.setOutput('content-hash', hash)
  const shared = sharedPorts(ports, pkg)
  const session = await shared.connect(settings.api, pkg.apiVersion)
  const orgId = session.connection.orgId
  if (!orgId) {
    return fallBack(
      settings,
      shared,
      records,
      { hash, name: '(unknown)', notes: [] },
      'the sign-in did not tell the org id, so no validation record can be matched to this org'
    )
  }
  const name = recordArtifactName(hash, orgId)
  ports.logger.info(
    `Package content hash ${hash}; looking for validation records in artifacts named ${name}.`
  )
  const selection = await confirmWithOrg(
    selectRecord(await records.finder.find(name), {
      contentHash: hash,
      orgId,
      nowMs: ports.clock.now(),
      repository: records.run.repository ?? '',
      trust: settings.quickDeployMatch.trust
    }),
    () => packageComponents(pkg),
    detailsReader(session, settings, shared),
    (message) => shared.logger.warning(message)
  )
  const notes = passedOverNotes(selection)
  const chosen = selection.chosen
  if (!chosen)
    return fallBack(
      settings,
      shared,
      records,
      { hash, name, notes, record: sameContentRecord(selection, hash, orgId) },
      noMatchReason(selection, name)
    )
  const note = chosenNote(chosen.record, chosen.source)
  ports.logger.info(note)
  try {
    const outcome = await quickDeployValidation(
      chosen.record.validationId,
      session,
      settings,
      shared,
      [note, ...notes],
      pkg
    )
    records.setOutput('validation-record-artifact', chosen.source.artifactName)
    return { outcome, settings }
  } catch (error) {
    if (!(error instanceof QuickDeployRefusedError)) throw error
    return fallBack(
      settings,
      shared,
      records,
      { hash, name, notes: [note, ...notes], record: chosen.record },
      error.message.replace(/\.$/, '')
    )
  }
}

interface FallbackContext {
  hash: string
  name: string
  notes: string[]
  /** The record of this content and org whose test level a fallback deploy repeats. */
  record?: ValidationRecord
}

async function fallBack(
  settings: ByContentSettings,
  ports: OperationPorts,
  records: RecordPorts,
  context: FallbackContext,
  reason: string
): Promise<MatchedRun> {
  records.setOutput('quick-deploy-fallback-reason', reason)
  if (settings.quickDeployMatch.fallback === 'fail') {
    await records.summary.write(
      renderNoQuickDeploySummary({
        reason,
        contentHash: context.hash,
        artifactName: context.name,
        notes: context.notes
      })
    )
    throw new ActionError(
      `No quick deploy: ${reason}. quick-deploy-fallback is fail, so nothing was deployed; validate this commit again, ` +
        'or set quick-deploy-fallback: deploy to run a full deploy with tests instead.'
    )
  }
  const tests = fallbackTests(settings.deployOptions, context.record)
  const explanation = `Full deploy with ${tests.testLevel} (from ${tests.from}) instead of a quick deploy: ${reason}.`
  ports.logger.warning(explanation)
  const deploySettings: DeploySettings = {
    ...settings,
    mode: 'deploy',
    deployOptions: {
      ...settings.deployOptions,
      checkOnly: false,
      testLevel: tests.testLevel,
      runTests: tests.runTests
    }
  }
  const outcome = await deployOperation(deploySettings, ports)
  return {
    outcome: { ...outcome, notes: [explanation, ...context.notes, ...outcome.notes] },
    settings: deploySettings
  }
}

/**
 * Among trusted records passed over, the newest for the same content and org (e.g. one that
 * expired); an untrusted or disowned record never chooses the tests of a fallback deploy.
 */
function sameContentRecord(
  selection: RecordSelection,
  hash: string,
  orgId: string
): ValidationRecord | undefined {
  return selection.passedOver
    .filter((p) => p.trusted)
    .map((p) => p.record)
    .find((r): r is ValidationRecord => !!r && r.contentHash === hash && sameOrg(r.orgId, orgId))
}

/** The already built package and one sign-in per transport and version, shared by the quick deploy and its fallback. */
function sharedPorts(ports: OperationPorts, pkg: DeployPackage): OperationPorts {
  const sessions = new Map<string, Promise<OrgSession>>()
  return {
    ...ports,
    // Warnings were logged once already.
    buildPackage: () => Promise.resolve({ ...pkg, warnings: [] }),
    connect: (transport, version) => {
      const key = `${transport} ${version ?? ''}`
      const existing = sessions.get(key) ?? ports.connect(transport, version)
      sessions.set(key, existing)
      return existing
    }
  }
}
