/**
 * A custom object renamed in the same change that removes, adds or renames some of its fields:
 * renameMetadata takes every field the org holds along to the new name, so the plan deletes the
 * removed ones under the new name, creates the added ones and renames the renamed ones within the
 * renamed object, the rename first and the deletions last. As the delta gives them: the deleted
 * object alone (deleting an object deletes its children, so none is listed), every file of the
 * new folder added, and the old folder's children on the object's rename (git-renames.ts).
 */
import { describe, expect, it } from 'vitest'
import { parseNameStatus, renamesOf } from '../../src/sync/git-renames.ts'
import { planSync } from '../../src/sync/sync-plan.ts'
import { defaultRegistry } from '../../src/source/registry/registry.ts'

const m = (type: string, fullName: string): { type: string; fullName: string } => ({
  type,
  fullName
})
const field = (name: string): { type: string; fullName: string } => m('CustomField', name)
const OBJECT_RENAME = { type: 'CustomObject', from: 'Old__c', to: 'New__c' }
const renamedWith = (...children: { type: string; fullName: string }[]) => ({
  ...OBJECT_RENAME,
  children
})

describe('planSync: an object renamed with field changes', () => {
  it('deletes a field removed during the rename under the new name, after everything else', () => {
    const plan = planSync(
      [m('CustomObject', 'New__c'), field('New__c.Kept__c'), m('ApexClass', 'Svc')],
      [m('CustomObject', 'Old__c')],
      [
        renamedWith(field('Old__c.Kept__c'), field('Old__c.Gone__c')),
        { type: 'CustomField', from: 'Old__c.Kept__c', to: 'New__c.Kept__c' }
      ]
    )
    expect(plan.batches.map((b) => `${b.call} ${b.components.map((c) => c.fullName)}`)).toEqual([
      'rename New__c',
      'upsert New__c',
      'upsert New__c.Kept__c',
      'delete New__c.Gone__c'
    ])
    expect(plan.components.map((c) => `${c.change} ${c.fullName}`)).toEqual([
      'rename New__c',
      'upsert New__c',
      'upsert New__c.Kept__c',
      'upsert Svc',
      'delete New__c.Gone__c'
    ])
    expect(plan.components.at(-1)).toMatchObject({
      type: 'CustomField',
      fullName: 'New__c.Gone__c',
      from: 'Old__c.Gone__c',
      path: 'crud'
    })
  })

  it('creates a field added during the rename and deletes nothing', () => {
    const plan = planSync(
      [m('CustomObject', 'New__c'), field('New__c.Kept__c'), field('New__c.Added__c')],
      [m('CustomObject', 'Old__c')],
      [renamedWith(field('Old__c.Kept__c'))]
    )
    expect(plan.batches.map((b) => `${b.call} ${b.components.map((c) => c.fullName)}`)).toEqual([
      'rename New__c',
      'upsert New__c',
      'upsert New__c.Added__c,New__c.Kept__c'
    ])
  })

  it('renames a field renamed with its object within the renamed object, after it', () => {
    const plan = planSync(
      [m('CustomObject', 'New__c'), field('New__c.Note__c')],
      [m('CustomObject', 'Old__c')],
      // As git lists them: the field's path sorts before the object's file.
      [
        { type: 'CustomField', from: 'Old__c.Memo__c', to: 'New__c.Note__c' },
        renamedWith(field('Old__c.Memo__c'))
      ]
    )
    expect(
      plan.batches.map((b) => [b.call, b.components[0]?.from, b.components[0]?.fullName])
    ).toEqual([
      ['rename', 'Old__c', 'New__c'],
      ['rename', 'New__c.Memo__c', 'New__c.Note__c'],
      ['upsert', undefined, 'New__c'],
      ['upsert', undefined, 'New__c.Note__c']
    ])
  })

  it('never renames a field onto another object when its object is not renamed', () => {
    const plan = planSync(
      [field('Other__c.B__c')],
      [field('Old__c.A__c')],
      [{ type: 'CustomField', from: 'Old__c.A__c', to: 'Other__c.B__c' }]
    )
    expect(plan.batches.map((b) => `${b.call} ${b.components.map((c) => c.fullName)}`)).toEqual([
      'upsert Other__c.B__c',
      'delete Old__c.A__c'
    ])
  })

  it('deletes the removed children of other kinds too, and of an object deleted nothing', () => {
    const plan = planSync(
      [m('CustomObject', 'New__c')],
      [m('CustomObject', 'Old__c'), m('CustomObject', 'Gone__c'), field('Gone__c.A__c')],
      [renamedWith(m('ValidationRule', 'Old__c.Positive'))]
    )
    expect(plan.batches.map((b) => `${b.call} ${b.components.map((c) => c.fullName)}`)).toEqual([
      'rename New__c',
      'upsert New__c',
      'delete New__c.Positive',
      'delete Gone__c'
    ])
  })
})

describe('renamesOf: a field renamed with its object', () => {
  const registry = defaultRegistry()
  const object = {
    from: 'fa/objects/Old__c/Old__c.object-meta.xml',
    to: 'fa/objects/New__c/New__c.object-meta.xml'
  }
  const memo = {
    from: 'fa/objects/Old__c/fields/Memo__c.field-meta.xml',
    to: 'fa/objects/New__c/fields/Note__c.field-meta.xml'
  }

  it('is a rename when the object is renamed in the same change', () => {
    expect(renamesOf([memo, object], registry)).toEqual([
      { type: 'CustomField', from: 'Old__c.Memo__c', to: 'New__c.Note__c' },
      { ...OBJECT_RENAME, children: [field('Old__c.Memo__c')] }
    ])
  })

  it("lists on the object's rename every child its old folder held, renamed or deleted", () => {
    const out = [
      'D',
      'fa/objects/Old__c/fields/Gone__c.field-meta.xml',
      'R100',
      'fa/objects/Old__c/fields/Kept__c.field-meta.xml',
      'fa/objects/New__c/fields/Kept__c.field-meta.xml',
      'R088',
      memo.from,
      memo.to,
      'R095',
      object.from,
      object.to,
      'D',
      'fa/objects/Old__c/validationRules/Positive.validationRule-meta.xml',
      'D',
      'fa/objects/Other__c/fields/X__c.field-meta.xml',
      ''
    ].join('\0')
    const { renamed, deleted } = parseNameStatus(out)
    const renames = renamesOf(renamed, registry, deleted)
    expect(renames.find((r) => r.type === 'CustomObject')?.children).toEqual([
      field('Old__c.Kept__c'),
      field('Old__c.Memo__c'),
      field('Old__c.Gone__c'),
      m('ValidationRule', 'Old__c.Positive')
    ])
  })

  it('is a move (delete + create) when the object is not renamed', () => {
    expect(renamesOf([memo], registry)).toEqual([])
  })
})
