/** Names of the values the main step saves for the post step: one list, every key. */
export const STATE = {
  deployId: 'deploy-id',
  checkOnly: 'check-only',
  /** The push request of push-upgrade mode, for the post step's abort. */
  pushRequestId: 'push-request-id',
  /** Set when the main step reached the end of its operation; absent means it was killed. */
  finished: 'finished',
  /** The signal the main step received when the job was cancelled (SIGINT or SIGTERM). */
  jobCancelled: 'job-cancelled',
  /** Compile mode: the MetadataContainer and ContainerAsyncRequest the post step cleans up. */
  compileContainerId: 'compile-container-id',
  compileRequestId: 'compile-request-id'
} as const

export type StateKey = (typeof STATE)[keyof typeof STATE]

/** Saves a value for the post step (core.saveState in the shell). */
export interface StateWriter {
  save(key: StateKey, value: string): void
}
