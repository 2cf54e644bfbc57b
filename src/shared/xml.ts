import { XMLParser } from 'fast-xml-parser'

/** Thrown for XML the action refuses to read (DOCTYPE or entity declarations) or cannot parse. */
export class XmlError extends Error {
  override name = 'XmlError'
}

// A DOCTYPE can declare entities that expand without bound or read local files; no Salesforce
// response or metadata file needs one, so any DOCTYPE is refused outright.
const DOCTYPE = /<!DOCTYPE/i

/**
 * Parses XML into plain objects with every leaf as text (so '0.0' and '' stay distinct), namespace
 * prefixes removed, and the listed element names always arrays.
 */
export function parseXml(text: string, arrayNames: ReadonlySet<string> = new Set()): unknown {
  if (DOCTYPE.test(text)) throw new XmlError('XML with a DOCTYPE declaration is refused')
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: false,
    isArray: (name) => arrayNames.has(name)
  })
  try {
    return parser.parse(text.trimStart()) as unknown
  } catch (error) {
    throw new XmlError(`malformed XML: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Escapes text for an XML element or attribute value. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}
