/**
 * Scripted faults: rules match an operation (and optionally a transport) and fire a given number
 * of times. Kinds: an HTTP status with an arbitrary body (502/503 bursts, HTML maintenance pages),
 * a connection reset, latency (wall-clock ms), or an API error by code (UNKNOWN_EXCEPTION,
 * REQUEST_LIMIT_EXCEEDED, INVALID_SESSION_ID, …) rendered in the route's protocol; by default
 * before the route runs, with `afterHandling` after it (the work done, the answer lost).
 */
import type { Transport } from './route.ts'

/** What a fault does. */
export type FaultAction =
  | { kind: 'http'; status: number; body?: string; contentType?: string }
  | { kind: 'reset' }
  | { kind: 'latency'; ms: number }
  | { kind: 'error'; code: string; message?: string }

/** A fault rule. */
export type FaultRule = FaultAction & {
  /** Operation name (`checkDeployStatus`, `deploy`, `token`, …); absent = every operation. */
  operation?: string
  transport?: Transport
  /** How many matching calls it affects (default 1; `Infinity` = until cleared). */
  times?: number
  /** Let this many matching calls through first (default 0). */
  skip?: number
  /**
   * The route handles the call first (a deploy is created), then the fault replaces its answer:
   * an org that failed after doing the work. Default false: the call is refused before any work.
   */
  afterHandling?: boolean
}

interface LiveRule {
  rule: FaultRule
  remaining: number
  skip: number
}

/** Default messages of the error codes the simulator knows. */
export const ERROR_MESSAGES: Record<string, string> = {
  UNKNOWN_EXCEPTION:
    'An unexpected error occurred. Please include this ErrorId if you contact support: 193357600-12117',
  REQUEST_LIMIT_EXCEEDED: 'TotalRequests Limit exceeded.',
  INVALID_SESSION_ID: 'Invalid Session ID found in SessionHeader: Illegal Session',
  INVALID_QUERY_LOCATOR: 'invalid query locator',
  INSUFFICIENT_ACCESS: 'use of the Metadata API requires a user with the ModifyAllData permission'
}

/** The list of active fault rules. */
export class FaultRules {
  private rules: LiveRule[] = []

  /** Adds a rule. */
  add(rule: FaultRule): void {
    if (rule.kind === 'http' && !(rule.status >= 100 && rule.status <= 599)) {
      throw new Error(`faults.add: status must be an HTTP status code, got ${String(rule.status)}`)
    }
    this.rules.push({ rule, remaining: rule.times ?? 1, skip: rule.skip ?? 0 })
  }

  /** Removes every rule. */
  clear(): void {
    this.rules = []
  }

  /** Rules still waiting to fire. */
  pending(): FaultRule[] {
    return this.rules.filter((live) => live.remaining > 0).map((live) => live.rule)
  }

  /** Consumes the faults for one call: every matching latency, then at most one other action. */
  take(operation: string, transport: Transport): FaultRule[] {
    const actions: FaultRule[] = []
    let terminal = false
    for (const live of this.rules) {
      const { rule } = live
      if (live.remaining <= 0) continue
      if (rule.operation !== undefined && rule.operation !== operation) continue
      if (rule.transport !== undefined && rule.transport !== transport) continue
      if (rule.kind !== 'latency' && terminal) continue
      if (live.skip > 0) {
        live.skip -= 1
        continue
      }
      live.remaining -= 1
      actions.push(rule)
      if (rule.kind !== 'latency') terminal = true
    }
    this.rules = this.rules.filter((live) => live.remaining > 0)
    return actions
  }
}
