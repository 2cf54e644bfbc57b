import { parseXml, XmlError } from '../../shared/xml.ts'
import { ARRAY_ELEMENTS } from '../wire.ts'

/** A parsed SOAP answer: the operation's `result`, or a fault. */
export type SoapAnswer =
  { kind: 'result'; result: unknown } | { kind: 'fault'; code: string; message: string }

/**
 * Parses a SOAP response body. Faults carry the code without its prefix (`sf:INVALID_SESSION_ID`
 * becomes `INVALID_SESSION_ID`) and the message without the repeated code.
 */
export function parseSoapResponse(body: string): SoapAnswer {
  const doc = parseXml(body, ARRAY_ELEMENTS) as Record<string, unknown>
  const soapBody = (doc.Envelope as Record<string, unknown> | undefined)?.Body as
    Record<string, unknown> | undefined
  if (!soapBody || typeof soapBody !== 'object')
    throw new XmlError('the response is not a SOAP envelope')
  const fault = soapBody.Fault as Record<string, unknown> | undefined
  if (fault) {
    const code = String(fault.faultcode ?? '').replace(/^[A-Za-z]+:/, '')
    const message = String(fault.faultstring ?? '').replace(new RegExp(`^${code}: `), '')
    return { kind: 'fault', code, message }
  }
  const responseName = Object.keys(soapBody).find((k) => !k.startsWith('@_'))
  const response = responseName
    ? (soapBody[responseName] as Record<string, unknown> | string)
    : undefined
  // An empty response element (`<listMetadataResponse/>`, the answer when nothing matches) is a
  // result with nothing in it, also when pretty-printed (only whitespace between the tags).
  if (typeof response === 'string' && response.trim() === '')
    return { kind: 'result', result: undefined }
  if (response === undefined || typeof response !== 'object') {
    throw new XmlError('the SOAP body has no response element')
  }
  // A pretty-printed empty `<result>` element is nothing, not a string of whitespace.
  const result = response.result
  if (typeof result === 'string' && result.trim() === '')
    return { kind: 'result', result: undefined }
  return { kind: 'result', result }
}

/** True for the fault jsforce also treats as an expired session. */
export function isInvalidSessionFault(status: number, body: string): boolean {
  return status === 500 && /<faultcode>[A-Za-z]+:INVALID_SESSION_ID<\/faultcode>/.test(body)
}
