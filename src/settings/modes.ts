/** The action's modes, in a module of their own so the parse-*.ts files need not import settings.ts. */

/** What the run does. */
export type Mode =
  | 'deploy'
  | 'validate'
  | 'quick-deploy'
  | 'report'
  | 'cancel'
  | 'build'
  | 'compile'
  | 'push-upgrade'
  | 'retrieve'
  | 'plan'
  | 'sync'
export const MODES: readonly Mode[] = [
  'deploy',
  'validate',
  'quick-deploy',
  'report',
  'cancel',
  'build',
  'compile',
  'push-upgrade',
  'retrieve',
  'plan',
  'sync'
]
