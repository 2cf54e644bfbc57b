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
  const running = stoppableOf(ports.state())
  if (!running) ports.err('Interrupted.')
  else await offerToStop(ports, running, cancelOnInterrupt)
  return EXIT.interrupted
}

/** What keeps running in the org after an interrupt, and how to stop it. */
interface Stoppable {
  question: string
  /** Said when it is left running. */
  left: string
  stop(ports: InterruptPorts): Promise<string>
  /** Said when stopping it failed, after the error. */
  byHand: string
  what: string
}

/** What the run left running in the org, if anything. */
function stoppableOf(state: DeployState): Stoppable | undefined {
  if (state.finished) return undefined
  if (state.deployId) return deployStop(state.deployId)
  return state.pushRequestId ? pushStop(state.pushRequestId) : undefined
}

function deployStop(id: string): Stoppable {
  return {
    what: `cancel deploy ${id}`,
    question: `Interrupted. Cancel deploy ${id} in the org? [y/N] `,
    left:
      `Interrupted. Deploy ${id} keeps running in the org: follow it with \`report --deploy-id ${id}\`, ` +
      `cancel it with \`cancel --deploy-id ${id}\`.`,
    stop: (ports) => ports.cancel(id),
    byHand: `Try \`cancel --deploy-id ${id}\`, or cancel it in Setup > Deployment Status.`
  }
}

/**
 * A scheduled push request upgrades the subscriber orgs whether or not anyone watches, and can be
 * aborted only until it starts.
 */
function pushStop(id: string): Stoppable {
  return {
    what: `abort push request ${id}`,
    question: `Interrupted. Abort push request ${id} in the org (possible until it starts)? [y/N] `,
    left:
      `Interrupted. Push request ${id} keeps going in the org and upgrades the orgs at its start time; ` +
      'abort it before it starts in Setup > Push Upgrade History.',
    stop: (ports) => ports.abortPush(id),
    byHand: 'Abort it in Setup > Push Upgrade History.'
  }
}

/** Asks (or, with `--cancel-on-interrupt`, goes ahead) and stops it, or says how to. */
async function offerToStop(
  ports: InterruptPorts,
  running: Stoppable,
  cancelOnInterrupt: boolean
): Promise<void> {
  const stop = cancelOnInterrupt || (ports.ask !== undefined && (await ports.ask(running.question)))
  if (!stop) return ports.err(running.left)
  try {
    ports.err(await running.stop(ports))
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    ports.err(`Could not ${running.what}: ${why}. ${running.byHand}`)
  }
}

/** Reads a y/yes answer (any case); everything else, an empty line included, is no. */
export function isYes(answer: string): boolean {
  return /^\s*y(es)?\s*$/i.test(answer)
}
