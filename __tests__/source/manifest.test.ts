import { describe, expect, it } from 'vitest'
import { buildPackageXml, parsePackageXml } from '../../src/source/manifest.ts'

describe('package.xml', () => {
  it('sorts types and members by code unit, de-duplicates and escapes', () => {
    const xml = buildPackageXml(
      [
        { type: 'CustomLabels', fullName: 'CustomLabels' },
        { type: 'CustomField', fullName: 'Foo__c.beta__c' },
        { type: 'CustomField', fullName: 'Foo__c._under__c' },
        { type: 'CustomField', fullName: 'Foo__c.Alpha__c' },
        { type: 'CustomField', fullName: 'Foo__c.Alpha__c' },
        { type: 'CustomLabel', fullName: 'A' },
        { type: 'Layout', fullName: 'A & B Layout' }
      ],
      '62.0'
    )
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Package xmlns="http://soap.sforce.com/2006/04/metadata">',
        '    <types>',
        '        <members>Foo__c.Alpha__c</members>',
        '        <members>Foo__c._under__c</members>',
        '        <members>Foo__c.beta__c</members>',
        '        <name>CustomField</name>',
        '    </types>',
        '    <types>',
        '        <members>A</members>',
        '        <name>CustomLabel</name>',
        '    </types>',
        '    <types>',
        '        <members>CustomLabels</members>',
        '        <name>CustomLabels</name>',
        '    </types>',
        '    <types>',
        '        <members>A &amp; B Layout</members>',
        '        <name>Layout</name>',
        '    </types>',
        '    <version>62.0</version>',
        '</Package>',
        ''
      ].join('\n')
    )
  })

  it('reads members and version back', () => {
    const xml = buildPackageXml(
      [
        { type: 'ApexClass', fullName: 'A' },
        { type: 'Report', fullName: 'F/' }
      ],
      '61.0'
    )
    expect(parsePackageXml(xml, 'p.xml')).toEqual({
      members: [
        { type: 'ApexClass', fullName: 'A' },
        { type: 'Report', fullName: 'F/' }
      ],
      version: '61.0'
    })
  })

  it('refuses a file that is not a manifest', () => {
    expect(() => parsePackageXml('<CustomObject/>', 'x.xml')).toThrow(/expected a <Package> root/)
  })
})
