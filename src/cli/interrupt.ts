/**
 * Ctrl-C during a run from the terminal. A deploy already submitted keeps running in the org
 * (and a validation holds its deployment lock), so the CLI asks whether to cancel it there;
 * `--cancel-on-interrupt` cancels without asking, and without a terminal to ask on it is left
 * running with the command that cancels it. A compile's queued ContainerAsyncRequest is offered
 * the same way (it saves the code when it completes); a compile not submitted yet is stopped and
 * its container deleted without a question. The decision is pure; the shell supplies the ports.
 */
import { EXIT } from './exit-code.ts'

/** What the engine's state file says about the deploy (or push request) of this run. */
export interface DeployState {
  deployId?: string
  /** The push request of push-upgrade, which runs in the org on its own once scheduled. */
  pushRequestId?: string
  /** Compile mode's MetadataContainer and, once submitted, its ContainerAsyncRequest. */
  compile?: CompileIds
  /** The run reached the end of its operation: nothing is left running. */
  finished: boolean
}

/** What a compile has created in the org so far. */
export interface CompileIds {
  containerId: string
  requestId?: string
  /** A check-only request compiles without saving. */
  checkOnly: boolean
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
  /**
   * Stops the compile from creating anything more, aborts its request while it is queued and
   * deletes its container; resolves with a line saying what happened in the org.
   */
  stopCompile(ids: CompileIds): Promise<string>
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
  /** Absent when nothing the user could want is left running: it is stopped without asking. */
  question?: string
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
  if (state.pushRequestId) return pushStop(state.pushRequestId)
  return state.compile ? compileStop(state.compile) : undefined
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

/**
 * A queued ContainerAsyncRequest saves the code when it completes, whether or not the CLI still
 * waits, and can be aborted only while it is queued: "To terminate a queued deployment, set the
 * State field to Aborted" (Tooling API reference, ContainerAsyncRequest). Before it is submitted
 * only the container is there, which nobody wants kept: the compile is stopped without a question.
 */
function compileStop(ids: CompileIds): Stoppable {
  const container = `MetadataContainer ${ids.containerId}`
  if (!ids.requestId)
    return {
      what: `delete ${container}`,
      left: '',
      stop: (ports) => ports.stopCompile(ids),
      byHand:
        'The save was never submitted, so nothing was saved; delete the container through the Tooling API to keep container names free.'
    }
  const request = `ContainerAsyncRequest ${ids.requestId}`
  const runs = ids.checkOnly
    ? 'keeps running in the org (check only: it saves nothing)'
    : 'keeps running in the org and saves the code if it compiles'
  return {
    what: `abort ${request}`,
    question: `Interrupted. Abort ${request} (possible while it is queued) and delete ${container} in the org? [y/N] `,
    left: `Interrupted. ${request} ${runs}; ${container} is left in the org: delete it through the Tooling API once the request ends.`,
    stop: (ports) => ports.stopCompile(ids),
    byHand: `Set its State to Aborted through the Tooling API while it is Queued, and delete ${container}.`
  }
}

/** Asks (or, with `--cancel-on-interrupt`, goes ahead) and stops it, or says how to. */
async function offerToStop(
  ports: InterruptPorts,
  running: Stoppable,
  cancelOnInterrupt: boolean
): Promise<void> {
  const stop =
    running.question === undefined ||
    cancelOnInterrupt ||
    (ports.ask !== undefined && (await ports.ask(running.question)))
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
