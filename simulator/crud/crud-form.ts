/**
 * Converts between the org's stored metadata-format files and the typed records of the CRUD
 * calls (`<metadata xsi:type="CustomField"><fullName>Invoice__c.Total__c</fullName>…`). A
 * top-level component is its main file's root element; a child (CustomField, ListView, …) is its
 * element inside the parent's file, named without the parent in the file and with it in the record.
 */
import { XMLBuilder } from 'fast-xml-parser'
import { asRecord, MD_NS, parseXml } from '../core/soap-xml.ts'
import type { MetadataType } from '../org/metadata-registry.ts'
import { findChildElement, upsertChildElement } from '../org/xml-children.ts'

const builder = new XMLBuilder({ format: true, indentBy: '    ', suppressEmptyNode: false })

/** The record's elements without XML attributes (xsi:type, xmlns). */
export function recordFields(record: Record<string, unknown>): Record<string, unknown> {
  return stripAttributes(record) as Record<string, unknown>
}

function stripAttributes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripAttributes)
  const record = asRecord(value)
  if (!record) return value
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(record)) {
    if (!key.startsWith('@_')) out[key] = stripAttributes(item)
  }
  return out
}

/** A top-level component's main file from its record (fullName is the file name, not an element). */
export function topLevelFile(type: string, fields: Record<string, unknown>): Buffer {
  const { fullName: _name, ...rest } = fields
  const body = builder.build(rest) as string
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<${type} xmlns="${MD_NS}">\n${indent(body)}</${type}>\n`,
    'utf8'
  )
}

/** The parent's file with the child's element added or replaced. */
export function withChild(
  parentXml: string,
  tag: string,
  childName: string,
  fields: Record<string, unknown>,
  idElement = 'fullName'
): string {
  const element = builder.build({ [tag]: { ...fields, [idElement]: childName } }) as string
  return upsertChildElement(parentXml, tag, childName, indent(element), idElement)
}

/** The record of a top-level component, read from its main file. */
export function recordOfFile(fullName: string, xml: string): Record<string, unknown> {
  const doc = parseXml(xml)
  const root = Object.keys(doc).find((key) => key !== '?xml')
  const fields = recordFields(asRecord(root ? doc[root] : undefined) ?? {})
  return { fullName, ...fields }
}

/** The record of a child component, read from its element in the parent's file. */
export function recordOfChild(
  parentXml: string,
  tag: string,
  childName: string,
  fullName: string,
  idElement = 'fullName'
): Record<string, unknown> | undefined {
  const element = findChildElement(parentXml, tag, childName, idElement)
  if (!element) return undefined
  const fields = recordFields(asRecord(parseXml(element)[tag]) ?? {})
  return idElement === 'fullName' ? { ...fields, fullName } : { fullName, ...fields }
}

/** The child's element tag in its parent's file. */
export function childTag(parent: MetadataType, childType: string): string | undefined {
  return Object.entries(parent.children ?? {}).find(([, type]) => type === childType)?.[0]
}

/** Renders a record as the inner XML of a `<records>` element of readMetadata. */
export function recordXml(fields: Record<string, unknown>): string {
  const { fullName, ...rest } = fields
  return (builder.build({ fullName, ...rest }) as string).replace(/\n\s*/g, '')
}

function indent(xml: string): string {
  return xml
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => `    ${line}\n`)
    .join('')
}
