import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { copyDemoProject, startSim } from './harness.ts'
import { orgSnapshot, runWithUploads } from './retrieve-harness.ts'

const SERVICE_BEFORE = `public with sharing class InvoiceService {
    public static Decimal total(List<Decimal> amounts) {
        Decimal sum = 0;
        for (Decimal amount : amounts) {
            sum += amount;
        }
        return sum;
    }
}
`
const CLASS_META = `<?xml version="1.0" encoding="UTF-8"?>
<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>62.0</apiVersion>
    <status>Active</status>
</ApexClass>
`
// As the org writes it: elements in schema order (fields first), a field the repo does not have,
// and Total__c with another label.
const OBJECT_BEFORE = `<?xml version="1.0" encoding="UTF-8"?>
<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">
    <deploymentStatus>Deployed</deploymentStatus>
    <fields>
        <fullName>Notes__c</fullName>
        <label>Notes</label>
        <length>255</length>
        <type>Text</type>
    </fields>
    <fields>
        <fullName>Total__c</fullName>
        <label>Amount</label>
        <precision>16</precision>
        <scale>2</scale>
        <type>Currency</type>
    </fields>
    <label>Invoice</label>
    <nameField>
        <displayFormat>INV-{0000}</displayFormat>
        <label>Invoice Number</label>
        <type>AutoNumber</type>
    </nameField>
    <pluralLabel>Invoices</pluralLabel>
    <sharingModel>ReadWrite</sharingModel>
</CustomObject>
`
const DUE_FIELD = `<?xml version="1.0" encoding="UTF-8"?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>Due__c</fullName>
    <label>Due</label>
    <type>Date</type>
</CustomField>
`
const PASSING_TEST = `@isTest
private class InvoiceServiceTest {
    @isTest
    static void totalsAmounts() {
        System.assertEquals(6, InvoiceService.total(new List<Decimal>{ 1, 2, 3 }));
    }

    @isTest
    static void appliesTax() {
        System.assertEquals(120, InvoiceService.withTax(100, 0.2));
    }

    @isTest
    static void triggerAddsTax() {
        Invoice__c invoice = new Invoice__c(Total__c = 100);
        insert invoice;
        System.assertNotEquals(null, invoice.Id);
    }
}
`

/** The org before the deploy: an older InvoiceService, the same test class saved with CRLF, the object above. */
function seed(): Map<string, Buffer> {
  const testClass = PASSING_TEST.replace(/\n/g, '\r\n')
  return new Map(
    Object.entries({
      'classes/InvoiceService.cls': SERVICE_BEFORE,
      'classes/InvoiceService.cls-meta.xml': CLASS_META,
      'classes/InvoiceServiceTest.cls': testClass,
      'classes/InvoiceServiceTest.cls-meta.xml': CLASS_META,
      'classes/Untouched.cls': 'public class Untouched {}\n',
      'classes/Untouched.cls-meta.xml': CLASS_META,
      'objects/Invoice__c.object': OBJECT_BEFORE
    }).map(([p, t]) => [p, Buffer.from(t)])
  )
}

/** The demo project plus a new field: trigger and Due__c are new, InvoiceService and Total__c changed. */
function workspace(): string {
  return copyDemoProject({
    'force-app/main/default/classes/InvoiceServiceTest.cls': PASSING_TEST,
    'force-app/main/default/objects/Invoice__c/fields/Due__c.field-meta.xml': DUE_FIELD
  })
}

/** The "What this deploy changes" section up to the end of the rollback snippet. */
function changeSection(summary: string): string {
  const start = summary.indexOf('### What this deploy changes')
  const end = summary.indexOf('</details>', summary.indexOf('Workflow steps to roll back'))
  expect(start).toBeGreaterThanOrEqual(0)
  return `${summary.slice(start, end + '</details>'.length)}\n`
}

