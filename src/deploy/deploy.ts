import type { DeployOptions } from '../model/deploy-result.ts'
import type { DeploySettings } from '../settings/settings.ts'
import { ActionError } from '../shared/errors.ts'
import { plural } from '../shared/plural.ts'
import type { DeployPackage, Outcome } from './deploy-package.ts'
import { followDeploy, sessionBase } from './follow-deploy.ts'
import { checkPackageLimits } from './limits.ts'
import type { OperationPorts } from './ports.ts'
import { submitOnce } from './submit.ts'
import { createdDeploysLookup } from './created-deploys.ts'
import { afterDeploy, withSuiteTests } from '../test-run/deploy-hooks.ts'

/** Deploy or validate: build, check limits, sign in, submit, follow. */
export async function deployOperation(
  settings: DeploySettings,
  ports: OperationPorts
): Promise<Outcome> {
  const pkg = await ports.buildPackage(settings)
  for (const warning of pkg.warnings) ports.logger.warning(warning)
  if (pkg.nothingToDeploy)
    return {
      mode: settings.mode,
      notes: [pkg.nothingToDeploy],
      package: pkg,
      nothingToDeploy: pkg.nothingToDeploy
    }
  const limits = checkPackageLimits(pkg, settings.api, ports.limits)
  if (limits.problems.length > 0) throw new ActionError(limits.problems.join('\n'))
  const session = await ports.connect(limits.transport, pkg.apiVersion)
  ports.logger.info(
    `${settings.deployOptions.checkOnly ? 'Validating' : 'Deploying'} ${plural(pkg.components.length, 'component')}` +
      `${pkg.deletions ? ` and ${plural(pkg.deletions, 'deletion')}` : ''} ` +
      `(${pkg.fileCount} files, ${(pkg.zip.byteLength / 1024).toFixed(0)} KiB) to ${session.connection.instanceUrl} ` +
      `through ${session.api.transport.toUpperCase()}, API ${session.apiVersion}`
  )
  const backup = await ports.backup?.(pkg, session)
  // run-tests: suite:NAME resolves to the suites' classes (src/test-run/).
  const tests = await withSuiteTests(deployOptionsFor(settings, pkg), settings, session, ports)
  const options = tests.options
  const base = sessionBase(settings, session, [
    ...limits.notes,
    ...(pkg.notes ?? []),
    ...(backup?.notes ?? [])
  ])
  // This run's own deploys: a resubmit's submit check must not take them for a created one.
  const submitted = new Set<string>()
  const submitAndFollow = async (
    sent: DeployOptions,
    onSubmitted?: (id: string) => void
  ): Promise<Outcome> => {
    const id = await submitOnce(
      'The deploy request',
      () => session.api.deploy(pkg.zip, sent),
      ports,
      createdDeploysLookup(session, sent.checkOnly, submitted)
    )
    submitted.add(id)
    onSubmitted?.(id)
    ports.onDeployId(id)
    ports.logger.info(`Deploy id: ${id}`)
    return followDeploy(id, session, settings, ports, {
      ...base,
      package: pkg,
      // The level the org received (run-tests: auto may have fallen back to RunLocalTests).
      ...(sent.testLevel ? { testLevel: sent.testLevel } : {}),
      runTests: sent.runTests,
      ...extraSections([...(pkg.sections ?? []), ...(backup?.sections ?? [])])
    })
  }
  // Flaky-test retries and the zero-test guard may submit the package again (src/test-run/).
  return afterDeploy(await submitAndFollow(options), {
    settings,
    pkg,
    options,
    session,
    ports,
    resubmit: submitAndFollow,
    suites: tests.suites
  })
}

function extraSections(sections: string[]): { extraSections?: string[] } {
  return sections.length > 0 ? { extraSections: sections } : {}
}

/** The package's own test choice (run-tests: auto, made once the delta is known) wins over the inputs'. */
function deployOptionsFor(settings: DeploySettings, pkg: DeployPackage): DeployOptions {
  if (!pkg.tests) return settings.deployOptions
  const { testLevel: _inputs, ...rest } = settings.deployOptions
  return {
    ...rest,
    ...(pkg.tests.testLevel ? { testLevel: pkg.tests.testLevel } : {}),
    runTests: pkg.tests.runTests
  }
}
