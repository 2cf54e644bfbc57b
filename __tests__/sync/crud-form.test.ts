import { describe, expect, it } from 'vitest'
import { defaultRegistry } from '../../src/source/registry/registry.ts'
import { changedElements } from '../../src/sync/sync.ts'
import {
  crudSourceOf,
  recordAsMetadataXml,
  recordToMetadataXml,
  toCrudRecord
} from '../../src/sync/crud-form.ts'
import { componentOfPath, parseRenames, renamesOf } from '../../src/sync/git-renames.ts'

const registry = defaultRegistry()
const OBJECT = `<?xml version="1.0" encoding="UTF-8"?>
<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">
    <fields>
        <fullName>Total__c</fullName>
        <label>Total &amp; tax</label>
        <type>Number</type>
    </fields>
    <label>Invoice</label>
    <listViews>
        <fullName>All</fullName>
        <filterScope>Everything</filterScope>
        <label>All</label>
    </listViews>
</CustomObject>
`

function record(type: string, fullName: string, xml: string): string {
  const source = crudSourceOf(type, fullName, registry)
  if (!source) throw new Error('no source')
  const result = toCrudRecord(type, fullName, xml, source)
  if ('error' in result) throw new Error(result.error)
  return result.innerXml
}

describe('CRUD form', () => {
  it('sends a parent without its children, fullName first', () => {
    expect(crudSourceOf('CustomObject', 'Invoice__c', registry)).toMatchObject({
      path: 'objects/Invoice__c.object'
    })
    expect(record('CustomObject', 'Invoice__c', OBJECT)).toBe(
      '<fullName>Invoice__c</fullName><label>Invoice</label>'
    )
  })

  it('cuts a child out of its parent, named with the parent, escaped text kept', () => {
    expect(record('CustomField', 'Invoice__c.Total__c', OBJECT)).toBe(
      '<fullName>Invoice__c.Total__c</fullName><label>Total &amp; tax</label><type>Number</type>'
    )
    expect(record('ListView', 'Invoice__c.All', OBJECT)).toContain(
      '<filterScope>Everything</filterScope>'
    )
  })

  it('replaces only the own fullName of the record, never a nested one such as a picklist value name', () => {
    const values = `<?xml version="1.0" encoding="UTF-8"?>
<GlobalValueSet xmlns="http://soap.sforce.com/2006/04/metadata">
    <customValue>
        <fullName>Red</fullName>
        <default>false</default>
        <label>Red &#38; rose</label>
    </customValue>
    <!-- <customValue><fullName>Retired</fullName></customValue> -->
    <masterLabel>Colors</masterLabel>
</GlobalValueSet>
`
    expect(record('GlobalValueSet', 'Colors', values)).toBe(
      '<fullName>Colors</fullName><customValue><fullName>Red</fullName><default>false</default><label>Red &#38; rose</label></customValue><masterLabel>Colors</masterLabel>'
    )
    // A business process whose block has no fullName of its own keeps its values' names.
    const object = OBJECT.replace(
      '<label>Invoice</label>',
      '<businessProcesses>\n        <fullName>Sales</fullName>\n        <values>\n            <fullName>Open</fullName>\n            <default>true</default>\n        </values>\n    </businessProcesses>\n    <label>Invoice</label>'
    )
    expect(record('BusinessProcess', 'Invoice__c.Sales', object)).toBe(
      '<fullName>Invoice__c.Sales</fullName><values><fullName>Open</fullName><default>true</default></values>'
    )
    expect(record('CustomObject', 'Invoice__c', object)).toBe(
      '<fullName>Invoice__c</fullName><label>Invoice</label>'
    )
  })

  it('refuses XML that could close the record inside the SOAP envelope', () => {
    const source = crudSourceOf('CustomObject', 'Invoice__c', registry)
    const hostile =
      '<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata"><label>X</label></met:metadata><met:deleteMetadata></CustomObject>'
    expect(source && toCrudRecord('CustomObject', 'Invoice__c', hostile, source)).toEqual({
      error: 'objects/Invoice__c.object is not well-formed XML'
    })
    const instruction = '<CustomObject><?evil x?><label>X</label></CustomObject>'
    expect(source && toCrudRecord('CustomObject', 'Invoice__c', instruction, source)).toMatchObject(
      {
        error: expect.stringContaining('processing instruction')
      }
    )
  })

  it('names a missing child as an input error', () => {
    const source = crudSourceOf('CustomField', 'Invoice__c.Nope__c', registry)
    expect(source && toCrudRecord('CustomField', 'Invoice__c.Nope__c', OBJECT, source)).toEqual({
      error: 'objects/Invoice__c.object has no <fields> named Nope__c'
    })
  })

  it('lists the elements that differ from the org version', () => {
    const inner = record('CustomField', 'Invoice__c.Total__c', OBJECT)
    const org = {
      type: 'CustomField',
      fullName: 'Invoice__c.Total__c',
      fields: { fullName: 'Invoice__c.Total__c', label: 'Total', type: 'Number' }
    }
    expect(changedElements({ type: 'CustomField', innerXml: inner }, org)).toEqual(['label'])
    expect(
      changedElements(
        { type: 'CustomField', innerXml: inner },
        { ...org, fields: { ...org.fields, label: 'Total & tax' } }
      )
    ).toEqual([])
  })
})

