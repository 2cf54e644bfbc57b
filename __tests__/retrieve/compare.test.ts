import { describe, expect, it } from 'vitest'
import { compareWithOrg, countChanges } from '../../src/retrieve/compare.ts'
import { unifiedDiff } from '../../src/retrieve/line-diff.ts'
import { componentOfPath } from '../../src/retrieve/metadata-paths.ts'
import { buildRollbackPackage } from '../../src/retrieve/rollback-package.ts'
import { canonicalXml } from '../../src/retrieve/xml-canonical.ts'

const enc = (t: string): Uint8Array => new TextEncoder().encode(t)
const files = (o: Record<string, string | Uint8Array>): Map<string, Uint8Array> =>
  new Map(Object.entries(o).map(([k, v]) => [k, typeof v === 'string' ? enc(v) : v]))
const object = (fields: string, extra = ''): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">\n${extra}${fields}<label>Invoice</label>\n</CustomObject>\n`
const field = (name: string, label: string): string =>
  `  <fields>\n    <fullName>${name}</fullName>\n    <label>${label}</label>\n  </fields>\n`

describe('canonical XML', () => {
  it('ignores whitespace, comments, the declaration and the order of different elements and of keyed root entries', () => {
    const a = canonicalXml(
      '<?xml version="1.0"?><A xmlns="x"><b>1</b><c>2</c><fields><fullName>Z</fullName></fields><fields><fullName>Y</fullName></fields></A>'
    )
    const b = canonicalXml(
      '<A xmlns="x">\n  <!-- note -->\n  <fields><fullName>Y</fullName></fields>\n  <c> 2 </c>\n  <b>1</b>\n  <fields>\n<fullName>Z</fullName></fields>\n</A>'
    )
    expect(a).toEqual(b)
  })
  it('keeps the order of repeated elements below the root (picklist values)', () => {
    const a = canonicalXml('<A><vs><value>1</value><value>2</value></vs></A>')
    const b = canonicalXml('<A><vs><value>2</value><value>1</value></vs></A>')
    expect(a).not.toEqual(b)
  })
  it('keeps the order of the values at the root of a value set (picklist order)', () => {
    const valueSet = (values: string[]): string =>
      `<GlobalValueSet xmlns="x">${values.map((v) => `<customValue><fullName>${v}</fullName><default>false</default><label>${v}</label></customValue>`).join('')}<masterLabel>Stage</masterLabel><sorted>false</sorted></GlobalValueSet>`
    expect(canonicalXml(valueSet(['Open', 'Won']))).not.toEqual(
      canonicalXml(valueSet(['Won', 'Open']))
    )
    const standard = (values: string[]): string =>
      `<StandardValueSet xmlns="x"><sorted>false</sorted>${values.map((v) => `<standardValue><fullName>${v}</fullName><default>false</default><label>${v}</label></standardValue>`).join('')}</StandardValueSet>`
    expect(canonicalXml(standard(['Prospecting', 'Closed Won']))).not.toEqual(
      canonicalXml(standard(['Closed Won', 'Prospecting']))
    )
  })
  it('is undefined for text that is not XML', () => {
    expect(canonicalXml('public class A {}')).toBeUndefined()
  })
})

describe('line diff', () => {
  it('gives unified hunks with context, merging nearby changes', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']
    const after = ['a', 'B', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k']
    expect(unifiedDiff(before, after, { context: 1 })).toEqual([
      '@@ -1,3 +1,3 @@',
      ' a',
      '-b',
      '+B',
      ' c',
      '@@ -10,1 +10,2 @@',
      ' j',
      '+k'
    ])
    expect(unifiedDiff(before, before)).toEqual([])
  })
  it('gives up beyond maxEdits', () => {
    const a = Array.from({ length: 50 }, (_, i) => `a${i}`)
    const b = Array.from({ length: 50 }, (_, i) => `b${i}`)
    expect(unifiedDiff(a, b, { maxEdits: 10 })).toBeUndefined()
    expect(unifiedDiff(a, b)?.filter((l) => l.startsWith('-'))).toHaveLength(50)
  })
})

describe('component paths', () => {
  it('maps metadata-format paths to components', () => {
    expect(componentOfPath('classes/A.cls-meta.xml')).toMatchObject({
      type: 'ApexClass',
      fullName: 'A',
      mainFile: 'classes/A.cls'
    })
    expect(componentOfPath('lwc/card/card.js')).toMatchObject({
      type: 'LightningComponentBundle',
      fullName: 'card',
      mainFile: 'lwc/card'
    })
    expect(componentOfPath('reports/Sales/Open.report')).toMatchObject({
      type: 'Report',
      fullName: 'Sales/Open'
    })
    expect(componentOfPath('reports/Sales-meta.xml')).toMatchObject({
      type: 'Report',
      fullName: 'Sales'
    })
    expect(componentOfPath('layouts/Account-Account Layout.layout')).toMatchObject({
      type: 'Layout',
      fullName: 'Account-Account Layout'
    })
    expect(componentOfPath('package.xml')).toBeUndefined()
  })
})

