/**
 * One MetadataContainer lifecycle: create the container (a new name on a clash), add the
 * members, submit, poll to a final state (abort on timeout or cancel), and always delete the
 * container, whatever happened in between (docs/compile.md).
 */
import type { Clock } from '../shared/clock.ts'
import { ActionError, ApiError, TransientError, describeError } from '../shared/errors.ts'
import type { Logger } from '../shared/logger.ts'
import {
  isTerminal,
  type MemberSource,
  type OrgEntity,
  type RequestStatus
} from './compile-model.ts'
import { JOB_CANCELLED, type AttemptRecord } from './compile-outcome.ts'
import { containerName } from './container-name.ts'
import { compilePollDelay } from './poll-delay.ts'
import { ContainerNameTaken, type ToolingApi } from './tooling-api.ts'

/** What an attempt talks to. */
export interface AttemptPorts {
  tooling: ToolingApi
  clock: Clock
  logger: Logger
  random: () => number
  /** True once the job is being cancelled. */
  cancelled: () => boolean
  /** Called as soon as an id exists, so the post step can abort and clean up a killed run. */
  onIds: (ids: { containerId: string; requestId?: string }) => void
}

/** How an attempt runs. */
export interface AttemptOptions {
  checkOnly: boolean
  /** Give up polling (and abort the request) after this long. */
  timeoutMs: number
  pollCapMs: number
  runId?: string
  runAttempt?: string
}

/** Members created in parallel: a few at a time, as editor tools do. */
const MEMBER_PARALLELISM = 4

/** Runs one attempt; the record says how it ended. Never leaves the container behind. */
export async function runAttempt(
  members: MemberSource[],
  entities: Map<string, OrgEntity>,
  options: AttemptOptions,
  ports: AttemptPorts
): Promise<{ record: AttemptRecord; status?: RequestStatus }> {
  const { id: containerId, name } = await createContainer(options, ports)
  const record: AttemptRecord = { containerName: name, containerId, cleanup: 'not attempted' }
  ports.onIds({ containerId })
  try {
    // A cancel while the members are created ends the attempt here: the save is never submitted.
    const memberProblem = await createMembers(containerId, members, entities, ports)
    // The record itself, not a copy: the finally below writes the clean-up result into it.
    if (memberProblem) {
      record.stoppedBecause = memberProblem
      return { record }
    }
    const requestId = await ports.tooling.submit(containerId, options.checkOnly)
    record.requestId = requestId
    ports.onIds({ containerId, requestId })
    ports.logger.info(
      `Submitted ContainerAsyncRequest ${requestId} (${options.checkOnly ? 'check only' : 'compile and save'}).`
    )
    const waited = await waitForRequest(requestId, options, ports)
    Object.assign(record, waited.record)
    return { record, ...(waited.status ? { status: waited.status } : {}) }
  } finally {
    record.cleanup = await deleteContainer(containerId, ports)
  }
}

async function createContainer(
  options: AttemptOptions,
  ports: AttemptPorts
): Promise<{ id: string; name: string }> {
  for (let tries = 1; ; tries++) {
    const name = containerName(options.runId, options.runAttempt, ports.random)
    try {
      const id = await ports.tooling.createContainer(name)
      ports.logger.info(`Created MetadataContainer ${name} (${id}).`)
      return { id, name }
    } catch (error) {
      // Names are org-wide; another job may hold this one. Never touch a container we did not create.
      if (!(error instanceof ContainerNameTaken) || tries >= 2) throw error
      ports.logger.warning(
        `MetadataContainer name ${name} is taken (${error.message}); trying another name.`
      )
    }
  }
}

/**
 * Creates every member; returns why it could not, or undefined. A cancel is looked at before each
 * batch and after the last one: the batch in flight ends, no other create is sent, and the
 * cancel outranks a failed create, so nothing falls back to a deploy either.
 */
async function createMembers(
  containerId: string,
  members: MemberSource[],
  entities: Map<string, OrgEntity>,
  ports: AttemptPorts
): Promise<string | undefined> {
  for (let i = 0; i < members.length; i += MEMBER_PARALLELISM) {
    if (ports.cancelled()) return stopForCancel(i, members.length, ports)
    const batch = members.slice(i, i + MEMBER_PARALLELISM)
    const results = await Promise.allSettled(
      batch.map((m) => ports.tooling.createMember(containerId, m, entities.get(m.path)?.id ?? ''))
    )
    if (ports.cancelled()) return stopForCancel(i + batch.length, members.length, ports)
    const failed = results.findIndex((r) => r.status === 'rejected')
    const reason = results[failed]
    if (reason?.status === 'rejected') return explainMemberFailure(batch[failed], reason.reason)
  }
  return undefined
}

