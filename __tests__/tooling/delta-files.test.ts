import { describe, expect, it } from 'vitest'
import { compileFilesOf } from '../../src/tooling/delta-files.ts'

describe('compileFilesOf', () => {
  it('keeps Apex-compiled kinds, maps meta files to their content file, and marks deletions', () => {
    expect(
      compileFilesOf([
        { status: 'M', path: 'force-app/main/default/classes/A.cls' },
        { status: 'M', path: 'force-app/main/default/classes/B.cls-meta.xml' },
        { status: 'D', path: 'force-app/main/default/triggers/T.trigger' },
        { status: 'D', path: 'force-app/main/default/triggers/T.trigger-meta.xml' },
        { status: 'A', path: 'force-app/main/default/pages/P.page' },
        { status: 'M', path: 'force-app/main/default/lwc/x/x.js' },
        { status: 'M', path: 'force-app/main/default/objects/Foo__c/fields/Bar__c.field-meta.xml' }
      ])
    ).toEqual([
      { path: 'force-app/main/default/classes/A.cls', change: 'changed' },
      { path: 'force-app/main/default/classes/B.cls', change: 'changed' },
      { path: 'force-app/main/default/pages/P.page', change: 'changed' },
      { path: 'force-app/main/default/triggers/T.trigger', change: 'deleted' }
    ])
  })

  it('does not call a class deleted when only its meta file went away', () => {
    expect(compileFilesOf([{ status: 'D', path: 'c/classes/A.cls-meta.xml' }])).toEqual([
      { path: 'c/classes/A.cls', change: 'changed' }
    ])
  })
})
