/**
 * readMetadata's answer, written back as metadata-format files, must hash as the same
 * components retrieved do, or the drift guard would report drift (or miss it) depending on how
 * many components it checks. Both go through the real SOAP clients to the org simulator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Session } from '../../src/auth/session.ts'
import { detectDrift } from '../../src/drift/detect-drift.ts'
import { readOrgFiles, readPlan } from '../../src/drift/read-org-files.ts'
import { renderDriftSection } from '../../src/drift/render-drift.ts'
import { buildReceipt } from '../../src/receipt/build-receipt.ts'
import { createUndiciTransport } from '../../src/http/undici-transport.ts'
import { OrgCaller } from '../../src/metadata-api/org-caller.ts'
import { createSoapCrudApi, type CrudApi } from '../../src/metadata-api/soap/crud-client.ts'
import { createSoapRetrieveApi } from '../../src/metadata-api/soap/retrieve-client.ts'
import { hashComponents } from '../../src/receipt/component-hashes.ts'
import type { ComponentRef } from '../../src/retrieve/metadata-paths.ts'
import { retrieveComponents } from '../../src/retrieve/retrieve-components.ts'
import { ApiError } from '../../src/shared/errors.ts'
import { MemoryLogger } from '../../src/shared/logger.ts'
import { defaultRegistry } from '../../src/source/registry/registry.ts'
import type { Simulator } from '../../simulator/index.ts'
import { simClock, startSim } from '../integration/harness.ts'
import { deployResult } from '../support/fakes.ts'

const API = '62.0'
let sim: Simulator
let caller: OrgCaller
let crud: CrudApi

beforeAll(async () => {
  sim = await startSim()
  const http = createUndiciTransport()
  const connection = { instanceUrl: sim.baseUrl, accessToken: sim.issueAccessToken() }
  const session = new Session(connection, {
    auth: { kind: 'access-token', accessToken: connection.accessToken, instanceUrl: sim.baseUrl },
    http,
    clock: simClock(sim),
    onToken: () => undefined
  } as unknown as ConstructorParameters<typeof Session>[1])
  caller = new OrgCaller(session, http)
  crud = createSoapCrudApi(caller, API)
  const results = [
    ...(await crud.upsert([
      {
        type: 'CustomObject',
        innerXml:
          '<fullName>Invoice__c</fullName><deploymentStatus>Deployed</deploymentStatus><label>Invoice &amp; bill</label>' +
          '<nameField><label>Invoice Number</label><type>AutoNumber</type><displayFormat>INV-{0000}</displayFormat></nameField>' +
          '<pluralLabel>Invoices</pluralLabel><sharingModel>ReadWrite</sharingModel>'
      }
    ])),
    ...(await crud.upsert([
      {
        type: 'CustomField',
        innerXml:
          '<fullName>Invoice__c.Total__c</fullName><label>Total</label><precision>16</precision><scale>2</scale><type>Currency</type>'
      },
      {
        type: 'CustomField',
        innerXml:
          '<fullName>Invoice__c.Status__c</fullName><label>Status</label><type>Picklist</type>' +
          '<valueSet><valueSetDefinition><sorted>false</sorted><value><fullName>Open</fullName><default>true</default><label>Open</label></value>' +
          '<value><fullName>Paid</fullName><default>false</default><label>Paid</label></value></valueSetDefinition></valueSet>'
      }
    ])),
    // Labels live in the one CustomLabels file, which must exist first.
    ...(await crud.upsert([
      { type: 'CustomLabels', innerXml: '<fullName>CustomLabels</fullName>' }
    ])),
    ...(await crud.upsert([
      {
        type: 'CustomLabel',
        innerXml:
          '<fullName>Greeting</fullName><language>en_US</language><protected>false</protected><shortDescription>Greeting</shortDescription><value>Hello &lt;you&gt;</value>'
      }
    ])),
    ...(await crud.upsert([
      {
        type: 'PermissionSet',
        innerXml:
          '<fullName>Billing</fullName><label>Billing</label>' +
          '<fieldPermissions><editable>true</editable><field>Invoice__c.Total__c</field><readable>true</readable></fieldPermissions>' +
          '<fieldPermissions><editable>false</editable><field>Invoice__c.Status__c</field><readable>true</readable></fieldPermissions>'
      }
    ]))
  ]
  expect(results.filter((r) => !r.success)).toEqual([])
})
afterAll(async () => {
  await sim.close()
})

const REFS: ComponentRef[] = [
  { type: 'CustomObject', fullName: 'Invoice__c' },
  { type: 'CustomField', fullName: 'Invoice__c.Total__c' },
  { type: 'CustomField', fullName: 'Invoice__c.Status__c' },
  { type: 'CustomLabel', fullName: 'Greeting' },
  { type: 'PermissionSet', fullName: 'Billing' }
]

async function retrievedHashes(refs: readonly ComponentRef[]) {
  const retrieved = await retrieveComponents(
    refs,
    { api: createSoapRetrieveApi(caller, API), clock: simClock(sim), logger: new MemoryLogger() },
    {
      apiVersion: API,
      wait: { waitMs: 600_000, maxIntervalMs: 1_000, maxErrorStreakMs: 60_000, random: () => 0 }
    }
  )
  return hashComponents(retrieved.files, refs)
}

async function readHashes(refs: readonly ComponentRef[]) {
  const plan = readPlan(refs, defaultRegistry())
  if (!plan) throw new Error('expected a read plan')
  const read = await readOrgFiles(plan, (type, names) => crud.read(type, names))
  return { hashes: hashComponents(read.files, refs), calls: read.calls }
}

const wanted = (refs: readonly ComponentRef[]) => (h: ComponentRef) =>
  refs.some((r) => r.type === h.type && r.fullName === h.fullName)

describe('readMetadata in the drift check', () => {
  it('hashes every component as the same component retrieved', async () => {
    const retrieved = (await retrievedHashes(REFS)).filter(wanted(REFS))
    const read = await readHashes(REFS)
    expect(retrieved).toHaveLength(REFS.length)
    expect(read.hashes.filter(wanted(REFS))).toEqual(retrieved)
    // One readMetadata call per type.
    expect(read.calls).toBe(4)
  })

  it('hashes a child read alone as the child retrieved alone', async () => {
    for (const ref of REFS.slice(1)) {
      const retrieved = (await retrievedHashes([ref])).filter(wanted([ref]))
      const read = (await readHashes([ref])).hashes.filter(wanted([ref]))
      expect(read).toEqual(retrieved)
      expect(read[0]?.hash).toMatch(/^[0-9a-f]{64}$/)
    }
  })

  it('leaves a component the org lacks out of the files, as a retrieve does', async () => {
    const ref = { type: 'CustomField', fullName: 'Invoice__c.Gone__c' }
    expect((await readHashes([ref])).hashes).toEqual([])
  })

  it('plans a read only for up to 10 components of types the CRUD calls take', () => {
    const registry = defaultRegistry()
    expect(readPlan(REFS, registry)).toHaveLength(5)
    expect(readPlan([...REFS, { type: 'ApexClass', fullName: 'A' }], registry)).toBeUndefined()
    const eleven = Array.from({ length: 11 }, (_, i) => ({
      type: 'CustomLabel',
      fullName: `L${i}`
    }))
    expect(readPlan(eleven.slice(0, 10), registry)).toHaveLength(10)
    expect(readPlan(eleven, registry)).toBeUndefined()
    // A field named without its object cannot be placed in the object's file.
    expect(readPlan([{ type: 'CustomField', fullName: 'Total__c' }], registry)).toBeUndefined()
    expect(readPlan([], registry)).toBeUndefined()
  })

  it('finds the same drift, with the same diffs, as the retrieve path', async () => {
    const enc = (text: string) => new TextEncoder().encode(text)
    const packageFiles = new Map([
      [
        'package.xml',
        enc(
          '<?xml version="1.0" encoding="UTF-8"?><Package xmlns="http://soap.sforce.com/2006/04/metadata">' +
            '<types><members>Invoice__c</members><name>CustomObject</name></types>' +
            '<types><members>Invoice__c.Total__c</members><name>CustomField</name></types>' +
            '<version>62.0</version></Package>'
        )
      ],
      [
        'objects/Invoice__c.object',
        enc(
          '<?xml version="1.0" encoding="UTF-8"?>\n<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
            '    <deploymentStatus>Deployed</deploymentStatus>\n' +
            '    <fields>\n        <fullName>Total__c</fullName>\n        <label>Total</label>\n' +
            '        <precision>16</precision>\n        <scale>2</scale>\n        <type>Currency</type>\n    </fields>\n' +
            '    <label>Invoice</label>\n' +
            '    <nameField>\n        <label>Invoice Number</label>\n        <type>AutoNumber</type>\n' +
            '        <displayFormat>INV-{0000}</displayFormat>\n    </nameField>\n' +
            '    <pluralLabel>Invoices</pluralLabel>\n    <sharingModel>ReadWrite</sharingModel>\n</CustomObject>\n'
        )
      ]
    ])
    // A receipt from before the org's components were written, so both are modified since.
    const receipt = buildReceipt({
      mode: 'deploy',
      result: deployResult({ completedDate: new Date('2000-01-01T00:00:00Z') }),
      orgId: '00D5g0000000SIMEA2',
      packageFiles,
      run: { commitSha: 'abc' },
      now: '2000-01-01T00:00:00Z'
    })
    const input = {
      receipt,
      packageFiles,
      apiVersion: API,
      wait: { waitMs: 600_000, maxIntervalMs: 1_000, maxErrorStreakMs: 60_000, random: () => 0 }
    }
    const base = {
      api: createSoapRetrieveApi(caller, API),
      clock: simClock(sim),
      logger: new MemoryLogger()
    }
    const viaRetrieve = await detectDrift(input, base)
    const viaRead = await detectDrift(input, { ...base, read: (t, n) => crud.read(t, n) })
    expect(viaRetrieve.retrieveIds).toHaveLength(1)
    expect(viaRead).toMatchObject({ retrieveIds: [], readCalls: 2, retrieved: 2 })
    expect(viaRead.drifted).toEqual(viaRetrieve.drifted)
    // The label the org holds differs from the package's; the field does not.
    expect(viaRead.drifted.map((d) => `${d.type}:${d.fullName}`)).toEqual([
      'CustomObject:Invoice__c'
    ])
    const section = (report: typeof viaRead) =>
      renderDriftSection({ report, receipt, source: 'receipt', level: 'warn' })
        .split('\n')
        .filter((line) => !line.startsWith('Checked '))
    expect(section(viaRead)).toEqual(section(viaRetrieve))
    // A read the org refuses falls back to the retrieve, and says so.
    const refused = await detectDrift(input, {
      ...base,
      read: () => Promise.reject(new ApiError('INVALID_TYPE', 'not readable', 500))
    })
    expect(refused.retrieveIds).toHaveLength(1)
    expect(refused.drifted).toEqual(viaRetrieve.drifted)
    expect(refused.notes.some((n) => n.startsWith('readMetadata refused the check'))).toBe(true)
  })
})
