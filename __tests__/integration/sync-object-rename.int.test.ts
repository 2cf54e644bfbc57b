/**
 * mode: sync through the real run() against the simulator, for a custom object whose folder is
 * renamed in the same commit that removes, adds and renames some of its fields: the org ends with
 * exactly the repository's fields under the new name, the removed ones deleted after the rename.
 */
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { createRepo, D, type TestRepo } from '../delta/git-repo.ts'
import { REPO_ROOT } from '../support/repo-root.ts'
import { runAction, startSim } from './harness.ts'
import { field, syncOrg } from './sync-org.ts'

const OBJECT = (label: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">
    <deploymentStatus>Deployed</deploymentStatus>
    <label>${label}</label>
    <nameField>
        <label>${label} Number</label>
        <type>AutoNumber</type>
        <displayFormat>ORD-{0000}</displayFormat>
    </nameField>
    <pluralLabel>${label}s</pluralLabel>
    <sharingModel>ReadWrite</sharingModel>
</CustomObject>
`

/** The org's Order__c: the object file with its fields inside, as the Metadata API holds it. */
const ORG_ORDER = OBJECT('Order').replace(
  '    <label>Order</label>\n',
  ['Total__c', 'Due__c', 'Memo__c']
    .map(
      (name) =>
        `    <fields>\n        <fullName>${name}</fullName>\n        <label>${name}</label>\n        <length>40</length>\n        <type>Text</type>\n    </fields>\n`
    )
    .join('') + '    <label>Order</label>\n'
)

/**
 * The new field, unlike the removed one: git pairs a deleted and an added file at least half alike
 * as a rename, and two short text fields are that alike.
 */
const PAID = `<?xml version="1.0" encoding="UTF-8"?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>Paid__c</fullName>
    <defaultValue>false</defaultValue>
    <description>Set once the payment is booked.</description>
    <inlineHelpText>Checked by the finance team.</inlineHelpText>
    <label>Paid</label>
    <trackHistory>false</trackHistory>
    <type>Checkbox</type>
</CustomField>
`

const OLD = `${D}/objects/Order__c`
const NEW = `${D}/objects/Purchase__c`

describe('mode: sync, an object renamed with field changes', () => {
  let sim: Simulator
  let repo: TestRepo
  let base: string

  const operations = (name: string): string[] =>
    sim.requests.filter((q) => q.operation === name).map((q) => q.body)
  /** The fields the org's object file holds, by name. */
  const orgFields = (object: string): string[] => {
    const xml =
      sim.org
        .component('CustomObject', object)
        ?.files.get(`objects/${object}.object`)
        ?.toString() ?? ''
    // The org writes a field's fullName anywhere in its element (last, for a CRUD upsert).
    return [...xml.matchAll(/<fields>([\s\S]*?)<\/fields>/g)]
      .map((block) => /<fullName>([^<]+)<\/fullName>/.exec(block[1] ?? '')?.[1] ?? '')
      .sort()
  }

  beforeEach(async () => {
    repo = createRepo(path.join(REPO_ROOT, 'examples', 'demo-project'))
    repo.write(`${OLD}/Order__c.object-meta.xml`, OBJECT('Order'))
    for (const name of ['Total__c', 'Due__c', 'Memo__c'])
      repo.write(`${OLD}/fields/${name}.field-meta.xml`, field(name, name))
    base = repo.commit('the order object')
    sim = await startSim(syncOrg())
    sim.org.seed(new Map([['objects/Order__c.object', Buffer.from(ORG_ORDER)]]))
  })
  afterEach(async () => {
    await sim.close()
    repo.cleanup()
  })

  it('renames the object, deletes the removed field under the new name, adds and renames the others', async () => {
    expect(orgFields('Order__c')).toEqual(['Due__c', 'Memo__c', 'Total__c'])
    // The object and its kept field move as they are; Due__c goes; Memo__c becomes Note__c; Paid__c is new.
    repo.move(`${OLD}/Order__c.object-meta.xml`, `${NEW}/Purchase__c.object-meta.xml`)
    repo.move(`${OLD}/fields/Total__c.field-meta.xml`, `${NEW}/fields/Total__c.field-meta.xml`)
    repo.remove(`${OLD}/fields/Due__c.field-meta.xml`)
    repo.move(`${OLD}/fields/Memo__c.field-meta.xml`, `${NEW}/fields/Note__c.field-meta.xml`)
    repo.write(
      `${NEW}/fields/Note__c.field-meta.xml`,
      repo.read(`${NEW}/fields/Note__c.field-meta.xml`).replace('Memo__c', 'Note__c')
    )
    repo.write(`${NEW}/fields/Paid__c.field-meta.xml`, PAID)
    repo.commit('rename the order to purchase')

    const r = await runAction(sim, { mode: 'sync', 'delta-from': base }, { workspace: repo.dir })

    expect(r.failure).toBeUndefined()
    expect(r.outputs).toMatchObject({ success: 'true', status: 'Succeeded' })
    expect(r.newDeployIds).toEqual([])
    // The org holds exactly the repository's fields, under the new name only.
    expect(sim.org.has('CustomObject', 'Order__c')).toBe(false)
    expect(orgFields('Purchase__c')).toEqual(['Note__c', 'Paid__c', 'Total__c'])
    const renames = operations('renameMetadata')
    expect(renames).toHaveLength(2)
    expect(renames[0]).toContain('<met:oldFullName>Order__c</met:oldFullName>')
    expect(renames[1]).toContain('<met:oldFullName>Purchase__c.Memo__c</met:oldFullName>')
    expect(renames[1]).toContain('<met:newFullName>Purchase__c.Note__c</met:newFullName>')
    const deletes = operations('deleteMetadata')
    expect(deletes).toHaveLength(1)
    expect(deletes[0]).toContain('Purchase__c.Due__c')
    // The deletion is the last call, after the rename and the upserts.
    const calls = sim.requests.map((q) => q.operation).filter((o) => o?.endsWith('Metadata'))
    expect(calls.at(-1)).toBe('deleteMetadata')
    expect(calls.indexOf('renameMetadata')).toBeLessThan(calls.indexOf('upsertMetadata'))
    expect(r.summary).toMatch(
      /`CustomField Purchase__c.Due__c` \| CRUD \(deleteMetadata\) \| deleted \(Order__c.Due__c before its object's rename\)/
    )
    expect(r.summary).toMatch(
      /`CustomField Purchase__c.Paid__c` \| CRUD \(upsertMetadata\) \| created/
    )
    expect(r.summary).toContain('renamed from Purchase__c.Memo__c')
    expect(r.log).toContain('CustomField Purchase__c.Due__c: delete (was Order__c.Due__c)')
  })
})
