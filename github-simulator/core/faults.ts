/**
 * Scripted faults: a rule matches an operation (and optionally a surface) and fires a given
 * number of times. Kinds: an HTTP answer with any status and body (a 502 from a proxy, a Twirp
 * error, a storage error), or a connection reset.
 */
import type { Surface } from './route.ts'

/** What a fault does. */
export type FaultAction =
  | {
      kind: 'http'
      status: number
      /** Default: `{"message": "Server Error"}` on the API, a Twirp `internal` error on results. */
      body?: string
      headers?: Record<string, string>
    }
  | { kind: 'reset' }

/** A fault rule. */
export type FaultRule = FaultAction & {
  /** Operation name (`createCheckRun`, `CreateArtifact`, `putBlock`, …); absent = every operation. */
  operation?: string
  surface?: Surface
  /** How many matching calls it affects (default 1; `Infinity` = until cleared). */
  times?: number
  /** Let this many matching calls through first (default 0). */
  skip?: number
}

interface LiveRule {
  rule: FaultRule
  remaining: number
  skip: number
}

/** The active fault rules. */
export class FaultRules {
  private rules: LiveRule[] = []

  add(rule: FaultRule): void {
    if (rule.kind === 'http' && !(rule.status >= 100 && rule.status <= 599))
      throw new Error(`faults.add: status must be an HTTP status code, got ${String(rule.status)}`)
    this.rules.push({ rule, remaining: rule.times ?? 1, skip: rule.skip ?? 0 })
  }

  clear(): void {
    this.rules = []
  }

  pending(): FaultRule[] {
    return this.rules.filter((live) => live.remaining > 0).map((live) => live.rule)
  }

  /** The fault for one call, if a rule fires. */
  take(operation: string, surface: Surface): FaultAction | undefined {
    for (const live of this.rules) {
      const { rule } = live
      if (live.remaining <= 0) continue
      if (rule.operation !== undefined && rule.operation !== operation) continue
      if (rule.surface !== undefined && rule.surface !== surface) continue
      if (live.skip > 0) {
        live.skip -= 1
        continue
      }
      live.remaining -= 1
      return rule
    }
    return undefined
  }
}
