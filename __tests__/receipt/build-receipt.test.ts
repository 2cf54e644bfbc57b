import { describe, expect, it } from 'vitest'
import {
  buildReceipt,
  receiptArtifactName,
  serializeReceipt,
  type ReceiptInput
} from '../../src/receipt/build-receipt.ts'
import { hashComponents } from '../../src/receipt/component-hashes.ts'
import { deployResult } from '../support/fakes.ts'

const enc = (text: string): Uint8Array => new TextEncoder().encode(text)

const PACKAGE_XML = `<?xml version="1.0" encoding="UTF-8"?>
<Package xmlns="http://soap.sforce.com/2006/04/metadata">
  <types><members>InvoiceService</members><name>ApexClass</name></types>
  <types><members>Invoice__c</members><name>CustomObject</name></types>
  <version>62.0</version>
</Package>
`
const CLASS_META = `<?xml version="1.0" encoding="UTF-8"?>
<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>62.0</apiVersion>
    <status>Active</status>
</ApexClass>
`
const OBJECT = `<?xml version="1.0" encoding="UTF-8"?>
<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">
    <label>Invoice</label>
    <fields><fullName>Total__c</fullName><type>Number</type></fields>
    <fields><fullName>Due__c</fullName><type>Date</type></fields>
</CustomObject>
`

function files(overrides: Record<string, string> = {}): Map<string, Uint8Array> {
  const all: Record<string, string> = {
    'package.xml': PACKAGE_XML,
    'classes/InvoiceService.cls': 'public class InvoiceService {}\n',
    'classes/InvoiceService.cls-meta.xml': CLASS_META,
    'objects/Invoice__c.object': OBJECT,
    ...overrides
  }
  return new Map(Object.entries(all).map(([p, t]) => [p, enc(t)]))
}

const ORG_ID_15 = '00D000000000001'

function input(overrides: Partial<ReceiptInput> = {}): ReceiptInput {
  return {
    mode: 'deploy',
    result: deployResult({
      id: '0Af000000000009AAA',
      status: 'Succeeded',
      done: true,
      success: true,
      completedDate: new Date('2025-03-01T10:00:00.000Z'),
      createdByName: 'Release Bot',
      details: {
        componentSuccesses: [],
        componentFailures: [],
        runTestResult: {
          numTestsRun: 2,
          numFailures: 0,
          totalTimeMs: 40,
          tests: [
            { className: 'InvoiceServiceTest', methodName: 'totals', outcome: 'Pass', timeMs: 20 },
            { className: 'InvoiceServiceTest', methodName: 'tax', outcome: 'Pass', timeMs: 20 }
          ],
          coverage: [
            {
              name: 'InvoiceService',
              type: 'Class',
              numLocations: 10,
              numLocationsNotCovered: 2,
              linesNotCovered: [3, 4]
            },
            {
              name: 'Empty',
              type: 'Class',
              numLocations: 0,
              numLocationsNotCovered: 0,
              linesNotCovered: []
            }
          ],
          coverageWarnings: []
        }
      }
    }),
    orgId: ORG_ID_15,
    instanceUrl: 'https://example.my.salesforce.com',
    apiVersion: '62.0',
    testLevel: 'RunLocalTests',
    contentHash: 'a'.repeat(64),
    packageFiles: files(),
    run: { commitSha: 'c0ffee', repository: 'acme/app', runId: '77', runAttempt: '2' },
    now: '2025-03-01T11:00:00.000Z',
    ...overrides
  }
}

