/** The inputs of push-upgrade mode alone, in action.yml's order. */
export const PUSH_INPUT_NAMES = [
  'package-version-id',
  'package-id',
  'package-version',
  'orgs',
  'orgs-file',
  'exclude-orgs',
  'org-types',
  'org-statuses',
  'min-version',
  'start-time',
  'max-orgs',
  'dry-run',
  'fail-threshold'
] as const

/** Every input of action.yml, in its order; a test keeps the two in step. */
export const INPUT_NAMES = [
  'mode',
  'auth-url',
  'jwt-key',
  'client-id',
  'username',
  'login-url',
  'access-token',
  'instance-url',
  'allow-custom-instance-host',
  'project-dir',
  'source-dir',
  'metadata-dir',
  'manifest',
  'pre-destructive-changes',
  'post-destructive-changes',
  'ignore-unknown',
  'allow-empty-deploy',
  'test-level',
  'run-tests',
  'ignore-warnings',
  'rollback-on-error',
  'purge-on-delete',
  'api',
  'api-version',
  'wait',
  'poll-interval-max',
  'validation-id',
  'deploy-id',
  'cancel-on-timeout',
  'cancel-on-job-cancel',
  'coverage-threshold',
  'coverage-formats',
  'results-dir',
  'upload-artifact',
  'artifact-name',
  'check-run',
  'pr-comment',
  'github-token',
  'compile-files',
  'check-only',
  'compile-fallback',
  ...PUSH_INPUT_NAMES,
  'quick-deploy-fallback',
  'validation-record',
  'validation-record-events',
  'validation-record-branches',
  'validation-record-workflows',
  'delta-from',
  'delta-to',
  'delta-base',
  'destructive-timing',
  'missing-tests',
  'backup',
  'retrieve-manifest',
  'drift',
  'drift-baseline',
  'attest',
  'on-no-tests',
  'test-retries',
  'retry-validation',
  'flaky-tests',
  'patch-coverage-threshold',
  'flow-coverage-threshold'
] as const

export type InputName = (typeof INPUT_NAMES)[number]

/** Every output of action.yml, in its order. */
export const OUTPUT_NAMES = [
  'deploy-id',
  'status',
  'success',
  'components-total',
  'components-deployed',
  'components-deleted',
  'component-errors',
  'tests-run',
  'tests-failed',
  'validated-id',
  'quick-deploy-id',
  'package-path',
  'package-xml-path',
  'results-dir',
  'junit-path',
  'coverage-path',
  'summary-json-path',
  'compile-method',
  'compile-request-id',
  'compile-fallback-reason',
  'compile-queue-ms',
  'compile-duration-ms',
  'push-request-id',
  'push-status',
  'push-orgs-selected',
  'push-orgs-scheduled',
  'push-orgs-rejected',
  'push-succeeded',
  'push-failed',
  'push-canceled',
  'push-in-progress',
  'push-failures-path',
  'content-hash',
  'validation-record',
  'validation-record-artifact',
  'quick-deploy-fallback-reason',
  'has-changes',
  'delta-components',
  'delta-deletions',
  'selected-tests',
  'rollback-artifact',
  'rollback-dir',
  'changes-new',
  'changes-changed',
  'changes-unchanged',
  'changes-deleted',
  'retrieve-dir',
  'retrieve-zip',
  'receipt-path',
  'drifted-components',
  'receipt-attestation-id',
  'receipt-attestation-url',
  'tests-flaky',
  'patch-coverage'
] as const

export type OutputName = (typeof OUTPUT_NAMES)[number]

/** Inputs whose values are secrets: masked as soon as they are read. */
export const SECRET_INPUTS: readonly InputName[] = [
  'auth-url',
  'jwt-key',
  'access-token',
  'github-token'
]

/**
 * The raw inputs as the runner gives them, plus the text of files named by path-valued secret
 * inputs (read by the adapter, so parsing stays pure).
 */
export interface RawInputs {
  values: Record<InputName, string>
  /** `jwt-key` given as a path: its content, or the reason it could not be read. */
  jwtKeyFile?: { path: string; text?: string; error?: string }
  /**
   * `orgs-file` inside the workspace: its content, or the reason it could not be read. Read by the
   * adapter so the org list is checked with every other input, before signing in.
   */
  orgsFile?: { path: string; text?: string; error?: string }
  /**
   * When the run starts (ms since the epoch), to refuse a push start-time already past. Left out
   * by the post step, which must not fail on a time that passed while the push ran.
   */
  now?: number
  /**
   * Whether the files and folders path inputs name must exist now: set for the main step. The
   * post step reads the inputs again at the end of the job, when a generated file may be gone,
   * and must still stop what the main step left running.
   */
  checkFiles?: boolean
  /** The workspace root (GITHUB_WORKSPACE), against which relative paths resolve. */
  workspace: string
}
