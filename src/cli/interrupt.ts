/**
 * Ctrl-C during a run from the terminal. A deploy already submitted keeps running in the org
 * (and a validation holds its deployment lock), so the CLI asks whether to cancel it there;
 * `--cancel-on-interrupt` cancels without asking, and without a terminal to ask on it is left
 * running with the command that cancels it. The decision is pure; the shell supplies the ports.
 */
import { EXIT } from './exit-code.ts'

/** What the engine's state file says about the deploy (or push request) of this run. */
export interface DeployState {
  deployId?: string
  /** The push request of push-upgrade, which runs in the org on its own once scheduled. */
  pushRequestId?: string
  /** The run reached the end of its operation: nothing is left running. */
  finished: boolean
}

/** The ports an interrupt needs. */
export interface InterruptPorts {
  state(): DeployState
  /** Asks a yes/no question on the terminal; absent when there is none to ask on. */
  ask?: (question: string) => Promise<boolean>
  /** Cancels the deploy in the org; resolves with a line saying what happened. */
  cancel(deployId: string): Promise<string>
  /** Aborts the push request if it has not started; resolves with a line saying what happened. */
  abortPush(requestId: string): Promise<string>
  err(line: string): void
}

/** Handles one Ctrl-C; resolves with the exit code (always "interrupted"). */
export async function handleInterrupt(
  ports: InterruptPorts,
  cancelOnInterrupt: boolean
): Promise<number> {
  const { deployId, pushRequestId, finished } = ports.state()
  if (!deployId && pushRequestId && !finished)
    return interruptPush(ports, pushRequestId, cancelOnInterrupt)
  if (!deployId || finished) {
    ports.err('Interrupted.')
    return EXIT.interrupted
  }
  const cancel =
    cancelOnInterrupt ||
    (ports.ask !== undefined &&
      (await ports.ask(`Interrupted. Cancel deploy ${deployId} in the org? [y/N] `)))
  if (!cancel) {
    ports.err(
      `Interrupted. Deploy ${deployId} keeps running in the org: follow it with \`report --deploy-id ${deployId}\`, ` +
        `cancel it with \`cancel --deploy-id ${deployId}\`.`
    )
    return EXIT.interrupted
  }
  try {
    ports.err(await ports.cancel(deployId))
  } catch (error) {
    ports.err(
      `Could not cancel deploy ${deployId}: ${error instanceof Error ? error.message : String(error)}. ` +
        `Try \`cancel --deploy-id ${deployId}\`, or cancel it in Setup > Deployment Status.`
    )
  }
  return EXIT.interrupted
}

/**
 * Ctrl-C during push-upgrade: a scheduled request upgrades the subscriber orgs whether or not
 * anyone watches, and can be aborted only until it starts. Asked (or done with
 * `--cancel-on-interrupt`) as for a deploy; otherwise the request id and where to abort it.
 */
async function interruptPush(
  ports: InterruptPorts,
  requestId: string,
  cancelOnInterrupt: boolean
): Promise<number> {
  const abort =
    cancelOnInterrupt ||
    (ports.ask !== undefined &&
      (await ports.ask(
        `Interrupted. Abort push request ${requestId} in the org (possible until it starts)? [y/N] `
      )))
  if (!abort) {
    ports.err(
      `Interrupted. Push request ${requestId} keeps going in the org and upgrades the orgs at its start time; ` +
        'abort it before it starts in Setup > Push Upgrade History.'
    )
    return EXIT.interrupted
  }
  try {
    ports.err(await ports.abortPush(requestId))
  } catch (error) {
    ports.err(
      `Could not abort push request ${requestId}: ${error instanceof Error ? error.message : String(error)}. ` +
        'Abort it in Setup > Push Upgrade History.'
    )
  }
  return EXIT.interrupted
}

/** Reads a y/yes answer (any case); everything else, an empty line included, is no. */
export function isYes(answer: string): boolean {
  return /^\s*y(es)?\s*$/i.test(answer)
}