describe('buildReceipt', () => {
  it('records the org, the commit, the content, the deploy and its test evidence', () => {
    const receipt = buildReceipt(input())
    expect(receipt).toMatchObject({
      kind: 'salesforce-deploy-receipt',
      version: 1,
      orgId: '00D000000000001EAA',
      instanceUrl: 'https://example.my.salesforce.com',
      apiVersion: '62.0',
      mode: 'deploy',
      commitSha: 'c0ffee',
      run: { repository: 'acme/app', id: '77', attempt: '2' },
      contentHash: 'a'.repeat(64),
      validationId: null,
      deployId: '0Af000000000009AAA',
      status: 'Succeeded',
      deployedAt: '2025-03-01T10:00:00.000Z',
      deployedBy: 'Release Bot',
      testLevel: 'RunLocalTests',
      tests: {
        run: 2,
        failures: 0,
        outcome: 'Pass',
        methods: [
          { className: 'InvoiceServiceTest', methodName: 'totals', outcome: 'Pass' },
          { className: 'InvoiceServiceTest', methodName: 'tax', outcome: 'Pass' }
        ]
      },
      // Classes without executable lines are left out of the aggregate, as in the report.
      coverage: {
        percent: 80,
        covered: 8,
        total: 10,
        classes: [{ name: 'InvoiceService', type: 'Class', covered: 8, total: 10 }]
      },
      deleted: []
    })
  })

  it('lists every component with a sha256, child entries apart with their parent', () => {
    const { components } = buildReceipt(input())
    expect(components.map((c) => [c.type, c.fullName, c.parent?.fullName])).toEqual([
      ['ApexClass', 'InvoiceService', undefined],
      ['CustomField', 'Invoice__c.Due__c', 'Invoice__c'],
      ['CustomField', 'Invoice__c.Total__c', 'Invoice__c'],
      ['CustomObject', 'Invoice__c', undefined]
    ])
    for (const c of components) expect(c.hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('hashes normalised content: indentation, declaration, entry order and line endings do not count', () => {
    const reordered = files({
      'objects/Invoice__c.object': `<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata"><fields><type>Date</type><fullName>Due__c</fullName></fields><label>Invoice</label><fields><fullName>Total__c</fullName><type>Number</type></fields></CustomObject>`,
      'classes/InvoiceService.cls': 'public class InvoiceService {}   \r\n\r\n'
    })
    expect(hashComponents(reordered)).toEqual(hashComponents(files()))
  })

  it('changes only the hash of what changed', () => {
    const before = hashComponents(files())
    const after = hashComponents(
      files({
        'objects/Invoice__c.object': OBJECT.replace('<type>Date</type>', '<type>DateTime</type>')
      })
    )
    const changed = after.filter((c, i) => c.hash !== before[i]?.hash).map((c) => c.fullName)
    // The parent's own hash leaves its child entries out, as the change summary compares them.
    expect(changed).toEqual(['Invoice__c.Due__c'])
  })

  it('leaves out a parent the package holds only for listed children (a field-only delta)', () => {
    const fieldOnly = new Map([
      [
        'objects/Invoice__c.object',
        new TextEncoder().encode(
          '<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata"><fields><fullName>Due__c</fullName><type>Date</type></fields></CustomObject>'
        )
      ]
    ])
    const listed = hashComponents(fieldOnly, [
      { type: 'CustomField', fullName: 'Invoice__c.Due__c' }
    ])
    expect(listed.map((c) => `${c.type} ${c.fullName}`)).toEqual(['CustomField Invoice__c.Due__c'])
    // Listed itself, the object is hashed as before.
    const withObject = hashComponents(fieldOnly, [
      { type: 'CustomObject', fullName: 'Invoice__c' },
      { type: 'CustomField', fullName: 'Invoice__c.Due__c' }
    ])
    expect(withObject.map((c) => c.type)).toEqual(['CustomField', 'CustomObject'])
  })

  it('hashes binary files by their bytes', () => {
    const a = hashComponents(
      new Map([['staticresources/logo.resource', new Uint8Array([0, 1, 2])]])
    )
    const b = hashComponents(
      new Map([['staticresources/logo.resource', new Uint8Array([0, 1, 3])]])
    )
    expect(a[0]?.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(a[0]?.hash).not.toBe(b[0]?.hash)
  })

  it('lists the destructive manifest as deleted', () => {
    const receipt = buildReceipt(
      input({
        packageFiles: files({
          'destructiveChangesPost.xml': `<Package xmlns="http://soap.sforce.com/2006/04/metadata"><types><members>OldClass</members><name>ApexClass</name></types></Package>`
        })
      })
    )
    expect(receipt.deleted).toEqual([{ type: 'ApexClass', fullName: 'OldClass' }])
  })

  it('a quick deploy by validation id names the deployed components without hashes', () => {
    const base = input()
    const receipt = buildReceipt({
      ...base,
      mode: 'quick-deploy',
      validationId: '0Af000000000005AAA',
      result: {
        ...base.result,
        details: {
          componentFailures: [],
          componentSuccesses: [
            msg('', 'package.xml'),
            msg('ApexClass', 'InvoiceService'),
            msg('ApexClass', 'InvoiceService'),
            { ...msg('ApexClass', 'OldClass'), deleted: true }
          ]
        }
      },
      packageFiles: undefined,
      contentHash: undefined
    })
    expect(receipt).toMatchObject({
      mode: 'quick-deploy',
      validationId: '0Af000000000005AAA',
      contentHash: null,
      components: [{ type: 'ApexClass', fullName: 'InvoiceService', hash: null }],
      deleted: [{ type: 'ApexClass', fullName: 'OldClass' }],
      tests: { run: 0, failures: 0, outcome: 'NotRun', methods: [] },
      coverage: null
    })
  })

  it('says a failing test run failed, and falls back to the clock without a completion date', () => {
    const base = input()
    const receipt = buildReceipt({
      ...base,
      result: { ...base.result, completedDate: undefined, numberTestErrors: 1, details: undefined },
      run: { commitSha: 'c0ffee' }
    })
    expect(receipt.tests).toEqual({ run: 1, failures: 1, outcome: 'Fail', methods: [] })
    expect(receipt.deployedAt).toBe('2025-03-01T11:00:00.000Z')
    expect(receipt.run).toBeNull()
  })

  it('serialises as indented JSON that parses back to the same receipt', () => {
    const receipt = buildReceipt(input())
    const text = serializeReceipt(receipt)
    expect(text.endsWith('}\n')).toBe(true)
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(receipt)))
  })

  it('names the artifact by the 18-character org id', () => {
    expect(receiptArtifactName(ORG_ID_15)).toBe('sf-receipt-00D000000000001EAA')
  })
})

function msg(componentType: string, fullName: string) {
  return {
    componentType,
    fullName,
    fileName: '',
    success: true,
    created: false,
    changed: true,
    deleted: false
  }
}
