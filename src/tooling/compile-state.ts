/** Names of the values compile mode saves for the post step (core.saveState). */
export const COMPILE_STATE = {
  containerId: 'compile-container-id',
  requestId: 'compile-request-id'
} as const