describe('compare with the org', () => {
  const members = [
    { type: 'ApexClass', fullName: 'A' },
    { type: 'ApexClass', fullName: 'New' },
    { type: 'CustomObject', fullName: 'Invoice__c' },
    { type: 'StaticResource', fullName: 'logo' }
  ]
  const pkg = files({
    'classes/A.cls': 'public class A {\n  Integer x = 2;\n}\n',
    'classes/New.cls': 'public class New {}',
    'objects/Invoice__c.object': object(field('Total__c', 'Total') + field('Due__c', 'Due')),
    'staticresources/logo.resource': new Uint8Array([0, 1, 2, 3]),
    'package.xml': '<Package/>'
  })
  const org = files({
    'classes/A.cls': 'public class A {\r\n  Integer x = 1;   \r\n}',
    'objects/Invoice__c.object': object(
      field('Total__c', 'Amount') + field('Org__c', 'Only in the org')
    ),
    'staticresources/logo.resource': new Uint8Array([0, 1, 2, 3])
  })

  it('classifies components and child entries, with diffs for changed ones', () => {
    const changes = compareWithOrg({ packageFiles: pkg, orgFiles: org, members })
    expect(changes.map((c) => `${c.state} ${c.type} ${c.fullName}`)).toEqual([
      'changed ApexClass A',
      'new ApexClass New',
      'new CustomField Invoice__c.Due__c',
      'changed CustomField Invoice__c.Total__c',
      'unchanged CustomObject Invoice__c',
      'unchanged StaticResource logo'
    ])
    expect(changes[0]?.diffs[0]?.lines).toEqual([
      '@@ -1,3 +1,3 @@',
      ' public class A {',
      '-  Integer x = 1;',
      '+  Integer x = 2;',
      ' }'
    ])
    expect(countChanges(changes)).toEqual({ new: 2, changed: 2, unchanged: 2, deleted: 0 })
  })
  it('reports binary differences by size and deletions of existing components', () => {
    const changes = compareWithOrg({
      packageFiles: files({ 'staticresources/logo.resource': new Uint8Array([9, 0]) }),
      orgFiles: org,
      members: [{ type: 'StaticResource', fullName: 'logo' }],
      deletions: [
        { type: 'ApexClass', fullName: 'A' },
        { type: 'ApexClass', fullName: 'Gone' }
      ],
      existing: new Set(['ApexClass:A', 'StaticResource:logo'])
    })
    expect(changes.find((c) => c.type === 'StaticResource')?.diffs).toEqual([
      { path: 'staticresources/logo.resource', binary: { before: 4, after: 2 } }
    ])
    expect(changes.filter((c) => c.state === 'deleted').map((c) => c.fullName)).toEqual(['A'])
  })
  it('builds a rollback: org versions listed, new components in the destructive manifest, parents cut to listed children', () => {
    const listed = [
      { type: 'CustomField', fullName: 'Invoice__c.Total__c' },
      { type: 'CustomField', fullName: 'Invoice__c.Due__c' }
    ]
    const packageFiles = files({
      'objects/Invoice__c.object': object(field('Total__c', 'Total') + field('Due__c', 'Due'))
    })
    const changes = compareWithOrg({ packageFiles, orgFiles: org, members: listed })
    const rollback = buildRollbackPackage({
      members: listed,
      changes,
      orgFiles: org,
      existing: new Set(['CustomField:Invoice__c.Total__c']),
      apiVersion: '62.0'
    })
    expect([...rollback.files.keys()]).toEqual([
      'destructiveChangesPost.xml',
      'objects/Invoice__c.object',
      'package.xml'
    ])
    const restored = new TextDecoder().decode(rollback.files.get('objects/Invoice__c.object'))
    expect(restored).toContain('<label>Amount</label>')
    expect(restored).not.toContain('Org__c')
    expect(new TextDecoder().decode(rollback.files.get('package.xml'))).toContain(
      '<members>Invoice__c.Total__c</members>'
    )
    expect(new TextDecoder().decode(rollback.files.get('destructiveChangesPost.xml'))).toContain(
      '<members>Invoice__c.Due__c</members>'
    )
  })
  it('does not call an existing object new, nor delete it in the rollback, when the package lists only new fields of it', () => {
    // The org's zip has no object file: the only listed field does not exist there yet.
    const listed = [{ type: 'CustomField', fullName: 'Invoice__c.Due__c' }]
    const packageFiles = files({ 'objects/Invoice__c.object': object(field('Due__c', 'Due')) })
    const changes = compareWithOrg({
      packageFiles,
      orgFiles: new Map(),
      members: listed,
      existing: new Set()
    })
    expect(changes.map((c) => `${c.state} ${c.type} ${c.fullName}`)).toEqual([
      'new CustomField Invoice__c.Due__c'
    ])
    const rollback = buildRollbackPackage({
      members: listed,
      changes,
      orgFiles: new Map(),
      existing: new Set(),
      apiVersion: '62.0'
    })
    expect(rollback.removes).toEqual([{ type: 'CustomField', fullName: 'Invoice__c.Due__c' }])
  })
})
