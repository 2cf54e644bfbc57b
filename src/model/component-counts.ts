/**
 * Components and deletions, counted apart. The org's counters (numberComponentsTotal,
 * numberComponentsDeployed) include the members of destructive manifests; the log, the summary
 * and the outputs count what was deployed and what was deleted separately, from the details.
 */
import type { ComponentMessage, DeployResult } from './deploy-result.ts'

export interface ComponentCounts {
  /** Components in the deploy, deletions excluded. */
  total: number
  /** Components the org processed without error, deletions excluded. */
  deployed: number
  /** Members of the destructive manifests the org reported on. */
  deletions: number
}

const DESTRUCTIVE_FILE = /(^|\/)destructiveChanges(Pre|Post)?\.xml$/

/** A message about a deletion: flagged deleted, or a typed message on a destructive manifest. */
export function isDeletion(
  m: Pick<ComponentMessage, 'deleted' | 'componentType' | 'fileName'>
): boolean {
  return m.deleted || (m.componentType !== '' && DESTRUCTIVE_FILE.test(m.fileName))
}

export function componentCounts(
  result: Pick<DeployResult, 'numberComponentsTotal' | 'numberComponentsDeployed' | 'details'>
): ComponentCounts {
  const successes = result.details?.componentSuccesses ?? []
  const failures = result.details?.componentFailures ?? []
  const key = (m: ComponentMessage): string =>
    `${m.componentType}\u0000${m.fullName}\u0000${m.problem ?? ''}`
  const deletedOk = new Set(successes.filter(isDeletion).map(key))
  const deletedFailed = new Set(failures.filter(isDeletion).map(key))
  const deletions = new Set([...deletedOk, ...deletedFailed]).size
  return {
    total: Math.max(0, result.numberComponentsTotal - deletions),
    deployed: Math.max(0, result.numberComponentsDeployed - deletedOk.size),
    deletions
  }
}
