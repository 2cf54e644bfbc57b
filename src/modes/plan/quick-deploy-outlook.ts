/**
 * Whether merging will be quick-deployable: a trusted validation record of exactly this package
 * content and org exists, the org confirms the validation, no deploy has happened in the org
 * since (the org refuses a quick deploy then), and it is younger than 10 days minus the margin
 * the quick deploy keeps. Pure: the facts come in, the verdict goes out.
 */
import type { DeployResult } from '../../model/deploy-result.ts'
import type { DeployReceipt } from '../../receipt/build-receipt.ts'
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
    }
  | { kind: 'not-eligible'; reason: string; validationId?: string }
  | { kind: 'unknown'; reason: string }

/** The facts the verdict is made of. */
export interface OutlookFacts {
  selection: RecordSelection
  /** The org's view of the chosen record's validation; a string when it could not be read. */
  validation?: DeployResult | string
  /** The newest deploy receipt of the org (a deploy after the validation spoils it). */
  lastReceipt?: DeployReceipt
  nowMs: number
}

/** Judges the outlook. */
export function judgeOutlook(facts: OutlookFacts): QuickDeployOutlook {
  const chosen = facts.selection.chosen
  if (!chosen) {
    const why = facts.selection.passedOver.map((p) => p.reason)
    return {
      kind: 'not-eligible',
      reason:
        why.length > 0
          ? `no usable validation record of this package content: ${why.join('; ')}`
          : 'no validation of this package content was recorded in this org; validate it first'
    }
  }
  const { record, source } = chosen
  if (typeof facts.validation === 'string')
    return {
      kind: 'unknown',
      reason: `the org could not confirm validation ${record.validationId}: ${facts.validation}`
    }
  if (facts.validation) {
    const problems = quickDeployProblems(facts.validation, facts.nowMs)
    if (problems.length > 0)
      return {
        kind: 'not-eligible',
        validationId: record.validationId,
        reason: `validation ${record.validationId}: ${problems.join('; ')}`
      }
  }
  const validatedAt = facts.validation?.completedDate?.toISOString() ?? record.validatedAt
  const receipt = facts.lastReceipt
  if (receipt && Date.parse(receipt.deployedAt) > Date.parse(validatedAt))
    return {
      kind: 'not-eligible',
      validationId: record.validationId,
      reason:
        `deploy ${receipt.deployId} reached the org at ${receipt.deployedAt}, after validation ${record.validationId} (${validatedAt}); ` +
        'the org refuses to quick-deploy a validation once another deploy has happened: validate again'
    }
  return {
    kind: 'eligible',
    validationId: record.validationId,
    artifactName: source.artifactName,
    validatedAt,
    usableUntil: new Date(usableUntil(record)).toISOString(),
    expiresAt: new Date(Date.parse(record.validatedAt) + QUICK_DEPLOY_WINDOW_MS).toISOString()
  }
}
