/**
 * Submitting a deploy, shared by SOAP `deploy` and REST `POST deployRequest`: options are checked
 * (test level enum, RunRelevantTests needs API 66.0), the zip is unpacked, the job queued.
 */
import type { SimContext } from '../core/context.ts'
import type { DeployJob } from '../deploy/deploy-job.ts'
import { TEST_LEVELS, type TestLevel, toDeployOptions } from '../deploy/deploy-model.ts'
import type { OrgUser } from '../org/org-state.ts'
import { unzip, zipEntryCount } from '../org/zip.ts'

/** RunRelevantTests is accepted from this API version on. */
export const RUN_RELEVANT_TESTS_MIN_VERSION = 66

/** A problem with the submitted options. */
export interface OptionsProblem {
  kind: 'invalid-test-level'
  value: string
}

/** Validates options and queues the deploy. */
export async function submitDeploy(
  sim: SimContext,
  input: {
    zip: Buffer
    rawOptions: Record<string, unknown>
    transport: 'soap' | 'rest'
    apiVersion: string
    user: OrgUser
  }
): Promise<DeployJob | OptionsProblem> {
  const options = toDeployOptions(input.rawOptions)
  const level = options.testLevel
  if (level !== undefined) {
    const known = (TEST_LEVELS as readonly string[]).includes(level)
    const tooNew =
      level === ('RunRelevantTests' satisfies TestLevel) &&
      Number(input.apiVersion) < RUN_RELEVANT_TESTS_MIN_VERSION
    if (!known || tooNew) return { kind: 'invalid-test-level', value: level }
  }
  // A corrupt or base64-text zip reads as an empty package: the deploy then fails with
  // "No package.xml found", as the org answers such uploads.
  const files = await unzip(input.zip).catch(() => new Map<string, Buffer>())
  // numberFiles counts the zip's entries, folder entries included (the recorded CLI deploys).
  const entries = files.size > 0 ? zipEntryCount(input.zip) : undefined
  return sim.deploys.submit({
    files,
    ...(entries === undefined ? {} : { zipEntries: entries }),
    options,
    transport: input.transport,
    apiVersion: input.apiVersion,
    user: input.user,
    now: sim.clock.now()
  })
}
