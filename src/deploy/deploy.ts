import type { Settings } from '../settings/settings.ts'
import { ActionError } from '../shared/errors.ts'
import type { Outcome } from './deploy-package.ts'
import { followDeploy, sessionBase } from './follow-deploy.ts'
import { checkPackageLimits } from './limits.ts'
import type { OperationPorts } from './ports.ts'
import { submitOnce } from './submit.ts'

/** Deploy or validate: build, check limits, sign in, submit, follow. */
export async function deployOperation(settings: Settings, ports: OperationPorts): Promise<Outcome> {
  const pkg = await ports.buildPackage(settings)
  for (const warning of pkg.warnings) ports.logger.warning(warning)
  const limits = checkPackageLimits(pkg, settings.api)
  if (limits.problems.length > 0) throw new ActionError(limits.problems.join('\n'))
  const session = await ports.connect(limits.transport, pkg.apiVersion)
  ports.logger.info(
    `${settings.deployOptions.checkOnly ? 'Validating' : 'Deploying'} ${pkg.components.length} components ` +
      `(${pkg.fileCount} files, ${(pkg.zip.byteLength / 1024).toFixed(0)} KiB) to ${session.connection.instanceUrl} ` +
      `through ${session.api.transport.toUpperCase()}, API ${session.apiVersion}`
  )
  const backup = await ports.backup?.(pkg, session)
  const id = await submitOnce('The deploy request', () => session.api.deploy(pkg.zip, settings.deployOptions), ports)
  ports.onDeployId(id)
  ports.logger.info(`Deploy id: ${id}`)
  const base = sessionBase(settings, session, [...limits.notes, ...(backup?.notes ?? [])])
  return followDeploy(id, session, settings, ports, { ...base, package: pkg, ...(backup ? { extraSections: backup.sections } : {}) })
}
