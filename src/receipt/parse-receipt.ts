/**
 * Reads a deploy receipt back (the drift guard's baseline). The file may come from an artifact or
 * a path a workflow gives, so it is checked field by field before it is believed. Pure.
 */
import { to18 } from '../shared/salesforce-id.ts'
import { RECEIPT_KIND, RECEIPT_VERSION, type DeployReceipt } from './build-receipt.ts'
import type { HashedComponent } from './component-hashes.ts'

/** The receipt, or why the text is not one. */
export type ParsedReceipt = { receipt: DeployReceipt } | { problem: string }

const HASH = /^[0-9a-f]{64}$/

/** Text fields a reader of the receipt relies on, and whether null is allowed. */
const TEXT_FIELDS: [keyof DeployReceipt, boolean][] = [
  ['deployId', false],
  ['commitSha', false],
  ['deployedBy', true]
]

/** Parses and checks a receipt; `label` names the source in problems. */
export function parseReceipt(text: string, label: string): ParsedReceipt {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { problem: `${label} is not JSON.` }
  }
  if (!isObject(data) || data.kind !== RECEIPT_KIND)
    return { problem: `${label} is not a deploy receipt (kind is not ${RECEIPT_KIND}).` }
  if (data.version !== RECEIPT_VERSION)
    return {
      problem: `${label} has receipt version ${String(data.version)}; this action reads version ${RECEIPT_VERSION}.`
    }
  if (typeof data.orgId !== 'string' || !/^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(data.orgId))
    return { problem: `${label} names no valid org id.` }
  if (typeof data.deployedAt !== 'string' || Number.isNaN(Date.parse(data.deployedAt)))
    return { problem: `${label} has no valid deployedAt time.` }
  if (!Array.isArray(data.components) || !data.components.every(isComponent))
    return { problem: `${label} has a malformed components list.` }
  // The drift guard names the baseline by these in its summary and log.
  const field = TEXT_FIELDS.find(([name, optional]) => !isText(data[name], optional))
  if (field) return { problem: `${label} has no valid ${field[0]}.` }
  const receipt = data as unknown as DeployReceipt
  return { receipt: { ...receipt, orgId: to18(receipt.orgId) } }
}

function isComponent(value: unknown): value is HashedComponent {
  return (
    isObject(value) &&
    typeof value.type === 'string' &&
    typeof value.fullName === 'string' &&
    (value.hash === null || (typeof value.hash === 'string' && HASH.test(value.hash)))
  )
}

function isText(value: unknown, nullable: boolean): boolean {
  return typeof value === 'string' || (nullable && value === null)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
