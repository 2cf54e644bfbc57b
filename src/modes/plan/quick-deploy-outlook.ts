/**
 * Whether merging will be quick-deployable, by the rules the quick deploy on merge applies
 * (src/validation-record/quick-deploy-match.ts, src/deploy/quick-deploy.ts) and the org's own:
 * - a trusted validation record of exactly this package content and org, young enough with the
 *   margin the quick deploy keeps (selectRecord, the same call);
 * - the org confirms that validation covered exactly this package: its components, children,
 *   deletions and tests (confirmWithOrg, the same call, made before judging);
 * - the org's view of it passes the quick deploy's checks (quickDeployProblems, the same call);
 * - it ran Apex tests, and no deploy has happened in the org since (the org refuses otherwise);
 * - drift: fail does not stop the run first (the drift guard runs before the quick deploy).
 * What the plan cannot see (the merge job's inputs, deploys that left no receipt) it says.
 * Pure: the facts come in, the verdict goes out.
 */
import type { DeployResult } from '../../model/deploy-result.ts'
import type { DeployReceipt } from '../../receipt/build-receipt.ts'
import type { DriftChoice } from '../../settings/parse-drift.ts'
import { QUICK_DEPLOY_WINDOW_MS } from '../../model/quick-deploy-window.ts'
import { quickDeployProblems } from '../../deploy/quick-deploy-eligibility.ts'
import { usableUntil, type RecordSelection } from '../../validation-record/select-record.ts'

/** The verdict for the plan. */
export type QuickDeployOutlook =
  | {
      kind: 'eligible'
      validationId: string
      artifactName: string
      validatedAt: string
      /** Last moment the quick deploy on merge will use the record (ISO 8601). */
      usableUntil: string
      /** When the org stops accepting it (10 days after the validation). */
      expiresAt: string
      /** What the plan could not check that could still stop the quick deploy. */
      caveats: string[]
    }
  | { kind: 'not-eligible'; reason: string; validationId?: string }
  | { kind: 'unknown'; reason: string }

/** The facts the verdict is made of. */
export interface OutlookFacts {
  /** The records found, after the org confirmed or disowned them (confirmWithOrg). */
  selection: RecordSelection
  /** The org's view of the chosen record's validation; a string when it could not be read. */
  validation?: DeployResult | string
  /** The newest deploy receipt of the org (a deploy after the validation spoils it). */
  lastReceipt?: DeployReceipt
  /** Why the deploy receipts could not be read: a deploy since the validation may go unseen. */
  receiptsUnread?: string
  /** The drift input and how many drifted components the deploy would overwrite (what drift: fail stops on). */
  drift?: { choice: DriftChoice; drifted: number }
  nowMs: number
}

/** Judges the outlook. */
export function judgeOutlook(facts: OutlookFacts): QuickDeployOutlook {
  const chosen = facts.selection.chosen
  if (!chosen) {
    const why = [...new Set(facts.selection.passedOver.map((p) => p.reason))]
    return {
      kind: 'not-eligible',
      reason:
        why.length > 0
          ? `no usable validation record of this package content: ${why.join('; ')}`
          : 'no validation of this package content was recorded in this org; validate it first'
    }
  }
  const { record, source } = chosen
  const id = record.validationId
  if (typeof facts.validation === 'string')
    return {
      kind: 'unknown',
      reason: `the org could not confirm validation ${id}: ${facts.validation}`
    }
  const refused = facts.validation ? quickDeployProblems(facts.validation, facts.nowMs) : []
  if (refused.length > 0)
    return {
      kind: 'not-eligible',
      validationId: id,
      reason: `validation ${id}: ${refused.join('; ')}`
    }
  const validatedAt = facts.validation?.completedDate?.toISOString() ?? record.validatedAt
  const receipt = facts.lastReceipt
  if (receipt && Date.parse(receipt.deployedAt) > Date.parse(validatedAt))
    return {
      kind: 'not-eligible',
      validationId: id,
      reason:
        `deploy ${receipt.deployId} reached the org at ${receipt.deployedAt}, after validation ${id} (${validatedAt}); ` +
        'the org refuses to quick-deploy a validation once another deploy has happened: validate again'
    }
  const drift = facts.drift
  if (drift?.choice === 'fail' && drift.drifted > 0)
    return {
      kind: 'not-eligible',
      validationId: id,
      reason:
        `${drift.drifted} component${drift.drifted === 1 ? '' : 's'} changed in the org since the last deploy, and drift: fail ` +
        'stops the run before the quick deploy is sent'
    }
  return {
    kind: 'eligible',
    validationId: id,
    artifactName: source.artifactName,
    validatedAt,
    usableUntil: new Date(usableUntil(record)).toISOString(),
    expiresAt: new Date(Date.parse(record.validatedAt) + QUICK_DEPLOY_WINDOW_MS).toISOString(),
    caveats: caveatsOf(facts)
  }
}

function caveatsOf(facts: OutlookFacts): string[] {
  const validation = facts.validation
  return [
    ...(typeof validation === 'object' &&
    validation.runTestsEnabled &&
    validation.numberTestsTotal === 0
      ? ['the validation ran no tests, and production orgs refuse to quick-deploy such validations']
      : []),
    ...(facts.receiptsUnread
      ? [
          `the deploy receipts could not be read (${facts.receiptsUnread}), so a deploy since the validation, which the org refuses, may go unseen`
        ]
      : [])
  ]
}
