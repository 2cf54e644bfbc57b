import type { MetadataApi } from '../metadata-api/metadata-api.ts'
import type { DeployResult } from '../model/deploy-result.ts'
import type { Clock } from '../shared/clock.ts'
import { ActionError, TransientError } from '../shared/errors.ts'
import type { Logger } from '../shared/logger.ts'
import { nextPollDelay, transientRetryDelay } from './poll-schedule.ts'
import { formatProgress } from './progress.ts'

/** How long to poll and how. */
export interface WaitOptions {
  /** Give up (leaving the deploy running) after this long. */
  waitMs: number
  /** Cap of the pause between light polls. */
  maxIntervalMs: number
  /** Abort when transient errors last this long without a success. */
  maxErrorStreakMs: number
  random: () => number
}

export interface WaitPorts {
  api: MetadataApi
  clock: Clock
  logger: Logger
}

/** The end of a wait: the final result with details, or the last light status at the time limit. */
export type WaitResult =
  { kind: 'done'; result: DeployResult } | { kind: 'timed-out'; last?: DeployResult }

// Early failure details are fetched at most this often while the deploy runs, to keep polls light.
const DETAILS_MIN_INTERVAL_MS = 30_000
const HEARTBEAT_MS = 60_000

/**
 * Polls a deploy until it is done: light status calls with backoff, one progress line per change,
 * one detailed read at the end. Transient errors are retried within the wait budget.
 */
export async function waitForDeploy(
  id: string,
  ports: WaitPorts,
  options: WaitOptions
): Promise<WaitResult> {
  const started = ports.clock.now()
  const poller = new Poller(id, ports, options)
  let delay: number | undefined
  let last: DeployResult | undefined
  let polled = false
  for (;;) {
    const changed = last !== undefined && poller.statusChanged
    delay = nextPollDelay(delay, changed, options.maxIntervalMs, options.random)
    const remaining = started + options.waitMs - ports.clock.now()
    // The status is read at least once: `mode: report` with `wait: 0` reads where the deploy
    // stands, and must not call a finished deploy "still running" without asking the org.
    if (remaining <= 0 && polled) {
      // Every read failed: where the deploy stands is unknown, which is not "still running".
      if (last === undefined) throw unreadStatus(id, poller.lastError, options)
      return { kind: 'timed-out', last }
    }
    await ports.clock.sleep(Math.max(0, Math.min(delay, remaining)))
    polled = true
    const status = await poller.poll(started + options.waitMs)
    if (status === undefined) continue
    last = status
    if (status.done) {
      const final = await readFinal(id, ports, options)
      if (final.done) {
        poller.logFinal(final)
        return { kind: 'done', result: final }
      }
      // The light and the detailed read can reach different servers: the detailed one may not
      // know yet that the deploy ended. It is not over until a detailed read says so.
      poller.noteNotDoneYet(status, final)
      last = final
      continue
    }
    await poller.reportNewFailures(status)
  }
}

/**
 * Reads the final result with details, re-reading when coverage lines race in late: right after
 * completion `locationsNotCovered` can come back empty (forcedotcom/cli#3357).
 */
async function readFinal(
  id: string,
  ports: WaitPorts,
  options: WaitOptions
): Promise<DeployResult> {
  let result = await withRetries(() => ports.api.checkDeployStatus(id, true), ports, options)
  for (let attempt = 1; attempt <= 3 && coverageLinesMissing(result); attempt++) {
    ports.logger.debug(`coverage lines not ready yet; reading details again (${attempt}/3)`)
    await ports.clock.sleep(3_000)
    result = await withRetries(() => ports.api.checkDeployStatus(id, true), ports, options)
  }
  return result
}

function coverageLinesMissing(result: DeployResult): boolean {
  const coverage = result.details?.runTestResult?.coverage ?? []
  return coverage.some((c) => c.numLocationsNotCovered > 0 && c.linesNotCovered.length === 0)
}

/**
 * Retries an idempotent call on transient errors, for at most the error-streak budget. `what`
 * names the call in the warning and the final error (e.g. "Reading the push request").
 */
export async function withRetries<T>(
  call: () => Promise<T>,
  ports: Pick<WaitPorts, 'clock' | 'logger'>,
  options: Pick<WaitOptions, 'maxErrorStreakMs'>,
  what?: string
): Promise<T> {
  const started = ports.clock.now()
  const named = (text: string): string => (what ? `${what}: ${text}` : text)
  for (let attempt = 1; ; attempt++) {
    try {
      return await call()
    } catch (error) {
      if (!(error instanceof TransientError)) throw error
      if (ports.clock.now() - started >= options.maxErrorStreakMs) {
        if (!what) throw streakError(error, options)
        const minutes = Math.round(options.maxErrorStreakMs / 60_000)
        throw new ActionError(
          named(`the org kept failing for ${minutes} minutes (${error.message}).`)
        )
      }
      if (attempt === 1) ports.logger.warning(named(`${error.message}; retrying`))
      // The server's Retry-After wins over the backoff, within what the streak has left.
      const left = options.maxErrorStreakMs - (ports.clock.now() - started)
      await ports.clock.sleep(
        Math.max(0, Math.min(Math.max(transientRetryDelay(attempt), error.retryAfterMs ?? 0), left))
      )
    }
  }
}

