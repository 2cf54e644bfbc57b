import type { Clock } from '../shared/clock.ts'
import { ActionError, TransientError } from '../shared/errors.ts'
import type { Logger } from '../shared/logger.ts'
import type { CreatedDeploy, CreatedDeploysLookup } from './created-deploys.ts'
import { transientRetryDelay } from './poll-schedule.ts'

const MAX_SUBMIT_ATTEMPTS = 4

/** What the org said when asked which deploys it created since the submit started. */
export type CreatedCheck = { found: CreatedDeploy[] } | { failed: string }

/** The next step after a failed submit. */
export type SubmitStep =
  | { kind: 'repeat' }
  /** The org may have created the deploy: ask it before deciding. */
  | { kind: 'check' }
  | { kind: 'stop'; message: string }

/**
 * Decides whether a failed non-idempotent submit may be repeated. A repeat is safe when the request
 * never left or the org refused it at the door (request limit). After a fault that may follow a
 * created deploy (UNKNOWN_EXCEPTION), the org is asked first: repeat only when it holds no new
 * deploy of this kind; candidates stop the run, since another job signed in as the same user may
 * have started them. After no answer at all (a reset or timeout after sending) it stops: the org
 * may still be taking the request on, so even asking could not settle it.
 */
export function submitStep(
  what: string,
  error: TransientError,
  attempt: number,
  check?: CreatedCheck
): SubmitStep {
  if (!error.safeToRepeat) {
    if (!error.mayHaveCreated) return { kind: 'stop', message: unsureMessage(what, error.message) }
    if (!check) return { kind: 'check' }
    if ('failed' in check)
      return {
        kind: 'stop',
        message: unsureMessage(
          what,
          `${error.message}; asking the org which deploys it created failed: ${check.failed}`
        )
      }
    if (check.found.length > 0)
      return { kind: 'stop', message: candidatesMessage(what, error.message, check.found) }
  }
  if (attempt >= MAX_SUBMIT_ATTEMPTS) {
    const hint =
      error.code === 'REQUEST_LIMIT_EXCEEDED'
        ? ' The org has used up its API request limit; run again later.'
        : ' Run again later.'
    return { kind: 'stop', message: `${what} failed ${attempt} times: ${error.message}.${hint}` }
  }
  return { kind: 'repeat' }
}

function unsureMessage(what: string, reason: string): string {
  return `${what} may or may not have reached the org (${reason}). Check Setup > Deployment Status before running again, so the deploy is not started twice.`
}

function candidatesMessage(what: string, reason: string, found: CreatedDeploy[]): string {
  const listed = found.map((d) => `${d.id} (${d.status}, created ${d.createdDate})`).join(', ')
  const first = found[0]
  if (found.length === 1 && first)
    return (
      `${what} failed (${reason}), and the org holds a deploy created since it was sent: ${listed}. ` +
      "It was not sent again, so nothing is deployed twice. It may be this run's deploy, or one that another job signed in as the same user started: " +
      `follow it with mode: report and deploy-id: ${first.id} (CLI: report --deploy-id ${first.id}), or check Setup > Deployment Status.`
    )
  return (
    `${what} failed (${reason}), and the org holds ${found.length} deploys created since it was sent: ${listed}. ` +
    "It was not sent again, so nothing is deployed twice. One may be this run's deploy, the others started by another job signed in as the same user: " +
    'check Setup > Deployment Status, and follow the right one with mode: report and deploy-id: <id> (CLI: report --deploy-id <id>).'
  )
}

/**
 * Sends a non-idempotent request (deploy, quick deploy), repeating it only when a repeat cannot
 * create a second deploy (submitStep). `findCreated` asks the org which deploys of this kind
 * exist since a time; without it a fault that may have created one stops the run.
 */
export async function submitOnce<T>(
  what: string,
  call: () => Promise<T>,
  ports: { clock: Clock; logger: Logger },
  findCreated?: CreatedDeploysLookup
): Promise<T> {
  const startedAt = ports.clock.now()
  for (let attempt = 1; ; attempt++) {
    try {
      return await call()
    } catch (error) {
      if (!(error instanceof TransientError)) throw error
      let step = submitStep(what, error, attempt)
      if (step.kind === 'check') {
        // Pause first, so a deploy the org made before failing has had time to show in queries.
        await ports.clock.sleep(transientRetryDelay(attempt + 1))
        step = submitStep(what, error, attempt, await askOrg(findCreated, startedAt))
        if (step.kind === 'repeat') {
          ports.logger.warning(
            `${what}: ${error.message}; the org holds no deploy from it, trying again`
          )
          continue
        }
      }
      if (step.kind === 'stop') throw new ActionError(step.message)
      ports.logger.warning(`${what}: ${error.message}; trying again`)
      await ports.clock.sleep(transientRetryDelay(attempt + 1))
    }
  }
}

async function askOrg(
  findCreated: CreatedDeploysLookup | undefined,
  sinceMs: number
): Promise<CreatedCheck> {
  if (!findCreated) return { failed: 'no Tooling API access in this session' }
  try {
    return { found: await findCreated(sinceMs) }
  } catch (error) {
    return { failed: error instanceof Error ? error.message : String(error) }
  }
}
