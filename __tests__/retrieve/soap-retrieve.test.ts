import { describe, expect, it } from 'vitest'
import {
  normalizeListMetadata,
  normalizeRetrieveResult
} from '../../src/metadata-api/normalize-retrieve.ts'
import { parseSoapResponse } from '../../src/metadata-api/soap/parse.ts'
import {
  checkRetrieveStatusBody,
  listMetadataBody,
  retrieveBody
} from '../../src/metadata-api/soap/retrieve-envelopes.ts'
import { ARRAY_ELEMENTS } from '../../src/metadata-api/wire.ts'
import { parseXml } from '../../src/shared/xml.ts'

const envelope = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`

/** The operation's result of a SOAP answer (fails the test on a fault). */
function resultOf(xml: string): never {
  const answer = parseSoapResponse(xml)
  if (answer.kind !== 'result') throw new Error(`fault ${answer.code}`)
  return answer.result as never
}

describe('retrieve envelopes', () => {
  it('writes RetrieveRequest in WSDL order with sorted, escaped members', () => {
    const body = retrieveBody({
      apiVersion: '62.0',
      types: new Map([
        ['CustomObject', ['B__c', 'A__c', 'A__c']],
        ['ApexClass', ["O'Brien"]]
      ])
    })
    expect(body).toBe(
      '<met:retrieve><met:retrieveRequest><met:apiVersion>62.0</met:apiVersion><met:singlePackage>false</met:singlePackage>' +
        '<met:unpackaged><met:types><met:members>O&apos;Brien</met:members><met:name>ApexClass</met:name></met:types>' +
        '<met:types><met:members>A__c</met:members><met:members>B__c</met:members><met:name>CustomObject</met:name></met:types>' +
        '<met:version>62.0</met:version></met:unpackaged></met:retrieveRequest></met:retrieve>'
    )
  })
  it('always sends includeZip, and folder before type in a query', () => {
    expect(checkRetrieveStatusBody('09S1', false)).toContain(
      '<met:includeZip>false</met:includeZip>'
    )
    expect(listMetadataBody({ type: 'Report', folder: 'Sales' }, '62.0')).toBe(
      '<met:listMetadata><met:queries><met:folder>Sales</met:folder><met:type>Report</met:type></met:queries><met:asOfVersion>62.0</met:asOfVersion></met:listMetadata>'
    )
  })
})

describe('retrieve normalisation', () => {
  it('reads a pending status with a nil zip', () => {
    const xml = envelope(
      '<checkRetrieveStatusResponse><result><done>false</done><id>09S1</id><status>InProgress</status><success>false</success><zipFile xsi:nil="true"/></result></checkRetrieveStatusResponse>'
    )
    const result = normalizeRetrieveResult(resultOf(xml))
    expect(result).toEqual({
      id: '09S1',
      done: false,
      status: 'InProgress',
      success: false,
      fileProperties: [],
      messages: []
    })
  })
  it('reads a finished result: one entry, the manifest entry, all-zero ids, messages and the zip', () => {
    const zip = Buffer.from('PK-zip-bytes').toString('base64')
    const xml = envelope(
      '<checkRetrieveStatusResponse><result><done>true</done>' +
        '<fileProperties><createdById>0055g00000AAAAAAAA</createdById><fileName>unpackaged/labels/CustomLabels.labels</fileName><fullName>Greeting</fullName><id>000000000000000AAA</id><lastModifiedDate>2026-01-02T03:04:05.000Z</lastModifiedDate><type>CustomLabel</type></fileProperties>' +
        '<id>09S1</id><messages><fileName>unpackaged/package.xml</fileName><problem>Entity of type &apos;ApexClass&apos; named &apos;Gone&apos; cannot be found</problem></messages>' +
        `<status>Succeeded</status><success>true</success><zipFile>${zip}</zipFile></result></checkRetrieveStatusResponse>`
    )
    const result = normalizeRetrieveResult(resultOf(xml))
    expect(result.fileProperties).toEqual([
      {
        type: 'CustomLabel',
        fullName: 'Greeting',
        fileName: 'unpackaged/labels/CustomLabels.labels',
        lastModifiedDate: new Date('2026-01-02T03:04:05.000Z')
      }
    ])
    expect(result.messages).toEqual([
      {
        fileName: 'unpackaged/package.xml',
        problem: "Entity of type 'ApexClass' named 'Gone' cannot be found"
      }
    ])
    expect(Buffer.from(result.zip ?? []).toString()).toBe('PK-zip-bytes')
    expect(result.done && result.success).toBe(true)
  })
  it('reads a Failed result with its error', () => {
    const xml = envelope(
      '<checkRetrieveStatusResponse><result><done>true</done><errorMessage>LIMIT_EXCEEDED: Too many files in retrieve call, limit is: 10000</errorMessage><errorStatusCode>LIMIT_EXCEEDED</errorStatusCode><id>09S1</id><status>Failed</status><success>false</success><zipFile xsi:nil="true"/></result></checkRetrieveStatusResponse>'
    )
    const result = normalizeRetrieveResult(resultOf(xml))
    expect(result).toMatchObject({
      status: 'Failed',
      errorStatusCode: 'LIMIT_EXCEEDED',
      done: true
    })
    expect(result.zip).toBeUndefined()
  })
  it('maps an empty listMetadata answer to [] and a single result to one item', () => {
    const empty = parseSoapResponse(envelope('<listMetadataResponse/>'))
    expect(empty).toEqual({ kind: 'result', result: undefined })
    expect(normalizeListMetadata(undefined)).toEqual([])
    const one = parseSoapResponse(
      envelope(
        '<listMetadataResponse><result><fileName>classes/A.cls</fileName><fullName>A</fullName><id>01p1</id><manageableState>installed</manageableState><namespacePrefix>ns</namespacePrefix><type>ApexClass</type></result></listMetadataResponse>'
      )
    )
    expect(normalizeListMetadata((one as { result: unknown }).result)).toEqual([
      {
        type: 'ApexClass',
        fullName: 'A',
        fileName: 'classes/A.cls',
        id: '01p1',
        manageableState: 'installed',
        namespacePrefix: 'ns'
      }
    ])
  })
  it('keeps fileProperties and messages arrays in the shared parser', () => {
    expect(ARRAY_ELEMENTS.has('fileProperties') && ARRAY_ELEMENTS.has('messages')).toBe(true)
    expect(parseXml('<a><fileProperties/></a>', ARRAY_ELEMENTS)).toEqual({
      a: { fileProperties: [''] }
    })
  })
})
