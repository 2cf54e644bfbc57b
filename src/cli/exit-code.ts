/** The CLI's exit codes, as the README's "From your terminal" section lists them. */
export const EXIT = {
  success: 0,
  orgFailure: 1,
  badInput: 2,
  stillRunning: 3,
  interrupted: 130
} as const

/**
 * Statuses of a deploy the org has not finished. Finalizing is the normalised FinalizingDeploy
 * (src/metadata-api/normalize.ts): the last stage, which can no longer be canceled.
 */
const RUNNING = new Set(['Pending', 'InProgress', 'Canceling', 'Finalizing'])

/** The exit code of one engine run (pure). */
export function exitCodeFor(run: {
  inputError: boolean
  failed: boolean
  outputs: Record<string, string>
}): number {
  if (run.inputError || run.outputs.status === 'InvalidInput') return EXIT.badInput
  if (!run.failed) return EXIT.success
  return RUNNING.has(run.outputs.status ?? '') ? EXIT.stillRunning : EXIT.orgFailure
}
