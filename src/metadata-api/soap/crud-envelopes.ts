/**
 * Request bodies of the Metadata API CRUD calls (synchronous since API 30.0). Shapes from the
 * Metadata API Developer Guide, CRUD-Based Calls
 * (developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_crud_based_calls_intro.htm):
 * - upsertMetadata(Metadata[] metadata): `<metadata xsi:type="CustomField">` elements, all of one
 *   type, up to 10 per call (meta_upsertMetadata.htm);
 * - deleteMetadata(string type, string[] fullNames) and readMetadata(string type, string[] fullNames)
 *   (meta_deleteMetadata.htm, meta_readMetadata.htm);
 * - renameMetadata(string type, string oldFullName, string newFullName) (meta_renameMetadata.htm).
 * jsforce sends the same element names (lib/api/metadata.js: `{ metadata }`, `{ type, fullNames }`,
 * `{ type, oldFullName, newFullName }`, the type as `@xsi:type`).
 */
import { escapeXml } from '../../shared/xml.ts'

/** The Metadata API namespace; records carry it as their default namespace. */
export const METADATA_NS = 'http://soap.sforce.com/2006/04/metadata'

/** One component in CRUD form: its type and the inner XML of its `Metadata` element (fullName first). */
export interface CrudRecord {
  type: string
  /** Child elements of the record, unprefixed (the metadata namespace is their default). */
  innerXml: string
}

const el = (name: string, value: string): string => `<met:${name}>${escapeXml(value)}</met:${name}>`

/**
 * One typed record. The record declares the metadata namespace as its default, so the
 * metadata-format elements inside it (written without a prefix) and the `xsi:type` QName both
 * resolve to it.
 */
export function recordElement(name: string, record: CrudRecord): string {
  return `<met:${name} xmlns="${METADATA_NS}" xsi:type="${escapeXml(record.type)}">${record.innerXml}</met:${name}>`
}

export function upsertMetadataBody(records: readonly CrudRecord[]): string {
  return `<met:upsertMetadata>${records.map((r) => recordElement('metadata', r)).join('')}</met:upsertMetadata>`
}

export function deleteMetadataBody(type: string, fullNames: readonly string[]): string {
  return `<met:deleteMetadata>${el('type', type)}${fullNames.map((n) => el('fullNames', n)).join('')}</met:deleteMetadata>`
}

export function readMetadataBody(type: string, fullNames: readonly string[]): string {
  return `<met:readMetadata>${el('type', type)}${fullNames.map((n) => el('fullNames', n)).join('')}</met:readMetadata>`
}

export function renameMetadataBody(type: string, oldFullName: string, newFullName: string): string {
  return `<met:renameMetadata>${el('type', type)}${el('oldFullName', oldFullName)}${el('newFullName', newFullName)}</met:renameMetadata>`
}
