/**
 * Fidelity check of the simulator's CRUD calls: unmodified jsforce upserts, reads, renames and
 * deletes metadata, and the org state the calls change is the one deploy and retrieve use.
 */
import jsforce from 'jsforce'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Simulator, startSimulator } from '../../simulator/index.ts'
import { API } from './support.ts'

const OBJECT = `<?xml version="1.0" encoding="UTF-8"?>
<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">
    <fields>
        <fullName>Total__c</fullName>
        <label>Total</label>
        <type>Number</type>
    </fields>
    <label>Invoice</label>
    <pluralLabel>Invoices</pluralLabel>
</CustomObject>
`

let sim: Simulator
let conn: jsforce.Connection

beforeEach(async () => {
  sim = await startSimulator({
    seedFiles: new Map([['objects/Invoice__c.object', Buffer.from(OBJECT)]])
  })
  conn = new jsforce.Connection({
    instanceUrl: sim.baseUrl,
    accessToken: sim.accessToken,
    version: API
  })
})
afterEach(async () => {
  await sim.close()
})

describe('jsforce metadata CRUD against the simulator', () => {
  it('upserts a new field and an existing one, with created telling them apart', async () => {
    const results = await conn.metadata.upsert('CustomField', [
      { fullName: 'Invoice__c.Due__c', label: 'Due', type: 'Date' },
      { fullName: 'Invoice__c.Total__c', label: 'Grand total', type: 'Number' }
    ] as never)
    expect(results).toEqual([
      expect.objectContaining({ fullName: 'Invoice__c.Due__c', success: true, created: true }),
      expect.objectContaining({ fullName: 'Invoice__c.Total__c', success: true, created: false })
    ])
    const file = sim.org
      .component('CustomObject', 'Invoice__c')
      ?.files.get('objects/Invoice__c.object')
    expect(file?.toString()).toContain('<label>Grand total</label>')
    expect(file?.toString()).toContain('<fullName>Due__c</fullName>')
    expect(file?.toString()).toContain('<pluralLabel>Invoices</pluralLabel>')
  })

  it('reads a field, and an empty record for a name the org lacks', async () => {
    const read = (await conn.metadata.read('CustomField', [
      'Invoice__c.Total__c',
      'Invoice__c.Nope__c'
    ])) as never as { fullName?: string; label?: string }[]
    expect(read).toHaveLength(2)
    expect(read[0]).toMatchObject({ fullName: 'Invoice__c.Total__c', label: 'Total' })
    expect(read[1]?.fullName).toBeUndefined()
  })

  it('renames and deletes a field', async () => {
    const renamed = await conn.metadata.rename(
      'CustomField',
      'Invoice__c.Total__c',
      'Invoice__c.Sum__c'
    )
    expect(renamed).toMatchObject({ success: true, fullName: 'Invoice__c.Sum__c' })
    expect(sim.org.has('CustomField', 'Invoice__c.Sum__c')).toBe(true)
    expect(sim.org.has('CustomField', 'Invoice__c.Total__c')).toBe(false)
    const deleted = await conn.metadata.delete('CustomField', [
      'Invoice__c.Sum__c',
      'Invoice__c.Nope__c'
    ])
    expect(deleted).toEqual([
      expect.objectContaining({ fullName: 'Invoice__c.Sum__c', success: true }),
      expect.objectContaining({ fullName: 'Invoice__c.Nope__c', success: false })
    ])
    expect(sim.org.has('CustomField', 'Invoice__c.Sum__c')).toBe(false)
  })

  it('creates only what is new and updates only what exists', async () => {
    const created = await conn.metadata.create('CustomField', [
      { fullName: 'Invoice__c.Total__c', label: 'Again', type: 'Number' },
      { fullName: 'Invoice__c.Note__c', label: 'Note', type: 'Text', length: '40' }
    ] as never)
    expect(created).toEqual([
      expect.objectContaining({ fullName: 'Invoice__c.Total__c', success: false }),
      expect.objectContaining({ fullName: 'Invoice__c.Note__c', success: true })
    ])
    const updated = await conn.metadata.update('CustomField', [
      { fullName: 'Invoice__c.Nope__c', label: 'Nope', type: 'Text' }
    ] as never)
    expect(updated).toEqual([expect.objectContaining({ success: false })])
    expect(JSON.stringify(updated)).toContain('INVALID_CROSS_REFERENCE_KEY')
  })

  it('faults on more than 10 components in one call', async () => {
    const many = Array.from({ length: 11 }, (_, i) => ({
      fullName: `Invoice__c.F${i}__c`,
      label: 'F',
      type: 'Text'
    }))
    await expect(conn.metadata.upsert('CustomField', many as never)).rejects.toThrow(
      /EXCEEDED_ID_LIMIT/
    )
  })

  it('refuses Apex classes per component: they go through deploy', async () => {
    const result = await conn.metadata.upsert('ApexClass', {
      fullName: 'Foo',
      apiVersion: '62.0'
    } as never)
    expect(result).toMatchObject({ success: false, fullName: 'Foo' })
    expect(JSON.stringify(result)).toContain('INVALID_TYPE')
  })

  it('upserts a top-level component a later retrieve returns', async () => {
    const result = await conn.metadata.upsert('PermissionSet', {
      fullName: 'Invoicing',
      label: 'Invoicing',
      hasActivationRequired: 'false'
    } as never)
    expect(result).toMatchObject({ success: true, created: true })
    const file = sim.org
      .component('PermissionSet', 'Invoicing')
      ?.files.get('permissionsets/Invoicing.permissionset')
    expect(file?.toString()).toContain('<label>Invoicing</label>')
  })
})
