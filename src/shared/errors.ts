/** Base class for failures the action expects and explains; `run()` prints only `message`. */
export class ActionError extends Error {
  override name = 'ActionError'
}

/** One or more bad inputs, all reported at once before any network call. */
export class InputError extends ActionError {
  override name = 'InputError'
  /** One line per problem: the input, the value (never a secret), what was expected. */
  readonly problems: string[]
  /** Problems of the package, found by building it while the inputs were checked. */
  readonly buildProblems: string[]
  constructor(problems: string[], buildProblems: string[] = []) {
    super(
      `${problems.length === 1 ? 'An input is' : `${problems.length} inputs are`} invalid:\n` +
        problems.map((p) => `  - ${p}`).join('\n') +
        (buildProblems.length > 0
          ? `\nThe package could not be built either (${buildProblems.length} problem${buildProblems.length === 1 ? '' : 's'}):\n` +
            buildProblems.map((p) => `  - ${p}`).join('\n')
          : '')
    )
    this.problems = problems
    this.buildProblems = buildProblems
  }
}

/** Authentication failed; the message says what to check in the org or the secret. */
export class AuthError extends ActionError {
  override name = 'AuthError'
}

/** A Salesforce API call failed with a fault or an error status. */
export class ApiError extends ActionError {
  override name = 'ApiError'
  /** Salesforce error code without the `sf:` prefix, e.g. INVALID_SESSION_ID. */
  readonly code: string
  /** HTTP status of the failed response, 0 for network errors. */
  readonly status: number
  constructor(code: string, message: string, status: number) {
    super(code ? `${code}: ${message}` : message)
    this.code = code
    this.status = status
  }
}

// Faults the org answers at its door, before doing any work: the API request limit and an
// instance that takes no requests. UNKNOWN_EXCEPTION is not one of them: it is the org's
// unhandled internal error, which can come after the deploy was created.
const REFUSED_BEFORE_WORK = new Set(['REQUEST_LIMIT_EXCEEDED', 'SERVER_UNAVAILABLE'])

/** A network-level or server-side failure worth retrying for idempotent calls. */
export class TransientError extends ActionError {
  override name = 'TransientError'
  /** True when the request provably never reached the server (connection refused, DNS). */
  readonly notSent: boolean
  /** Salesforce error code when the org itself answered with a retryable fault. */
  readonly code: string | undefined
  /** How long the server asked to wait before the next try (its Retry-After header). */
  readonly retryAfterMs: number | undefined
  constructor(message: string, notSent = false, code?: string, retryAfterMs?: number) {
    super(message)
    this.notSent = notSent
    this.code = code
    this.retryAfterMs = retryAfterMs
  }

  /** True when repeating even a non-idempotent call cannot create a second deploy. */
  get safeToRepeat(): boolean {
    return this.notSent || (this.code !== undefined && REFUSED_BEFORE_WORK.has(this.code))
  }

  /**
   * The org answered with a fault after taking the request on (UNKNOWN_EXCEPTION): it may have
   * created the deploy first, so ask it what it created before repeating.
   */
  get mayHaveCreated(): boolean {
    return this.code !== undefined && !REFUSED_BEFORE_WORK.has(this.code)
  }
}

/** The deploy outlived the `wait` input; it keeps running in the org. */
export class WaitLimitError extends ActionError {
  override name = 'WaitLimitError'
}

/** Turns anything thrown into one line for `setFailed`. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
