/**
 * The Metadata API's custom-field notice: a retrieve of 90% or more of the 45,000 custom fields
 * one deploy takes comes back with a notice (the simulator models it); the retrieve plan keeps
 * every request below it.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { estimateFromPackage } from '../../src/retrieve/package-members.ts'
import { MAX_RETRIEVE_CUSTOM_FIELDS, planChunks } from '../../src/retrieve/plan-chunks.ts'
import {
  countCustomFields,
  customFieldNotice
} from '../../simulator/retrieve/custom-field-notice.ts'
import { startSimulator, type Simulator } from '../../simulator/index.ts'

function objectWith(fields: number): string {
  const entries = Array.from(
    { length: fields },
    (_, i) =>
      `<fields><fullName>F${i}__c</fullName><label>F</label><type>Text</type><length>5</length></fields>`
  )
  return `<?xml version="1.0" encoding="UTF-8"?><CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">${entries.join('')}<label>X</label></CustomObject>`
}

describe('custom fields per retrieve', () => {
  let sim: Simulator | undefined
  afterEach(async () => {
    await sim?.close()
    sim = undefined
  })

  it('the simulator adds its notice from 90% of 45,000 fields on, not below', () => {
    const big = new Map([
      ['objects/A__c.object', Buffer.from(objectWith(20_000))],
      ['objects/B__c.object', Buffer.from(objectWith(20_500))]
    ])
    expect(countCustomFields(big)).toBe(40_500)
    expect(customFieldNotice(big)?.problem).toContain(
      '40500 custom fields, 90% or more of the 45000'
    )
    big.set('objects/B__c.object', Buffer.from(objectWith(20_499)))
    expect(customFieldNotice(big)).toBeUndefined()
  })

  it('a retrieve of the org returns the notice among its messages', async () => {
    sim = await startSimulator()
    // Written straight into the store: seeding would index 40,500 children first.
    const stamp = { userId: sim.org.users[0]?.id ?? '', userName: 'Admin', at: 0 }
    for (const [name, count] of [
      ['A__c', 20_000],
      ['B__c', 20_500]
    ] as const) {
      const file = `objects/${name}.object`
      sim.context.org.upsert(
        { type: 'CustomObject', fullName: name, mainFile: file, isFolder: false },
        new Map([[file, Buffer.from(objectWith(count))]]),
        stamp
      )
    }
    const engine = sim.context.retrieves
    const job = engine.submit(
      {
        apiVersion: '62.0',
        singlePackage: true,
        specificFiles: [],
        packageNames: [],
        unpackaged: { types: new Map([['CustomObject', ['A__c', 'B__c']]]), version: '62.0' }
      },
      sim.org.users[0] as never,
      sim.clock.now()
    )
    await sim.clock.advance(60_000)
    engine.status(job, sim.clock.now())
    expect(job.outcome?.messages.map((m) => m.problem).join('\n')).toContain(
      '90% or more of the 45000'
    )
  })

  it('the plan splits objects whose fields would reach the notice, and counts a field once', () => {
    const files = new Map<string, Uint8Array>([
      ['objects/A__c.object', Buffer.from(objectWith(25_000))],
      ['objects/B__c.object', Buffer.from(objectWith(25_000))],
      ['objects/C__c.object', Buffer.from(objectWith(10))]
    ])
    const members = [
      { type: 'CustomObject', fullName: 'A__c' },
      { type: 'CustomObject', fullName: 'B__c' },
      { type: 'CustomObject', fullName: 'C__c' },
      { type: 'CustomField', fullName: 'C__c.F1__c' }
    ]
    const estimate = estimateFromPackage(files, members)
    expect(estimate({ type: 'CustomObject', fullName: 'A__c' }).customFields).toBe(25_000)
    expect(estimate({ type: 'CustomField', fullName: 'C__c.F1__c' }).customFields).toBeUndefined()
    expect(estimate({ type: 'CustomField', fullName: 'D__c.F1__c' }).customFields).toBe(1)
    const chunks = planChunks(members, estimate)
    expect(chunks.map((c) => c.map((m) => m.fullName))).toEqual([
      ['A__c'],
      ['B__c', 'C__c', 'C__c.F1__c']
    ])
    expect(MAX_RETRIEVE_CUSTOM_FIELDS).toBeLessThan(45_000 * 0.9)
  })
})