describe('deploy with backup, then deploy the rollback', () => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSim({ orgType: 'Production', seedFiles: seed() })
  })
  afterEach(async () => {
    await sim.close()
  })

  it('restores the org exactly, removing what the deploy created', async () => {
    const ws = workspace()
    const before = orgSnapshot(sim)
    const deploy = await runWithUploads(sim, { api: 'soap', 'test-level': 'RunLocalTests' }, ws)
    expect(deploy.failure).toBeUndefined()
    expect(deploy.outputs).toMatchObject({
      status: 'Succeeded',
      'changes-new': '2',
      'changes-changed': '2',
      'changes-unchanged': '2',
      'changes-deleted': '0'
    })
    // backup: auto on a production org is on; the retrieve ran before the deploy was submitted.
    const ops = sim.requests.map((r) => r.operation)
    expect(ops.indexOf('retrieve')).toBeGreaterThan(-1)
    expect(ops.indexOf('retrieve')).toBeLessThan(ops.indexOf('deploy'))
    expect(sim.org.has('ApexTrigger', 'InvoiceTrigger')).toBe(true)
    expect(sim.org.has('CustomField', 'Invoice__c.Due__c')).toBe(true)
    expect(orgSnapshot(sim)).not.toEqual(before)

    const rollbackDir = deploy.outputs['rollback-dir'] ?? ''
    expect(rollbackDir).toBe('sf-deploy-results/rollback')
    const upload = deploy.uploads.find((u) => u.name === deploy.outputs['rollback-artifact'])
    expect(upload?.name).toBe('salesforce-deploy-results-rollback')
    expect([...(upload?.files.keys() ?? [])].sort()).toEqual([
      'classes/InvoiceService.cls',
      'classes/InvoiceService.cls-meta.xml',
      'classes/InvoiceServiceTest.cls',
      'classes/InvoiceServiceTest.cls-meta.xml',
      'destructiveChangesPost.xml',
      'objects/Invoice__c.object',
      'package.xml'
    ])
    const destructive = upload?.files.get('destructiveChangesPost.xml')?.toString('utf8') ?? ''
    expect(destructive).toContain('<members>InvoiceTrigger</members>')
    expect(destructive).toContain('<members>Invoice__c.Due__c</members>')

    const rollback = await runWithUploads(
      sim,
      { api: 'soap', 'metadata-dir': rollbackDir, backup: 'false', 'test-level': 'RunLocalTests' },
      ws
    )
    expect(rollback.failure).toBeUndefined()
    expect(rollback.outputs.status).toBe('Succeeded')
    expect(orgSnapshot(sim)).toEqual(before)
    expect(sim.org.has('ApexTrigger', 'InvoiceTrigger')).toBe(false)
    expect(sim.org.has('CustomField', 'Invoice__c.Due__c')).toBe(false)
  })

  it('writes the rollback for the API version its files were retrieved in', async () => {
    // The package says 62.0 (sourceApiVersion); this org's newest version is 60.0, so the run
    // (and the backup's retrieve) talk to it at 60.0.
    await sim.close()
    sim = await startSim({ orgType: 'Production', seedFiles: seed(), apiVersion: '60.0' })
    const deploy = await runWithUploads(
      sim,
      { api: 'soap', 'test-level': 'RunLocalTests' },
      workspace()
    )
    expect(deploy.failure).toBeUndefined()
    const upload = deploy.uploads.find((u) => u.name === deploy.outputs['rollback-artifact'])
    expect(upload?.files.get('package.xml')?.toString('utf8')).toContain('<version>60.0</version>')
  })

  it('summarises a mixed package (new, changed, unchanged) as in the golden file', async () => {
    const deploy = await runWithUploads(
      sim,
      { api: 'soap', 'test-level': 'RunLocalTests', 'upload-artifact': 'true' },
      workspace()
    )
    expect(deploy.failure).toBeUndefined()
    await expect(changeSection(deploy.summary)).toMatchFileSnapshot(
      '../retrieve/__golden__/mixed-package.changes.md'
    )
  })
})

describe('backup: auto outside production', () => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSim({ orgType: 'Sandbox', seedFiles: seed() })
  })
  afterEach(async () => {
    await sim.close()
  })

  it('takes no backup in a sandbox unless asked', async () => {
    const ws = workspace()
    const off = await runWithUploads(sim, { api: 'soap' }, ws)
    expect(off.failure).toBeUndefined()
    expect(sim.requests.some((r) => r.operation === 'retrieve')).toBe(false)
    expect(off.outputs['rollback-dir']).toBeUndefined()
    expect(off.summary).not.toContain('What this deploy changes')
    const on = await runWithUploads(
      sim,
      { api: 'soap', backup: 'true', 'upload-artifact': 'false' },
      ws
    )
    expect(on.failure).toBeUndefined()
    expect(on.outputs['rollback-dir']).toBe('sf-deploy-results/rollback')
    expect(on.outputs['rollback-artifact']).toBeUndefined()
    expect(on.summary).toContain('not uploaded: upload-artifact is false')
  })
})
