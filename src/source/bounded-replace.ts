/**
 * Replacement under a time bound. A `regexToReplace` comes from the repository and JavaScript's
 * backtracking engine can take exponential time on it (`(a+)+$` against a run of `a`s): the
 * build would hang until the job's timeout. Each application runs in a `vm` script with a time
 * limit, which interrupts even a regular expression mid-match, so a slow pattern fails the build
 * naming its entry and the file instead. Replacement text follows `String.prototype.replace`
 * (`$1`, `$&`, `$$`), as the Salesforce CLI's source-deploy-retrieve applies it.
 */
import vm from 'node:vm'

/** Time one regexToReplace may take on one file. Ordinary patterns need microseconds. */
export const REGEX_TIME_LIMIT_MS = 1_000

/** The context and script, made on the first regex replacement (a context costs ~0.5 ms). */
let sandbox: { context: vm.Context; script: vm.Script } | undefined

function bounded(): { context: vm.Context; script: vm.Script } {
  sandbox ??= {
    context: vm.createContext({}),
    // Counts the matches and replaces them in one script, so both are under the limit.
    script: new vm.Script(`{
  let count = 0
  text.replace(find, (m) => { count++; return m })
  result = count === 0 ? text : text.replace(find, replacement)
  matches = count
}`)
  }
  return sandbox
}

/** The outcome of one bounded replacement. */
export type BoundedReplace = { text: string; count: number } | { timedOut: true }

/** Replaces every match of the global `find` in `text`, or reports that it ran out of time. */
export function replaceBounded(
  text: string,
  find: RegExp,
  replacement: string,
  limitMs = REGEX_TIME_LIMIT_MS
): BoundedReplace {
  const { context, script } = bounded()
  Object.assign(context, { text, find, replacement, result: '', matches: 0 })
  try {
    script.runInContext(context, { timeout: limitMs })
    return { text: context.result as string, count: context.matches as number }
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
      return { timedOut: true }
    throw error
  } finally {
    // The file's text is not kept alive by the shared context.
    Object.assign(context, { text: '', result: '' })
    find.lastIndex = 0
  }
}
