import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DeltaBuild } from '../../src/delta/delta-build.ts'
import { createRepo, delta, membersOf, text, type TestRepo } from './git-repo.ts'

// A component kept in two package directories: removing one copy must not delete it from the
// org while the other copy is still in the project (the Salesforce CLI deploys the other copy).
const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"'
const CLASS_META = `<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass ${NS}>\n    <apiVersion>61.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n`
const field = (label: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField ${NS}>\n    <fullName>F__c</fullName>\n    <label>${label}</label>\n    <length>10</length>\n    <type>Text</type>\n</CustomField>\n`
const OBJECT = `<?xml version="1.0" encoding="UTF-8"?>\n<CustomObject ${NS}>\n    <label>Obj</label>\n</CustomObject>\n`

let repo: TestRepo
let base: string
beforeAll(() => {
  repo = createRepo(undefined, {
    'sfdx-project.json': JSON.stringify({
      packageDirectories: [{ path: 'app', default: true }, { path: 'ext' }],
      sourceApiVersion: '61.0'
    }),
    'app/main/default/classes/Svc.cls': 'public class Svc {}\n',
    'app/main/default/classes/Svc.cls-meta.xml': CLASS_META,
    'ext/main/default/classes/Svc.cls': 'public class Svc { Integer v = 2; }\n',
    'ext/main/default/classes/Svc.cls-meta.xml': CLASS_META,
    'app/main/default/objects/Obj__c/Obj__c.object-meta.xml': OBJECT,
    'app/main/default/objects/Obj__c/fields/F__c.field-meta.xml': field('App'),
    'ext/main/default/objects/Obj__c/fields/F__c.field-meta.xml': field('Ext'),
    // A translation child of the same name, in a `fields` folder of its own: not a copy.
    'app/main/default/objectTranslations/Obj__c-es/Obj__c-es.objectTranslation-meta.xml': `<?xml version="1.0" encoding="UTF-8"?>\n<CustomObjectTranslation ${NS}>\n    <caseValues><plural>false</plural><value>Obj</value></caseValues>\n</CustomObjectTranslation>\n`,
    'app/main/default/objectTranslations/Obj__c-es/fields/F__c.fieldTranslation-meta.xml': `<?xml version="1.0" encoding="UTF-8"?>\n<CustomFieldTranslation ${NS}>\n    <label>F es</label>\n    <name>F__c</name>\n</CustomFieldTranslation>\n`
  })
  base = repo.git('rev-parse', 'HEAD').trim()
})
afterAll(() => repo.cleanup())

async function scenario(change: (r: TestRepo) => void): Promise<DeltaBuild> {
  repo.branchFrom(base)
  change(repo)
  repo.commit()
  return delta(repo, base, { env: {} })
}

describe('a copy removed from one package directory, kept in another', () => {
  it('a class: deploys the remaining copy, deletes nothing', async () => {
    const b = await scenario((r) => {
      r.remove('ext/main/default/classes/Svc.cls')
      r.remove('ext/main/default/classes/Svc.cls-meta.xml')
    })
    expect(membersOf(text(b, 'package.xml'))).toEqual(['ApexClass: Svc'])
    expect(text(b, 'classes/Svc.cls')).toBe('public class Svc {}\n')
    expect(b.built.files.has('destructiveChangesPost.xml')).toBe(false)
  })

  it('a field: deploys the remaining copy, deletes nothing', async () => {
    const b = await scenario((r) =>
      r.remove('app/main/default/objects/Obj__c/fields/F__c.field-meta.xml')
    )
    expect(membersOf(text(b, 'package.xml'))).toEqual(['CustomField: Obj__c.F__c'])
    expect(text(b, 'objects/Obj__c.object')).toContain('<label>Ext</label>')
    expect(b.built.files.has('destructiveChangesPost.xml')).toBe(false)
  })

  it('a changed field brings no translation of the same name', async () => {
    const b = await scenario((r) =>
      r.write('app/main/default/objects/Obj__c/fields/F__c.field-meta.xml', field('App 2'))
    )
    expect(membersOf(text(b, 'package.xml'))).toEqual(['CustomField: Obj__c.F__c'])
  })
})

describe('a change to a copy that another copy overrides', () => {
  it('deploys nothing and names the files as overridden, not ignored', async () => {
    // ext's Svc is the copy deployed (the last one, as the Salesforce CLI writes it), at both ends.
    const b = await scenario((r) =>
      r.write('app/main/default/classes/Svc.cls', 'public class Svc { Integer v = 3; }\n')
    )
    expect(b.empty).toBe(true)
    expect(b.plan.shadowedFiles).toEqual(['app/main/default/classes/Svc.cls'])
    expect(b.plan.ignoredFiles).toEqual([])
  })

  it('removing the overridden copy deletes nothing and is counted the same way', async () => {
    const b = await scenario((r) => {
      r.remove('app/main/default/classes/Svc.cls')
      r.remove('app/main/default/classes/Svc.cls-meta.xml')
    })
    expect(b.built.files.has('destructiveChangesPost.xml')).toBe(false)
    expect(b.plan.shadowedFiles).toEqual([
      'app/main/default/classes/Svc.cls',
      'app/main/default/classes/Svc.cls-meta.xml'
    ])
    expect(b.plan.ignoredFiles).toEqual([])
  })
})
