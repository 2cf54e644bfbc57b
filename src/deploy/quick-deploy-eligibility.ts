import type { DeployResult } from '../model/deploy-result.ts'

import { QUICK_DEPLOY_WINDOW_MS } from '../model/quick-deploy-window.ts'

export { QUICK_DEPLOY_WINDOW_MS }

/**
 * Checks what the client can see before asking the org to quick-deploy a validation. Returns the
 * reasons it is not eligible (empty when it looks eligible; the org still has the last word).
 */
export function quickDeployProblems(validation: DeployResult, nowMs: number): string[] {
  const problems: string[] = []
  if (!validation.checkOnly) problems.push('it is a deploy, not a validation (checkOnly was false)')
  if (!validation.done) problems.push(`it has not finished yet (status ${validation.status})`)
  else if (validation.status !== 'Succeeded')
    problems.push(`it did not succeed (status ${validation.status})`)
  // The org's own rule, which it checks only by refusing after the request: "As part of the
  // validation, Apex tests in the target org have passed" (Metadata API Developer Guide,
  // deployRecentValidation()); `sf project deploy validate` requires tests for this reason
  // (https://developer.salesforce.com/docs/platform/salesforce-cli-reference/guide/cli_reference_project_deploy_validate.html).
  // Said before the round trip, with the fix.
  if (validation.done && validation.status === 'Succeeded' && !validation.runTestsEnabled)
    problems.push(
      'it ran no Apex tests (NoTestRun), and the org quick-deploys only validations whose Apex tests ran and passed: validate with a test level that runs tests'
    )
  const completed = validation.completedDate?.getTime()
  if (completed !== undefined && nowMs - completed > QUICK_DEPLOY_WINDOW_MS) {
    problems.push(
      `it expired on ${new Date(completed + QUICK_DEPLOY_WINDOW_MS).toISOString()} (validations can be quick-deployed for 10 days)`
    )
  }
  return problems
}

/** The explanation shown when the org refuses a quick deploy. */
export const ORG_REFUSAL_HINT =
  'The org refused the quick deploy. A validation can be quick-deployed once, within 10 days, if its tests ran and passed ' +
  'with enough coverage, and only while no other deployment has happened in the org since. Validate again, then quick-deploy the new id.'
