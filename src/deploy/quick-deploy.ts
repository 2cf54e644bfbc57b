import type { QuickDeploySettings } from '../settings/settings.ts'
import { isNoSuchDeploy } from '../metadata-api/errors.ts'
import { ActionError, ApiError } from '../shared/errors.ts'
import type { DeployPackage, Outcome } from './deploy-package.ts'
import { followVersion, followVersionNote } from './follow-api-version.ts'
import { followDeploy, sessionBase } from './follow-deploy.ts'
import type { OperationPorts, OrgSession } from './ports.ts'
import { submitOnce } from './submit.ts'
import { createdDeploysLookup } from './created-deploys.ts'
import { ORG_REFUSAL_HINT, quickDeployProblems } from './quick-deploy-eligibility.ts'
import { withRetries } from './wait-for-deploy.ts'
import { waitOptionsFrom } from './wait-options.ts'

/** The validation cannot be quick-deployed: not found, not eligible, or refused by the org. */
export class QuickDeployRefusedError extends ActionError {
  override name = 'QuickDeployRefusedError'
}

/** Quick-deploys a validation: check it, ask the org, follow the new deploy. */
export async function quickDeployOperation(
  settings: QuickDeploySettings,
  ports: OperationPorts
): Promise<Outcome> {
  const id = settings.validationId ?? ''
  const version = await followVersion(settings)
  const session = await ports.connect(settings.api, version.wanted)
  const note = followVersionNote(`Validation ${id} is quick-deployed`, session.apiVersion, version)
  if (note) ports.logger.info(note)
  const pkg = await packageForBackup(settings, ports)
  return quickDeployValidation(id, session, settings, ports, note ? [note] : [], pkg)
}

/**
 * A quick deploy carries no package, so the backup (when it may be wanted) is taken of the package
 * this commit would deploy, normally the one that was validated. Without a buildable project in
 * the workspace there is nothing to back up; the run goes on and says so.
 */
async function packageForBackup(
  settings: QuickDeploySettings,
  ports: OperationPorts
): Promise<DeployPackage | undefined> {
  if (!ports.backup || !settings.packageSource || settings.retrieve.backup === 'off')
    return undefined
  try {
    return await ports.buildPackage(settings)
  } catch (error) {
    ports.logger.warning(
      `No backup before the quick deploy: the workspace package could not be built (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`
    )
    return undefined
  }
}

/** Quick-deploys `validationId` in a signed-in session; throws QuickDeployRefusedError when it cannot be used. */
export async function quickDeployValidation(
  validationId: string,
  session: OrgSession,
  settings: QuickDeploySettings,
  ports: OperationPorts,
  notes: string[],
  pkg?: DeployPackage
): Promise<Outcome> {
  const polling = { api: session.api, clock: ports.clock, logger: ports.logger }
  const validation = await withRetries(
    () => session.api.checkDeployStatus(validationId, false),
    polling,
    waitOptionsFrom(settings, ports.random)
  ).catch((error: unknown) => {
    throw explainLookup(error, validationId)
  })
  const problems = quickDeployProblems(validation, ports.clock.now())
  if (problems.length > 0) {
    throw new QuickDeployRefusedError(
      `Validation ${validationId} cannot be quick-deployed: ${problems.join('; ')}.`
    )
  }
  if (validation.numberTestsTotal === 0) {
    ports.logger.warning(
      `Validation ${validationId} ran no tests; production orgs refuse to quick-deploy such validations.`
    )
  }
  const backup = pkg ? await ports.backup?.(pkg, session) : undefined
  const id = await submitOnce(
    'The quick deploy request',
    () => session.api.deployRecentValidation(validationId),
    ports,
    // A quick deploy is a deploy (CheckOnly false) of its own, with a new id.
    createdDeploysLookup(session, false)
  ).catch((error: unknown) => {
    throw explainRefusal(error, validationId)
  })
  ports.onDeployId(id)
  ports.logger.info(`Quick deploy of validation ${validationId} started: ${id}`)
  const base = sessionBase(settings, session, [...notes, ...(backup?.notes ?? [])])
  return followDeploy(id, session, settings, ports, {
    ...base,
    validationId,
    // The package matched by content: the deploy receipt hashes its components.
    ...(pkg ? { package: pkg } : {}),
    ...(backup ? { extraSections: backup.sections } : {})
  })
}

function explainLookup(error: unknown, id: string): unknown {
  if (isNoSuchDeploy(error)) {
    return new QuickDeployRefusedError(
      `Validation ${id} was not found in this org (${error.code}). Check validation-id and that the credentials are for the org that ran it.`
    )
  }
  return error
}

function explainRefusal(error: unknown, id: string): unknown {
  if (error instanceof ApiError && (/INVALID_ID_FIELD/.test(error.code) || error.status === 404)) {
    return new QuickDeployRefusedError(
      `Quick deploy of ${id} refused: ${error.message}. ${ORG_REFUSAL_HINT}`
    )
  }
  return error
}
