/** Workflow command lines written to stdout during the current test file, in order. */
export const workflowCommands: string[] = []
/** Every stdout line (commands included) written during the current test file, in order. */
export const stdoutLines: string[] = []

let installed = false

/** Empties both buffers: test files share a worker, and each starts with its own. */
export function clearCapturedOutput(): void {
  workflowCommands.length = 0
  stdoutLines.length = 0
}

/**
 * Diverts the action's stdout into `stdoutLines` (and `::command::` lines also into
 * `workflowCommands`) instead of printing it, so test output stays readable.
 */
export function captureWorkflowCommands(): void {
  if (installed) return
  installed = true
  const original = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    const lines = text.split('\n')
    const kept = lines.filter((line) => {
      if (line === '') return true
      stdoutLines.push(line)
      if (line.startsWith('::')) {
        workflowCommands.push(line)
        return false
      }
      return false
    })
    if (kept.join('').length === 0) return true
    return (original as (c: string, ...r: unknown[]) => boolean)(kept.join('\n'), ...rest)
  }) as typeof process.stdout.write
}
