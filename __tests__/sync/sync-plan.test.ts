import { describe, expect, it } from 'vitest'
import { planSync } from '../../src/sync/sync-plan.ts'

const m = (type: string, fullName: string): { type: string; fullName: string } => ({
  type,
  fullName
})

describe('planSync', () => {
  it('orders objects before fields before layouts and permission sets, and deletes in reverse', () => {
    const plan = planSync(
      [
        m('PermissionSet', 'Ops'),
        m('Layout', 'Inv__c-Inv'),
        m('CustomField', 'Inv__c.A__c'),
        m('CustomObject', 'Inv__c')
      ],
      [m('CustomField', 'Old__c.B__c'), m('CustomObject', 'Gone__c'), m('Layout', 'Old__c-Old')],
      []
    )
    expect(plan.batches.map((b) => `${b.call} ${b.type}`)).toEqual([
      'upsert CustomObject',
      'upsert CustomField',
      'upsert Layout',
      'upsert PermissionSet',
      'delete Layout',
      'delete CustomField',
      'delete CustomObject'
    ])
  })

  it('splits a type into calls of at most 10', () => {
    const fields = Array.from({ length: 23 }, (_, i) =>
      m('CustomField', `Inv__c.F${String(i).padStart(2, '0')}__c`)
    )
    const plan = planSync(fields, [], [])
    expect(plan.batches.map((b) => b.components.length)).toEqual([10, 10, 3])
  })

  it('sends Apex to the Tooling API, deleted Apex and unknown types to the deploy with a reason', () => {
    const plan = planSync(
      [m('ApexClass', 'Svc'), m('StaticResource', 'Logo')],
      [m('ApexClass', 'OldSvc')],
      []
    )
    expect(plan.tooling.map((c) => c.fullName)).toEqual(['Svc'])
    expect(plan.deploy.map((c) => [c.fullName, c.change])).toEqual([
      ['Logo', 'upsert'],
      ['OldSvc', 'delete']
    ])
    expect(plan.deploy.every((c) => c.reason)).toBe(true)
    expect(plan.batches).toEqual([])
  })

  it('renames instead of delete + create, and a renamed object takes its fields along', () => {
    const plan = planSync(
      [
        m('CustomObject', 'New__c'),
        m('CustomField', 'New__c.A__c'),
        m('CustomField', 'Inv__c.Amount__c')
      ],
      [
        m('CustomObject', 'Old__c'),
        m('CustomField', 'Old__c.A__c'),
        m('CustomField', 'Inv__c.Total__c')
      ],
      [
        { type: 'CustomObject', from: 'Old__c', to: 'New__c' },
        { type: 'CustomField', from: 'Old__c.A__c', to: 'New__c.A__c' },
        { type: 'CustomField', from: 'Inv__c.Total__c', to: 'Inv__c.Amount__c' }
      ]
    )
    expect(
      plan.batches.filter((b) => b.call === 'rename').map((b) => b.components[0]?.from)
    ).toEqual(['Old__c', 'Inv__c.Total__c'])
    expect(plan.batches.some((b) => b.call === 'delete')).toBe(false)
  })

  it('does not delete the fields of an object it deletes', () => {
    const plan = planSync([], [m('CustomObject', 'Gone__c'), m('CustomField', 'Gone__c.A__c')], [])
    expect(plan.components.map((c) => c.fullName)).toEqual(['Gone__c'])
  })
})
