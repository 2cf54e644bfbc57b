import { describe, expect, it } from 'vitest'
import { resolveSource, type SourceMap } from '../../src/model/source-map.ts'

const map: SourceMap = {
  files: {
    'classes/Foo.cls': ['force-app/classes/Foo.cls'],
    'objects/Foo__c.object': [
      'force-app/objects/Foo__c/Foo__c.object-meta.xml',
      'force-app/objects/Foo__c/fields/A__c.field-meta.xml'
    ],
    'lwc/hello': ['force-app/lwc/hello/hello.js-meta.xml']
  },
  components: {
    'ApexClass:Foo': { path: 'force-app/classes/Foo.cls' },
    'WorkflowRule:Foo__c.R1': { path: 'force-app/workflows/Foo__c.workflow-meta.xml', line: 7 }
  },
  recomposed: {
    'objects/Foo__c.object': [
      {
        type: 'CustomField',
        fullName: 'Foo__c.A__c',
        outputLine: 10,
        path: 'force-app/objects/Foo__c/fields/A__c.field-meta.xml',
        line: 2
      }
    ]
  }
}

describe('resolveSource', () => {
  it('maps copied files with their line', () => {
    expect(resolveSource(map, { fileName: 'classes/Foo.cls', lineNumber: 12 })).toEqual({
      path: 'force-app/classes/Foo.cls',
      line: 12
    })
    expect(resolveSource(map, { fileName: 'unpackaged/classes/Foo.cls' })).toEqual({
      path: 'force-app/classes/Foo.cls'
    })
  })

  it('maps a child of a recomposed file to its own file, by name or by output line', () => {
    expect(
      resolveSource(map, {
        fileName: 'objects/Foo__c.object',
        componentType: 'CustomField',
        fullName: 'Foo__c.A__c'
      })
    ).toEqual({ path: 'force-app/objects/Foo__c/fields/A__c.field-meta.xml', line: 2 })
    expect(resolveSource(map, { fileName: 'objects/Foo__c.object', lineNumber: 13 })).toEqual({
      path: 'force-app/objects/Foo__c/fields/A__c.field-meta.xml',
      line: 5
    })
    expect(resolveSource(map, { fileName: 'objects/Foo__c.object', lineNumber: 3 })).toEqual({
      path: 'force-app/objects/Foo__c/Foo__c.object-meta.xml'
    })
  })

  it('maps bundles by folder and falls back to type + fullName', () => {
    expect(resolveSource(map, { fileName: 'lwc/hello' })?.path).toBe(
      'force-app/lwc/hello/hello.js-meta.xml'
    )
    expect(
      resolveSource(map, { fileName: 'x', componentType: 'WorkflowRule', fullName: 'Foo__c.R1' })
    ).toEqual({ path: 'force-app/workflows/Foo__c.workflow-meta.xml', line: 7 })
    expect(resolveSource(map, { fileName: 'package.xml' })).toBeUndefined()
  })

  it('gives the line of an in-file child inside its copied file', () => {
    const withWorkflow: SourceMap = {
      ...map,
      files: {
        ...map.files,
        'workflows/Foo__c.workflow': ['force-app/workflows/Foo__c.workflow-meta.xml']
      }
    }
    expect(
      resolveSource(withWorkflow, {
        fileName: 'workflows/Foo__c.workflow',
        componentType: 'WorkflowRule',
        fullName: 'Foo__c.R1'
      })
    ).toEqual({ path: 'force-app/workflows/Foo__c.workflow-meta.xml', line: 7 })
  })
})
