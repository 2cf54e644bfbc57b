/**
 * What Ctrl-C did to a compile in the org, in one line: whether its request was aborted, had
 * already ended (and whether that saved the code), or cannot be confirmed, and whether its
 * container is gone. Pure: the shell does the calls and reads the request afterwards.
 */
import type { CompileCleanup } from '../tooling/abort-compile.ts'
import type { RequestStatus } from '../tooling/compile-model.ts'
import type { CompileIds } from './interrupt.ts'

/** The request as read after the abort, or why it could not be read. */
export type RequestAfter = RequestStatus | { readError: string }

/** The line for a compile stopped at Ctrl-C. */
export function compileStopLine(
  ids: CompileIds,
  cleanup: CompileCleanup,
  after: RequestAfter | undefined
): string {
  const request = ids.requestId
    ? requestLine(ids.requestId, ids.checkOnly, cleanup, after)
    : 'Interrupted before the ContainerAsyncRequest was submitted: nothing was saved to the org.'
  return `${request} ${containerLine(ids.containerId, cleanup.container)}`
}

function requestLine(
  id: string,
  checkOnly: boolean,
  cleanup: CompileCleanup,
  after: RequestAfter | undefined
): string {
  const request = `ContainerAsyncRequest ${id}`
  const state = after && 'state' in after ? after.state : undefined
  if (state === 'Aborted') return `Aborted ${request} in the org: nothing was saved.`
  if (state === 'Completed')
    return checkOnly
      ? `${request} had already completed (check only): nothing was saved.`
      : `${request} had already completed: the code was saved to the org.`
  if (state === 'Failed' || state === 'Error' || state === 'Invalidated')
    return `${request} had already ended ${state}: nothing was saved.`
  return `Could not confirm that ${request} was aborted (${unconfirmed(cleanup, after)}): ${
    checkOnly ? 'being check only, it saves nothing either way' : 'it may still save the code'
  }. Check its State in the org.`
}

/** Why the request's end is not known: what the org answered to the abort and to the read. */
function unconfirmed(cleanup: CompileCleanup, after: RequestAfter | undefined): string {
  const refused =
    cleanup.abort && !cleanup.abort.done ? `the abort failed: ${cleanup.abort.why}; ` : ''
  if (!after) return `${refused}its State was not read`
  if ('readError' in after) return `${refused}reading its State failed: ${after.readError}`
  return `${refused}it is ${after.rawState}`
}

function containerLine(id: string, container: CompileCleanup['container']): string {
  if (!container.done)
    return `Could not delete MetadataContainer ${id}: ${container.why}; delete it through the Tooling API.`
  return container.alreadyGone
    ? `MetadataContainer ${id} was already deleted.`
    : `Deleted MetadataContainer ${id}.`
}
