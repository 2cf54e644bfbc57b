/**
 * Conversion between a component's metadata-format XML (what the package builder writes into the
 * deploy package) and the typed record the CRUD calls take and readMetadata returns:
 * `<metadata xsi:type="CustomField"><fullName>Invoice__c.Total__c</fullName>…</metadata>`.
 * The metadata-format root element is the record; its name is the xsi:type and `fullName`, the
 * first element of every Metadata type in the WSDL, is added. A child (a field inside
 * `objects/Invoice__c.object`) is its element in the parent's file, its fullName prefixed with the
 * parent's (`Invoice__c.Total__c`) unless the type names children on their own (CustomLabel). A
 * parent is sent without its children: they are components of their own, sent after it.
 * The file is parsed, and the record written back from its tree: the component's elements go in
 * the order the file has them, with their text as written, and only the record's own `fullName`
 * (a direct child) is replaced, never one nested deeper, such as a picklist value's.
 */
import type { ChildType, MetadataType, Registry } from '../source/registry/registry.ts'
import type { CrudRecord } from '../metadata-api/soap/crud-client.ts'
import { escapeXml } from '../shared/xml.ts'
import { childText } from '../source/recompose.ts'
import { escapeXml as escapeText } from '../source/xml-write.ts'
import { parseXml, type XmlElement, type XmlNode } from '../source/xml.ts'

/** Where the component's XML lives in the package, and how to cut it out. */
export type CrudSource =
  | { kind: 'top'; path: string; type: MetadataType }
  | { kind: 'child'; path: string; child: ChildType; parent: MetadataType; name: string }

/** Finds the metadata-format file (and element) of a component; undefined when it has none. */
export function crudSourceOf(
  type: string,
  fullName: string,
  registry: Registry
): CrudSource | undefined {
  const top = registry.types.get(type)
  if (top) {
    if (!top.suffix) return undefined
    return { kind: 'top', path: `${top.directoryName}/${fullName}.${top.suffix}`, type: top }
  }
  const child = registry.children.get(type)
  const parent = child ? registry.types.get(child.parent) : undefined
  if (!child || !parent?.suffix) return undefined
  if (child.ignoreParentName) {
    // CustomLabel: every label lives in the one CustomLabels file.
    return {
      kind: 'child',
      path: `${parent.directoryName}/${parent.name}.${parent.suffix}`,
      child,
      parent,
      name: fullName
    }
  }
  const dot = fullName.indexOf('.')
  if (dot <= 0) return undefined
  return {
    kind: 'child',
    path: `${parent.directoryName}/${fullName.slice(0, dot)}.${parent.suffix}`,
    child,
    parent,
    name: fullName.slice(dot + 1)
  }
}

/** The record of one component, or why there is none. */
export function toCrudRecord(
  type: string,
  fullName: string,
  xml: string,
  source: CrudSource
): CrudRecord | { error: string } {
  const inner = rootInner(xml)
  if (inner === undefined) return { error: `${source.path} has no root element` }
  const name = `<fullName>${escapeXml(fullName)}</fullName>`
  if (/<\?|<!DOCTYPE|<!ENTITY/i.test(inner))
    return {
      error: `${source.path} holds a processing instruction or a declaration inside its root element`
    }
  // The record is written from this tree, so it is balanced XML by construction: nothing in the
  // file can close the record element or open another operation of the SOAP envelope.
  const root = parsed(xml, source.path)
  if (root === undefined) return { error: `${source.path} is not well-formed XML` }
  if (source.kind === 'top') {
    const children = new Set(source.type.children.map((c) => c.tag))
    const own = root.children.filter((n) => !isElement(n, 'fullName') && !isChildOf(n, children))
    return { type, innerXml: name + compactXml(own) }
  }
  const { tag, uniqueIdElement } = source.child
  const block = root.children.find(
    (n): n is XmlElement => isElement(n, tag) && childText(n, uniqueIdElement) === source.name
  )
  if (block === undefined) return { error: `${source.path} has no <${tag}> named ${source.name}` }
  const own =
    uniqueIdElement === 'fullName'
      ? block.children.filter((n) => !isElement(n, 'fullName'))
      : block.children
  return { type, innerXml: name + compactXml(own) }
}

function parsed(xml: string, path: string): XmlElement | undefined {
  try {
    return parseXml(xml, path)
  } catch {
    return undefined
  }
}

function isElement(node: XmlNode, name: string): node is XmlElement {
  return node.kind === 'element' && node.name === name
}

function isChildOf(node: XmlNode, tags: ReadonlySet<string>): boolean {
  return node.kind === 'element' && tags.has(node.name)
}

/**
 * Nodes as XML without the whitespace between elements, which carries nothing in a record; text
 * and CDATA are kept as written (numeric character references too), comments are left out.
 */
function compactXml(nodes: XmlNode[]): string {
  let out = ''
  for (const node of nodes) {
    if (node.kind === 'text') {
      if (node.value.trim() !== '') out += escapeText(node.value)
    } else if (node.kind === 'cdata') out += `<![CDATA[${node.value}]]>`
    else if (node.kind === 'element') {
      const attrs = node.attrs.map((a) => ` ${a.name}="${escapeText(a.value)}"`).join('')
      out += `<${node.name}${attrs}>${compactXml(node.children)}</${node.name}>`
    }
  }
  return out
}

/** Text between the root element's start and end tags (after the XML declaration). */
export function rootInner(xml: string): string | undefined {
  const start = /<([A-Za-z_][\w.-]*)(\s[^>]*)?>/.exec(xml.replace(/<\?xml[^>]*\?>/, ''))
  if (!start) return undefined
  const body = xml.replace(/<\?xml[^>]*\?>/, '')
  const open = body.indexOf(start[0]) + start[0].length
  const close = body.lastIndexOf(`</${start[1]}>`)
  return close < open ? undefined : body.slice(open, close)
}

/**
 * The other way: a record readMetadata returned (parsed elements) as metadata-format XML, the
 * root named after the type, fullName left out as the file names it. Repeated elements come back
 * as arrays and are written one element per item.
 */
export function recordToMetadataXml(type: string, fields: Record<string, unknown>): string {
  const { fullName: _name, ...rest } = fields
  const body = Object.entries(rest)
    .map(([name, value]) => elementXml(name, value))
    .join('')
  return `<?xml version="1.0" encoding="UTF-8"?><${type} xmlns="http://soap.sforce.com/2006/04/metadata">${body}</${type}>`
}

function elementXml(name: string, value: unknown): string {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value)) return value.map((item) => elementXml(name, item)).join('')
  if (typeof value === 'object')
    return `<${name}>${Object.entries(value as Record<string, unknown>)
      .map(([child, item]) => elementXml(child, item))
      .join('')}</${name}>`
  return `<${name}>${escapeXml(String(value))}</${name}>`
}

/** The record sent as metadata-format XML (for diffs against the org's version). */
export function recordAsMetadataXml(record: CrudRecord): string {
  return `<?xml version="1.0" encoding="UTF-8"?><${record.type} xmlns="http://soap.sforce.com/2006/04/metadata">${record.innerXml.replace(/^<fullName>[^<]*<\/fullName>/, '')}</${record.type}>`
}