function unreadStatus(
  id: string,
  error: TransientError | undefined,
  options: Pick<WaitOptions, 'waitMs'>
): ActionError {
  const limit = Math.round(options.waitMs / 60_000)
  return new ActionError(
    `The status of deploy ${id} could not be read before the ${limit}-minute wait limit ended${error ? ` (${error.message})` : ''}.`
  )
}

function streakError(
  error: TransientError,
  options: Pick<WaitOptions, 'maxErrorStreakMs'>
): ActionError {
  const minutes = Math.round(options.maxErrorStreakMs / 60_000)
  return new ActionError(
    `The org kept failing for ${minutes} minutes (${error.message}); giving up polling.`
  )
}

/** Light polling with progress lines, transient-error streaks and early failure details. */
class Poller {
  private lastLine = ''
  private lastLineAt = 0
  private lastStatus = ''
  statusChanged = false
  private errorStreakStart: number | undefined
  private errorsSeen = 0
  private lastDetailsAt = -Infinity
  /** The last transient error of a status read, for the message when no read succeeded. */
  lastError: TransientError | undefined

  private readonly id: string
  private readonly ports: WaitPorts
  private readonly options: WaitOptions

  constructor(id: string, ports: WaitPorts, options: WaitOptions) {
    this.id = id
    this.ports = ports
    this.options = options
  }

  /** One light status call; undefined after a transient error that is retried later. */
  async poll(deadline: number): Promise<DeployResult | undefined> {
    try {
      const status = await this.ports.api.checkDeployStatus(this.id, false)
      this.endStreak()
      this.statusChanged = status.status !== this.lastStatus
      this.lastStatus = status.status
      // The last line comes from the detailed read, which counts deletions apart.
      if (!status.done) this.logProgress(status)
      return status
    } catch (error) {
      if (!(error instanceof TransientError)) throw error
      this.lastError = error
      await this.onTransient(error, deadline)
      return undefined
    }
  }

  private async onTransient(error: TransientError, deadline: number): Promise<void> {
    const now = this.ports.clock.now()
    if (this.errorStreakStart === undefined) {
      this.errorStreakStart = now
      this.ports.logger.warning(`${error.message}; will keep polling`)
    }
    this.errorsSeen++
    if (now - this.errorStreakStart >= this.options.maxErrorStreakMs)
      throw streakError(error, this.options)
    // The server's Retry-After wins over the backoff, inside the wait budget.
    const pause = Math.max(transientRetryDelay(this.errorsSeen), error.retryAfterMs ?? 0)
    await this.ports.clock.sleep(Math.max(0, Math.min(pause, deadline - now)))
  }

  private flipLogged = false

  /** Logs (once) that the light poll said done but the detailed read did not; polling goes on. */
  noteNotDoneYet(light: DeployResult, detailed: DeployResult): void {
    this.lastStatus = detailed.status
    if (this.flipLogged) return
    this.flipLogged = true
    this.ports.logger.info(
      `The status poll says ${light.status} but the detailed read still says ${detailed.status}; polling on.`
    )
  }

  private endStreak(): void {
    if (this.errorStreakStart !== undefined) this.ports.logger.info('The org answers again.')
    this.errorStreakStart = undefined
    this.errorsSeen = 0
  }

  /** The closing progress line, from the detailed final result. */
  logFinal(result: DeployResult): void {
    this.ports.logger.info(formatProgress(result))
  }

  private logProgress(status: DeployResult): void {
    const line = formatProgress(status)
    const now = this.ports.clock.now()
    if (line !== this.lastLine || now - this.lastLineAt >= HEARTBEAT_MS) {
      this.ports.logger.info(line)
      this.lastLine = line
      this.lastLineAt = now
    }
  }

  private errorCount = 0
  private loggedFailures = 0

  /** When the error counters grow, one detailed call logs the new failures early. */
  async reportNewFailures(status: DeployResult): Promise<void> {
    const count = status.numberComponentErrors + status.numberTestErrors
    const now = this.ports.clock.now()
    if (count <= this.errorCount || now - this.lastDetailsAt < DETAILS_MIN_INTERVAL_MS) return
    this.lastDetailsAt = now
    try {
      const detailed = await this.ports.api.checkDeployStatus(this.id, true)
      const failures = detailed.details?.componentFailures ?? []
      for (const f of failures.slice(this.loggedFailures)) {
        this.ports.logger.info(`  ✗ ${f.componentType} ${f.fullName}: ${f.problem ?? 'failed'}`)
      }
      this.loggedFailures = Math.max(this.loggedFailures, failures.length)
      this.errorCount = count
    } catch (error) {
      if (!(error instanceof TransientError)) throw error
    }
  }
}
