/** Sync mode's one verdict: success, the status output and the failure message (pure). */
import { syncSucceeded, type ComponentResult, type SyncOutcome } from '../../sync/sync-model.ts'

export interface SyncVerdict {
  success: boolean
  /**
   * `Succeeded`, `PartiallyApplied` (something reached the org before a failure), `Failed`, or
   * `InProgress` (its deploy was still running at the wait limit: the org may yet apply it).
   */
  status: 'Succeeded' | 'PartiallyApplied' | 'Failed' | 'InProgress'
  message: string
}

const APPLIED = new Set(['created', 'changed', 'renamed', 'deleted', 'saved', 'deployed'])

/** `rollbackDir`: the backup's rollback package (workspace-relative), when backup ran. */
export function syncVerdict(outcome: SyncOutcome, rollbackDir?: string): SyncVerdict {
  if (outcome.inputErrors.length > 0)
    return {
      success: false,
      status: 'Failed',
      message: `Sync sent nothing: ${outcome.inputErrors.join('; ')}`
    }
  if (syncSucceeded(outcome)) return { success: true, status: 'Succeeded', message: '' }
  const applied = outcome.results.filter((r) => APPLIED.has(r.state))
  const failed = outcome.results.filter((r) => r.state === 'failed')
  const deploying = outcome.results.filter((r) => r.state === 'deploying')
  if (deploying.length > 0) return stillDeploying(outcome, applied, deploying)
  const lines = [
    `Sync stopped: ${outcome.stoppedBecause ?? 'a component failed'}.`,
    ...failed.map((r) => `${r.type} ${r.fullName}: ${r.detail ?? 'failed'}`),
    applied.length > 0
      ? `Applied before the failure (CRUD calls are not transactional; these stay in the org): ${applied.map((r) => `${r.type} ${r.fullName}`).join(', ')}.`
      : 'Nothing was applied.',
    ...(applied.length > 0 && rollbackDir
      ? [
          `To undo, deploy the rollback package the backup wrote before sync changed anything: mode: deploy with metadata-dir: ${rollbackDir}.`
        ]
      : [])
  ]
  return {
    success: false,
    status: applied.length > 0 ? 'PartiallyApplied' : 'Failed',
    message: lines.join('\n')
  }
}

/** The deploy outlived the wait: it is neither applied nor failed, and the message says how to follow it. */
function stillDeploying(
  outcome: SyncOutcome,
  applied: ComponentResult[],
  deploying: ComponentResult[]
): SyncVerdict {
  const id = outcome.deploy?.deployId ?? '(unknown id)'
  const names = (list: ComponentResult[]): string =>
    list.map((r) => `${r.type} ${r.fullName}`).join(', ')
  return {
    success: false,
    status: 'InProgress',
    message: [
      `Sync stopped at the wait limit: the Metadata API deploy ${id} was still running and continues in the org, so it may yet apply ${names(deploying)}.`,
      `Follow it with mode: report and deploy-id: ${id}, or stop it with mode: cancel.`,
      ...(applied.length > 0
        ? [`Applied before the deploy (these stay in the org): ${names(applied)}.`]
        : [])
    ].join('\n')
  }
}

/** True for states that changed the org. */
export function isApplied(state: string): boolean {
  return APPLIED.has(state)
}
