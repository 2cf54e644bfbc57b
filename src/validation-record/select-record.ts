/**
 * Picks the validation record a quick deploy uses: among the records found for this package, the
 * newest one that is for the same content, the same org, successful and still young enough. Every
 * other record gets the reason it was passed over, for the summary.
 */
import { QUICK_DEPLOY_WINDOW_MS } from '../deploy/quick-deploy-eligibility.ts'
import type { ValidationRecord } from './record.ts'
import { sameOrg } from './org-id.ts'

/**
 * Records are not used in their last hour: the quick deploy may wait in the org's queue before it
 * starts, and the runner's clock may differ from the org's.
 */
export const EXPIRY_SAFETY_MARGIN_MS = 60 * 60 * 1000

/** Where a record came from. */
export interface RecordSource {
  artifactId: number
  artifactName: string
  /** Workflow run that uploaded it. */
  runId?: number
  /** Uploaded by a run for a fork (pull requests from forks can upload artifacts with any name). */
  fromFork: boolean
  /** GitHub has deleted the artifact's contents (retention passed). */
  expired: boolean
}

/** A record found for the package: parsed, or the reason it could not be read. */
export interface FoundRecord {
  source: RecordSource
  record?: ValidationRecord
  problem?: string
}

/** What the quick deploy is for. */
export interface RecordTarget {
  contentHash: string
  orgId: string
  nowMs: number
}

/** The record chosen (if any) and why each other one was not. */
export interface RecordSelection {
  chosen?: { source: RecordSource; record: ValidationRecord }
  passedOver: { source: RecordSource; reason: string; record?: ValidationRecord }[]
}

/** Last moment a record is used: 10 days after the validation, minus the safety margin. */
export function usableUntil(record: ValidationRecord): number {
  return Date.parse(record.validatedAt) + QUICK_DEPLOY_WINDOW_MS - EXPIRY_SAFETY_MARGIN_MS
}

/** Chooses the newest usable record for the target. */
export function selectRecord(found: FoundRecord[], target: RecordTarget): RecordSelection {
  const passedOver: RecordSelection['passedOver'] = []
  const usable: { source: RecordSource; record: ValidationRecord }[] = []
  for (const item of found) {
    const reason = rejection(item, target)
    if (reason !== undefined || !item.record) {
      passedOver.push({
        source: item.source,
        reason: reason ?? 'no record',
        ...(item.record ? { record: item.record } : {})
      })
    } else usable.push({ source: item.source, record: item.record })
  }
  usable.sort((a, b) => newer(b, a))
  const [chosen, ...older] = usable
  for (const o of older) {
    passedOver.push({
      source: o.source,
      record: o.record,
      reason: `validation ${o.record.validationId} is older than ${chosen?.record.validationId ?? ''}, which was chosen`
    })
  }
  return { ...(chosen ? { chosen } : {}), passedOver }
}

function rejection(item: FoundRecord, target: RecordTarget): string | undefined {
  if (item.source.expired) return 'the artifact has expired (its retention period passed)'
  if (item.source.fromFork)
    return 'it was uploaded by a workflow run for a fork, which is not trusted'
  if (item.problem !== undefined) return item.problem
  const record = item.record
  if (!record) return 'the artifact holds no record'
  if (record.contentHash !== target.contentHash) {
    return `it is for other package contents (${record.contentHash.slice(0, 12)}…, this package is ${target.contentHash.slice(0, 12)}…)`
  }
  if (!sameOrg(record.orgId, target.orgId))
    return `validation ${record.validationId} ran in another org (${record.orgId}, this org is ${target.orgId})`
  if (record.status !== 'Succeeded')
    return `validation ${record.validationId} did not succeed (status ${record.status})`
  const until = usableUntil(record)
  if (target.nowMs >= until) {
    const expires = new Date(Date.parse(record.validatedAt) + QUICK_DEPLOY_WINDOW_MS).toISOString()
    return (
      `validation ${record.validationId} is too old: it completed ${record.validatedAt} and can be quick-deployed until ${expires}; ` +
      `records are not used in the last ${EXPIRY_SAFETY_MARGIN_MS / 60_000} minutes`
    )
  }
  return undefined
}

function newer(
  a: { source: RecordSource; record: ValidationRecord },
  b: { source: RecordSource; record: ValidationRecord }
): number {
  const byTime = Date.parse(a.record.validatedAt) - Date.parse(b.record.validatedAt)
  return byTime !== 0 ? byTime : a.source.artifactId - b.source.artifactId
}