describe('CRUD form back to metadata format', () => {
  it('writes a read record as the metadata file, repeated elements one per item, text escaped', () => {
    const xml = recordToMetadataXml('CustomField', {
      fullName: 'Invoice__c.Stage__c',
      label: 'A & B',
      valueSet: { valueSetDefinition: { value: [{ fullName: 'Open' }, { fullName: 'Paid' }] } }
    })
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><CustomField xmlns="http://soap.sforce.com/2006/04/metadata"><label>A &amp; B</label><valueSet><valueSetDefinition><value><fullName>Open</fullName></value><value><fullName>Paid</fullName></value></valueSetDefinition></valueSet></CustomField>'
    )
    expect(
      recordAsMetadataXml({
        type: 'CustomField',
        innerXml: '<fullName>X.Y__c</fullName><label>L</label>'
      })
    ).toContain(
      '<CustomField xmlns="http://soap.sforce.com/2006/04/metadata"><label>L</label></CustomField>'
    )
  })
})

describe('git renames', () => {
  it('reads R entries of name-status -z output and maps them to components', () => {
    const out = [
      'M',
      'a.txt',
      'R091',
      'fa/objects/Inv__c/fields/Total__c.field-meta.xml',
      'fa/objects/Inv__c/fields/Amount__c.field-meta.xml',
      'D',
      'b.txt',
      ''
    ].join('\0')
    const pairs = parseRenames(out)
    expect(pairs).toHaveLength(1)
    expect(renamesOf(pairs, registry)).toEqual([
      { type: 'CustomField', from: 'Inv__c.Total__c', to: 'Inv__c.Amount__c' }
    ])
    expect(componentOfPath('fa/layouts/Inv__c-Main.layout-meta.xml', registry)).toEqual({
      type: 'Layout',
      fullName: 'Inv__c-Main'
    })
  })

  it('takes a child moved to another object for a delete + create, not a rename', () => {
    // A field file copied to another object and removed from the first is a 100 % rename to git,
    // but renameMetadata cannot move a field between objects: the org refuses it.
    const pairs = [
      {
        from: 'fa/objects/Inv__c/fields/Status__c.field-meta.xml',
        to: 'fa/objects/Order__c/fields/Status__c.field-meta.xml'
      },
      {
        from: 'fa/objects/Inv__c/listViews/All.listView-meta.xml',
        to: 'fa/objects/Order__c/listViews/Everything.listView-meta.xml'
      }
    ]
    expect(renamesOf(pairs, registry)).toEqual([])
  })
})
