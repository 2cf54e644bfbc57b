import { ensureArray } from '../shared/arrays.ts'
import { bool, date, nonEmpty, text } from './normalize-leaf.ts'
import type { FileProperties, RetrieveResult, RetrieveStatus } from './retrieve-api.ts'
import type * as wire from './retrieve-wire.ts'

const STATUSES: readonly RetrieveStatus[] = ['Pending', 'InProgress', 'Succeeded', 'Failed']
// Ids that mean "no record": empty or the all-zero id orgs send on CustomLabels entries.
const NO_ID = /^0{15}(A{3})?$/

/** RetrieveResult from the wire: nil zip, `In Progress`, single items and empty ids handled here. */
export function normalizeRetrieveResult(
  raw: wire.RetrieveResult | '' | null | undefined
): RetrieveResult {
  const r = raw && typeof raw === 'object' ? raw : {}
  const status = normalizeStatus(text(r.status))
  const zipText = nonEmpty(r.zipFile)
  const errorMessage = nonEmpty(r.errorMessage)
  const errorStatusCode = nonEmpty(r.errorStatusCode)
  return {
    id: text(r.id) ?? '',
    done: bool(r.done, status === 'Succeeded' || status === 'Failed'),
    status,
    success: bool(r.success),
    ...(errorMessage ? { errorMessage } : {}),
    ...(errorStatusCode ? { errorStatusCode } : {}),
    fileProperties: ensureArray(r.fileProperties).map(normalizeFileProperties),
    messages: ensureArray(r.messages).map((m) => ({
      fileName: text(m.fileName) ?? '',
      problem: text(m.problem) ?? ''
    })),
    ...(zipText ? { zip: new Uint8Array(Buffer.from(zipText.replace(/\s+/g, ''), 'base64')) } : {})
  }
}

function normalizeStatus(value: string | undefined): RetrieveStatus {
  const squeezed = (value ?? '').replace(/\s+/g, '')
  return STATUSES.find((s) => s.toLowerCase() === squeezed.toLowerCase()) ?? 'Pending'
}

/** One FileProperties; `type` nil falls back to '' (callers know the type they asked for). */
export function normalizeFileProperties(raw: wire.FileProperties): FileProperties {
  const id = nonEmpty(raw.id)
  const manageableState = nonEmpty(raw.manageableState)
  const namespacePrefix = nonEmpty(raw.namespacePrefix)
  const lastModifiedByName = nonEmpty(raw.lastModifiedByName)
  const lastModifiedDate = date(raw.lastModifiedDate)
  return {
    type: text(raw.type) ?? '',
    fullName: text(raw.fullName) ?? '',
    fileName: text(raw.fileName) ?? '',
    ...(id && !NO_ID.test(id) ? { id } : {}),
    ...(manageableState ? { manageableState } : {}),
    ...(namespacePrefix ? { namespacePrefix } : {}),
    ...(lastModifiedByName ? { lastModifiedByName } : {}),
    ...(lastModifiedDate ? { lastModifiedDate } : {})
  }
}

/** listMetadata results: none (`<listMetadataResponse/>`), one, or many. */
export function normalizeListMetadata(raw: unknown): FileProperties[] {
  return ensureArray(raw as wire.FileProperties | wire.FileProperties[] | '' | null | undefined)
    .filter((item) => typeof item === 'object')
    .map(normalizeFileProperties)
}
