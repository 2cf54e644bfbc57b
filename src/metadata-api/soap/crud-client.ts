/**
 * The Metadata API CRUD calls over SOAP: upsertMetadata, deleteMetadata, renameMetadata and
 * readMetadata. Result shapes from the Metadata API Developer Guide, Result Objects:
 * UpsertResult {created, errors, fullName, success} (meta_upsertResult.htm), DeleteResult
 * {errors, fullName, success} (meta_deleteResult.htm), SaveResult {errors, fullName, success}
 * (meta_saveResult.htm, renameMetadata's answer), ReadResult {records: Metadata[]}
 * (meta_readResult.htm); Error {fields, message, statusCode} (meta_error.htm).
 */
import { bool, text } from '../normalize-leaf.ts'
import type { OrgCaller } from '../org-caller.ts'
import type { Leaf } from '../wire.ts'
import * as envelopes from './crud-envelopes.ts'
import type { CrudRecord } from './crud-envelopes.ts'
import { soapCaller } from './soap-client.ts'

export type { CrudRecord } from './crud-envelopes.ts'

/** The most components one CRUD call takes (createMetadata, upsertMetadata, … : "up to 10"). */
export const CRUD_BATCH_LIMIT = 10

/** One error of a CRUD result. */
export interface CrudError {
  statusCode: string
  message: string
  fields: string[]
}

/** The result of one component in a CRUD call. */
export interface CrudResult {
  fullName: string
  success: boolean
  /** upsertMetadata only: the component did not exist before. */
  created?: boolean
  errors: CrudError[]
}

/** A record readMetadata returned: its type and its elements (parsed, attributes dropped). */
export interface ReadRecord {
  type: string
  fullName: string
  fields: Record<string, unknown>
}

/** The CRUD calls. */
export interface CrudApi {
  upsert(records: readonly CrudRecord[]): Promise<CrudResult[]>
  delete(type: string, fullNames: readonly string[]): Promise<CrudResult[]>
  rename(type: string, oldFullName: string, newFullName: string): Promise<CrudResult>
  /** Components the org lacks come back as records with no fullName; they are left out. */
  read(type: string, fullNames: readonly string[]): Promise<ReadRecord[]>
}

export function createSoapCrudApi(caller: OrgCaller, apiVersion: string): CrudApi {
  const call = soapCaller(caller, apiVersion)
  return {
    async upsert(records) {
      return listOf(await call('upsertMetadata', envelopes.upsertMetadataBody(records))).map((r) =>
        crudResult(r, true)
      )
    },
    async delete(type, fullNames) {
      return listOf(
        await call('deleteMetadata', envelopes.deleteMetadataBody(type, fullNames))
      ).map((r) => crudResult(r, false))
    },
    async rename(type, oldFullName, newFullName) {
      const results = listOf(
        await call('renameMetadata', envelopes.renameMetadataBody(type, oldFullName, newFullName))
      )
      return crudResult(results[0], false)
    },
    async read(type, fullNames) {
      const result = await call('readMetadata', envelopes.readMetadataBody(type, fullNames))
      const records = listOf((result as { records?: unknown } | undefined)?.records)
      return records.flatMap((r) => readRecord(r, type))
    }
  }
}

function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null || value === '') return []
  return Array.isArray(value) ? value : [value]
}

function crudResult(value: unknown, upsert: boolean): CrudResult {
  const r = (value ?? {}) as Record<string, Leaf>
  return {
    fullName: text(r.fullName) ?? '',
    success: bool(r.success),
    ...(upsert ? { created: bool(r.created) } : {}),
    errors: listOf(r.errors).map((e) => {
      const error = (e ?? {}) as Record<string, Leaf>
      return {
        statusCode: text(error.statusCode) ?? 'UNKNOWN',
        message: text(error.message) ?? '',
        fields: listOf(error.fields).map((f) => text(f as Leaf) ?? '')
      }
    })
  }
}

function readRecord(value: unknown, type: string): ReadRecord[] {
  if (!value || typeof value !== 'object') return []
  const fields = withoutAttributes(value) as Record<string, unknown>
  const fullName = typeof fields.fullName === 'string' ? fields.fullName : undefined
  // The org answers a name it does not hold with an empty record (`<records xsi:nil>` or no fullName).
  if (!fullName) return []
  const declared = (value as Record<string, unknown>)['@_type']
  return [
    { type: typeof declared === 'string' ? declared.replace(/^\w+:/, '') : type, fullName, fields }
  ]
}

/** The record without its XML attributes (xsi:type, xmlns), text trimmed, for comparing. */
export function withoutAttributes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAttributes)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      if (key.startsWith('@_')) continue
      out[key] = withoutAttributes(item)
    }
    const keys = Object.keys(out)
    if (keys.length === 1 && keys[0] === '#text') return out['#text']
    return out
  }
  return typeof value === 'string' ? value.trim() : value
}
