/**
 * Flaky test methods: a named method fails its next N runs with a transient error (by default
 * the row-lock error real orgs report when parallel tests update the same record), then passes.
 * Deploy test phases and Tooling test runs both consume the same count, so a test that failed in
 * a validation passes when it is re-run, as a real flake does.
 *
 * The message is the text a real org puts in a test failure for a lock timeout
 * ("System.DmlException: Update failed. First exception on row 0 with id …; first error:
 * UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record: []"), as reported in
 * CumulusCI's retry patterns and the Salesforce CLI's issue tracker.
 */
import type { OrgState } from '../org/org-state.ts'

/** The failure a flaky method reports while its count lasts. */
export const ROW_LOCK_MESSAGE =
  'System.DmlException: Update failed. First exception on row 0 with id a0B5g00000ABCDEAAA; first error: UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record: []'

interface Flake {
  remaining: number
  message: string
}

// Keyed by the org object, so every simulator has its own flakes without a field on OrgState.
const FLAKES = new WeakMap<OrgState, Map<string, Flake>>()

function flakesOf(org: OrgState): Map<string, Flake> {
  let flakes = FLAKES.get(org)
  if (!flakes) {
    flakes = new Map()
    FLAKES.set(org, flakes)
  }
  return flakes
}

const keyOf = (className: string, methodName: string): string =>
  `${className}.${methodName}`.toLowerCase()

/** Makes `Class.method` fail its next `times` runs with `message`. */
export function makeFlaky(
  org: OrgState,
  test: string,
  options: { times?: number; message?: string } = {}
): void {
  flakesOf(org).set(test.toLowerCase(), {
    remaining: options.times ?? 1,
    message: options.message ?? ROW_LOCK_MESSAGE
  })
}

/** One run of the method: the transient failure if its count lasts (and uses one up). */
export function consumeFlake(
  org: OrgState,
  className: string,
  methodName: string
): string | undefined {
  const flake = flakesOf(org).get(keyOf(className, methodName))
  if (!flake || flake.remaining <= 0) return undefined
  flake.remaining -= 1
  return flake.message
}
