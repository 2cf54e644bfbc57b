/**
 * SOAP serialisation as the org emits it (as in the recorded responses of
 * __tests__/fixtures/vectors): one line, `soapenv` prefix, the
 * metadata namespace as default namespace, elements in WSDL order (alphabetical for every type
 * the simulator emits), optional fields omitted, `xsi:nil` only where a value is `null`, doubles
 * always with a decimal point. Also the lenient request parser (any prefixes, any order).
 */
import { XMLParser } from 'fast-xml-parser'

/** Metadata API namespace (no trailing slash). */
export const MD_NS = 'http://soap.sforce.com/2006/04/metadata'
const ENV_NS = 'http://schemas.xmlsoap.org/soap/envelope/'
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance'

/** A double: rendered `0.0`, `-1.0`, `129.0`, `44.509`. */
export class Dbl {
  readonly value: number
  constructor(value: number) {
    this.value = value
  }
  toString(): string {
    return Number.isInteger(this.value) ? this.value.toFixed(1) : String(this.value)
  }
}

/** Shorthand for a double value. */
export const dbl = (value: number): Dbl => new Dbl(value)

/** Values the renderer understands. `undefined` = omitted, `null` = xsi:nil, `''` = `<x></x>`. */
export type XmlValue = string | number | boolean | null | undefined | Dbl | XmlObject | XmlValue[]
/** An element with child elements, rendered in sorted key order. */
export interface XmlObject {
  [key: string]: XmlValue
}

/** Escapes text content. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** Renders one element (or, for arrays, one element per item; empty arrays render nothing). */
export function renderElement(name: string, value: XmlValue): string {
  if (value === undefined) return ''
  if (Array.isArray(value)) return value.map((item) => renderElement(name, item)).join('')
  if (value === null) return `<${name} xsi:nil="true"/>`
  if (value instanceof Dbl) return `<${name}>${value.toString()}</${name}>`
  if (typeof value === 'object') {
    const keys = Object.keys(value).sort()
    return `<${name}>${keys.map((key) => renderElement(key, value[key])).join('')}</${name}>`
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`
}

/** Wraps body content in the envelope; declares `xsi` only when the body uses `xsi:nil`. */
export function soapEnvelope(bodyContent: string): string {
  const xsi = bodyContent.includes('xsi:nil') ? ` xmlns:xsi="${XSI_NS}"` : ''
  return (
    `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="${ENV_NS}" ` +
    `xmlns="${MD_NS}"${xsi}><soapenv:Body>${bodyContent}</soapenv:Body></soapenv:Envelope>`
  )
}

/** `<opResponse><result>…</result></opResponse>` for an operation. */
export function soapResponse(operation: string, result: XmlValue | XmlValue[]): string {
  const inner = renderElement('result', result)
  return soapEnvelope(
    inner === ''
      ? `<${operation}Response/>`
      : `<${operation}Response>${inner}</${operation}Response>`
  )
}

/**
 * A SOAP fault as the org sends it: `sf` bound to the metadata namespace, `faultstring` = `CODE:
 * message`.
 */
export function soapFault(code: string, message: string, faultcode = `sf:${code}`): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="${ENV_NS}" ` +
    `xmlns:sf="${MD_NS}"><soapenv:Body><soapenv:Fault><faultcode>${escapeXml(faultcode)}</faultcode>` +
    `<faultstring>${escapeXml(faultcode.startsWith('sf:') ? `${code}: ${message}` : message)}</faultstring>` +
    `</soapenv:Fault></soapenv:Body></soapenv:Envelope>`
  )
}

/** A parsed XML node as produced by the lenient parser. */
export type ParsedXml = string | { [key: string]: ParsedXml | ParsedXml[] } | undefined

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true
})

/** Parses any XML document into plain objects with namespace prefixes removed. */
export function parseXml(text: string): Record<string, unknown> {
  return parser.parse(text.trimStart()) as Record<string, unknown>
}

/** The SOAP request: session id and the body's first child (the operation). */
export interface SoapRequest {
  operation: string
  sessionId: string | undefined
  args: Record<string, unknown>
}

/** Parses a SOAP request envelope; throws an Error with a clear message when it is not one. */
export function parseSoapRequest(text: string): SoapRequest {
  const doc = parseXml(text)
  const envelope = asRecord(doc['Envelope'])
  const body = asRecord(envelope?.['Body'])
  if (!body) throw new Error('request body is not a SOAP envelope with a Body element')
  const operation = Object.keys(body).find((key) => !key.startsWith('@_'))
  if (!operation) throw new Error('SOAP Body has no operation element')
  const header = asRecord(envelope?.['Header'])
  const sessionHeader = asRecord(header?.['SessionHeader'])
  return {
    operation,
    sessionId: textOf(sessionHeader?.['sessionId']) ?? undefined,
    args: asRecord(body[operation]) ?? {}
  }
}

/** Object view of a parsed node (undefined for text or absent nodes). */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value))
    return value as Record<string, unknown>
  return undefined
}

/** Text of a parsed leaf: string, `null` for `xsi:nil`, undefined when absent. */
export function textOf(value: unknown): string | null | undefined {
  if (value === undefined) return undefined
  if (Array.isArray(value)) return textOf(value[0])
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  const record = asRecord(value)
  if (!record) return undefined
  if (record['@_nil'] === 'true') return null
  const text = record['#text']
  return typeof text === 'string' ? text : ''
}

/** Parsed values as an array (absent → [], single → [x]). */
export function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

/** Texts of a repeated leaf element. */
export function textsOf(value: unknown): string[] {
  return listOf(value)
    .map((item) => textOf(item))
    .filter((text): text is string => typeof text === 'string' && text !== '')
}

/** SOAP booleans, compared without regard to case (`True` from Python clients). */
export function boolOf(value: unknown): boolean | undefined {
  const text = textOf(value)
  if (text === undefined || text === null || text === '') return undefined
  return text.toLowerCase() === 'true'
}
