/**
 * The drift guard's cheap path for small sets: readMetadata answers in one synchronous call per
 * type (up to 10 names), where a retrieve costs a retrieve, status polls and a zip. The records
 * it returns are written back as the metadata-format files a retrieve of the same components
 * would hold (same paths; a child as its entry in its parent's file), so hashComponents and
 * compareWithOrg treat them exactly as retrieved files.
 */
import type { CrudApi, ReadRecord } from '../metadata-api/soap/crud-client.ts'
import { CRUD_BATCH_LIMIT } from '../metadata-api/soap/crud-client.ts'
import { childTypesOf, type ComponentRef } from '../retrieve/metadata-paths.ts'
import type { Registry } from '../source/registry/registry.ts'
import { crudSourceOf, recordToMetadataXml, rootInner, type CrudSource } from '../sync/crud-form.ts'
import { isCrudType } from '../sync/sync-types.ts'
import { escapeXml } from '../shared/xml.ts'

/** One component to read: where its XML goes in the metadata-format files. */
export interface ReadTarget {
  ref: ComponentRef
  source: CrudSource
}

/**
 * The components to read, or undefined when the set needs a retrieve: more than one call's
 * worth of components, a type the CRUD calls refuse, or a child whose entry cannot be placed
 * without its parent's file (no parent file name, or a fullName that does not name the parent).
 */
export function readPlan(
  refs: readonly ComponentRef[],
  registry: Registry
): ReadTarget[] | undefined {
  if (refs.length === 0 || refs.length > CRUD_BATCH_LIMIT) return undefined
  const out: ReadTarget[] = []
  for (const ref of refs) {
    if (!isCrudType(ref.type)) return undefined
    const source = crudSourceOf(ref.type, ref.fullName, registry)
    if (!source) return undefined
    out.push({ ref, source })
  }
  return out
}

/** What the reads returned, as metadata-format files by path, and how many calls it took. */
export interface ReadFiles {
  files: Map<string, Uint8Array>
  calls: number
}

/** Reads the components (one readMetadata call per type) and writes them as files. */
export async function readOrgFiles(
  targets: readonly ReadTarget[],
  read: CrudApi['read']
): Promise<ReadFiles> {
  const byType = new Map<string, ReadTarget[]>()
  for (const t of targets) byType.set(t.ref.type, [...(byType.get(t.ref.type) ?? []), t])
  const records = new Map<string, ReadRecord>()
  let calls = 0
  for (const [type, group] of byType) {
    calls++
    const answer = await read(
      type,
      group.map((t) => t.ref.fullName)
    )
    for (const r of answer) records.set(`${type}:${r.fullName}`, r)
  }
  return { files: filesOf(targets, records), calls }
}

/** Files by path: each holds its root element with the entries read into it. */
function filesOf(
  targets: readonly ReadTarget[],
  records: ReadonlyMap<string, ReadRecord>
): Map<string, Uint8Array> {
  const parts = new Map<string, { root: string; inner: string[] }>()
  for (const { ref, source } of targets) {
    const record = records.get(`${ref.type}:${ref.fullName}`)
    // A component the org lacks is missing from the files, as it is from a retrieve's zip.
    if (!record) continue
    const root = source.kind === 'top' ? source.type.name : source.parent.name
    const file = parts.get(source.path) ?? { root, inner: [] }
    file.inner.push(source.kind === 'top' ? topInner(record) : childElement(record, source))
    parts.set(source.path, file)
  }
  const out = new Map<string, Uint8Array>()
  for (const [path, { root, inner }] of parts) {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><${root} xmlns="http://soap.sforce.com/2006/04/metadata">${inner.join('')}</${root}>`
    out.set(path, new TextEncoder().encode(xml))
  }
  return out
}

/**
 * A top-level record's elements, without its children's entries: the parent's hash leaves them
 * out, and a child read beside it brings its own entry.
 */
function topInner(record: ReadRecord): string {
  const tags = new Set(childTypesOf(record.type).map((c) => c.tag))
  const own = Object.fromEntries(Object.entries(record.fields).filter(([k]) => !tags.has(k)))
  return rootInner(recordToMetadataXml(record.type, own)) ?? ''
}

/**
 * A child's entry in its parent's file. In the file the entry names itself without the parent
 * (`<fields><fullName>Total__c</fullName>`); the record's fullName carries it (Invoice__c.Total__c).
 */
function childElement(record: ReadRecord, source: CrudSource & { kind: 'child' }): string {
  const id = source.child.uniqueIdElement
  const { fullName: _prefixed, ...rest } = record.fields
  const fields = id === 'fullName' ? { fullName: source.name, ...rest } : rest
  const body = Object.keys(fields).length > 0 ? elementsOf(source.child.tag, fields) : ''
  return `<${source.child.tag}>${body}</${source.child.tag}>`
}

/** The record's elements as XML (recordToMetadataXml keeps fullName out; here it is wanted). */
function elementsOf(tag: string, fields: Record<string, unknown>): string {
  const { fullName, ...rest } = fields
  const head = typeof fullName === 'string' ? `<fullName>${escapeXml(fullName)}</fullName>` : ''
  return head + (rootInner(recordToMetadataXml(tag, rest)) ?? '')
}
