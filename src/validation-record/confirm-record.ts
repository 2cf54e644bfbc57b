/**
 * Which usable validation record the org confirms: the chosen record's validation is read from the
 * org with its details, and the older usable ones in turn while the org disowns them; the first
 * whose validation covered exactly this package wins. Shared by the quick deploy by package
 * content and the release plan, so that the plan names the record the merge's quick deploy will
 * use, and passes over the ones it will pass over, for the same reasons.
 */
import type { OrgSession } from '../deploy/ports.ts'
import { withRetries } from '../deploy/wait-for-deploy.ts'
import { waitOptionsFrom } from '../deploy/wait-options.ts'
import type { DeployResult } from '../model/deploy-result.ts'
import type { WaitSettings } from '../settings/settings.ts'
import type { Clock } from '../shared/clock.ts'
import { isNoSuchDeploy } from '../metadata-api/errors.ts'
import type { Logger } from '../shared/logger.ts'
import { olderThan, type PassedOver, type RecordSelection } from './select-record.ts'
import type { ValidationRecord } from './record.ts'
import { validationDifferences, type PackageComponents } from './verify-validation.ts'

/** Reads a validation from the org with its component details; throws what the org answered. */
export type ReadValidation = (validationId: string) => Promise<DeployResult>

/** Reads with details through the session, retrying transient failures like every status poll. */
export function detailsReader(
  session: OrgSession,
  settings: WaitSettings,
  ports: { clock: Clock; logger: Logger; random: () => number }
): ReadValidation {
  const polling = { api: session.api, clock: ports.clock, logger: ports.logger }
  return (id) =>
    withRetries(
      () => session.api.checkDeployStatus(id, true),
      polling,
      waitOptionsFrom(settings, ports.random)
    )
}

/**
 * The selection after the org's say: the confirmed record chosen (older usable ones passed over),
 * or none, every disowned record passed over with the org's reason. Errors other than "no such
 * deploy" are thrown: the org could not be asked.
 */
export async function confirmWithOrg(
  selection: RecordSelection,
  contents: () => PackageComponents,
  read: ReadValidation,
  warn: (message: string) => void
): Promise<RecordSelection> {
  const candidates = selection.chosen ? [selection.chosen, ...selection.alternatives] : []
  const components = candidates.length > 0 ? contents() : undefined
  const disowned: PassedOver[] = []
  for (const [i, candidate] of candidates.entries()) {
    const differences = components ? await orgDifferences(candidate.record, components, read) : []
    if (differences.length === 0) {
      const older = candidates.slice(i + 1).map((o) => olderThan(o, candidate))
      return {
        chosen: candidate,
        alternatives: [],
        passedOver: [...disowned, ...older, ...selection.passedOver]
      }
    }
    const reason = `the org's validation ${candidate.record.validationId} is not of this package: ${differences.join('; ')}`
    warn(`Validation record ${candidate.source.artifactName} not used: ${reason}.`)
    disowned.push({ source: candidate.source, record: candidate.record, reason })
  }
  return { alternatives: [], passedOver: [...disowned, ...selection.passedOver] }
}

/** How the org's record of the validation differs from this package and from the record. */
async function orgDifferences(
  record: ValidationRecord,
  contents: PackageComponents,
  read: ReadValidation
): Promise<string[]> {
  try {
    const validation = await read(record.validationId)
    if (!validation.checkOnly) return ['it is a deploy, not a validation']
    return validationDifferences(validation, contents, record)
  } catch (error) {
    if (isNoSuchDeploy(error)) return [`the org has no such deploy (${error.code})`]
    throw error
  }
}