function stopForCancel(sent: number, total: number, ports: AttemptPorts): string {
  ports.logger.warning(
    `The job was cancelled after ${sent} of ${total} member create(s) were sent; the ContainerAsyncRequest is not submitted.`
  )
  return JOB_CANCELLED
}

function explainMemberFailure(member: MemberSource | undefined, error: unknown): string {
  if (!(error instanceof ApiError) && !(error instanceof TransientError)) throw error
  const what = `creating the ${member?.type ?? 'Apex'}Member for ${member?.name ?? '?'} failed: ${describeError(error)}`
  // Some orgs answer a missing permission with NOT_FOUND, so the hint names the permissions likely
  // missing.
  const hint =
    error instanceof ApiError && /NOT_FOUND|INSUFFICIENT_ACCESS/.test(error.code)
      ? ' (the user likely lacks View All Data and Author Apex)'
      : ''
  return `${what}${hint}`
}

/** Polls until a final state, or aborts on timeout / cancel and reads the state once more. */
async function waitForRequest(
  id: string,
  options: AttemptOptions,
  ports: AttemptPorts
): Promise<{ record: Partial<AttemptRecord>; status?: RequestStatus }> {
  const submitted = ports.clock.now()
  let last: RequestStatus | undefined
  for (;;) {
    const elapsed = ports.clock.now() - submitted
    const stop = ports.cancelled()
      ? JOB_CANCELLED
      : elapsed >= options.timeoutMs
        ? `timed out after ${Math.round(elapsed / 1000)} s in ${last?.state ?? 'Queued'}`
        : undefined
    if (stop) return abortRequest(id, stop, last, ports)
    await ports.clock.sleep(
      Math.min(
        compilePollDelay(elapsed, options.pollCapMs),
        Math.max(0, options.timeoutMs - elapsed)
      )
    )
    const status = await readStatus(id, ports)
    if (!status) continue
    if (status.state === 'Unknown')
      ports.logger.warning(`Unexpected State "${status.rawState}"; still polling.`)
    last = status
    if (isTerminal(status.state)) {
      const queueMs = ports.clock.now() - submitted
      ports.logger.info(
        `ContainerAsyncRequest ${id}: ${status.state} after ${(queueMs / 1000).toFixed(1)} s.`
      )
      return {
        record: {
          state: status.state,
          queueMs,
          ...(status.errorMsg ? { errorMsg: status.errorMsg } : {})
        },
        status
      }
    }
  }
}

/** One status read; a transient error is logged and the loop polls again. */
async function readStatus(id: string, ports: AttemptPorts): Promise<RequestStatus | undefined> {
  try {
    return await ports.tooling.readRequest(id)
  } catch (error) {
    if (!(error instanceof TransientError)) throw error
    ports.logger.warning(`Reading ContainerAsyncRequest ${id}: ${error.message}; polling again.`)
    return undefined
  }
}

async function abortRequest(
  id: string,
  reason: string,
  last: RequestStatus | undefined,
  ports: AttemptPorts
): Promise<{ record: Partial<AttemptRecord>; status?: RequestStatus }> {
  ports.logger.warning(`Stopping ContainerAsyncRequest ${id}: ${reason}; setting State to Aborted.`)
  try {
    await ports.tooling.abortRequest(id)
  } catch (error) {
    // The request may have finished meanwhile (Aborted is only accepted while Queued).
    if (!(error instanceof ApiError) && !(error instanceof TransientError)) throw error
    ports.logger.warning(`Could not abort ${id}: ${error.message}`)
  }
  const final = (await readStatus(id, ports)) ?? last
  return {
    record: { stoppedBecause: reason, ...(final ? { state: final.state } : {}) },
    ...(final ? { status: final } : {})
  }
}

/** Deletes the container; returns true or why it failed (reported, never thrown). */
async function deleteContainer(id: string, ports: AttemptPorts): Promise<true | string> {
  for (let tries = 1; ; tries++) {
    try {
      await ports.tooling.deleteContainer(id)
      ports.logger.info(`Deleted MetadataContainer ${id}.`)
      return true
    } catch (error) {
      if (error instanceof TransientError && tries < 3) continue
      const message = error instanceof ActionError ? error.message : describeError(error)
      ports.logger.warning(
        `Could not delete MetadataContainer ${id}: ${message}. Delete it in the org (Tooling API) to keep names free.`
      )
      return message
    }
  }
}
