/**
 * The two places the deploy operation calls into the test checks: before submitting (suites
 * resolved into runTests) and after the run ends (retries and the zero-test guard).
 */
import type { DeployPackage, Outcome } from '../deploy/deploy-package.ts'
import type { OperationPorts, OrgSession } from '../deploy/ports.ts'
import type { DeployOptions } from '../model/deploy-result.ts'
import { createSalesforceRest, type SalesforceRest } from '../salesforce-rest/rest-client.ts'
import type { DeploySettings } from '../settings/settings.ts'
import { pullRequestBase } from '../delta/action-delta.ts'
import { checkTests } from './check-tests.ts'
import { changedApexLines } from './patch-diff.ts'
import { resolveSuites, type ResolvedSuite } from './suites.ts'

function restOf(session: OrgSession): () => SalesforceRest | undefined {
  let rest: SalesforceRest | undefined
  return () => {
    if (!rest && session.caller) rest = createSalesforceRest(session.caller, session.apiVersion)
    return rest
  }
}

/** `run-tests: suite:NAME`: the suites' classes join runTests; the summary names each suite. */
export async function withSuiteTests(
  options: DeployOptions,
  settings: DeploySettings,
  session: OrgSession,
  ports: Pick<OperationPorts, 'logger'>
): Promise<{ options: DeployOptions; suites: ResolvedSuite[] }> {
  const names = settings.testRun?.suites ?? []
  if (names.length === 0 || options.testLevel !== 'RunSpecifiedTests')
    return { options, suites: [] }
  const suites = await resolveSuites(names, settings.workspace, restOf(session))
  const classes = [...new Set([...options.runTests, ...suites.flatMap((s) => s.classes)])]
  for (const s of suites)
    ports.logger.info(`Test suite ${s.name} (${s.from}): ${s.classes.join(', ')}`)
  return { options: { ...options, runTests: classes }, suites }
}

/** Retries flaky tests and guards against a zero-test pass once the run has ended. */
export function afterDeploy(
  outcome: Outcome,
  input: {
    settings: DeploySettings
    pkg: DeployPackage
    options: DeployOptions
    session: OrgSession
    ports: OperationPorts
    resubmit: (options: DeployOptions, onSubmitted?: (id: string) => void) => Promise<Outcome>
    /** The suites run-tests named, resolved before the deploy. */
    suites?: ResolvedSuite[]
  }
): Promise<Outcome> {
  const settings = input.settings
  // The delta's own base: delta-from, else the pull request's base (read from the runner's event).
  // A full deploy reads git only when patch-coverage-threshold asks: its clone may be shallow.
  const wanted =
    settings.delta !== undefined || settings.testRun?.patchCoverageThreshold !== undefined
  const from = wanted ? (settings.delta?.from ?? pullRequestBase(input.ports.env)) : undefined
  return checkTests(outcome, {
    settings,
    pkg: input.pkg,
    options: input.options,
    rest: restOf(input.session),
    clock: input.ports.clock,
    logger: input.ports.logger,
    resubmit: input.resubmit,
    ...(input.suites?.length ? { suites: input.suites } : {}),
    changedLines: async () =>
      from === undefined
        ? undefined
        : changedApexLines(settings.workspace, from, settings.delta?.base ?? 'merge-base'),
    ...(input.ports.annotate ? { annotate: input.ports.annotate } : {})
  })
}
