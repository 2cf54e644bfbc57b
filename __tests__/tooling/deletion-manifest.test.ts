import { describe, expect, it } from 'vitest'
import { deletionManifest } from '../../src/tooling/deletion-manifest.ts'

describe('deletionManifest', () => {
  it('lists each deleted Apex file under its type, sorted', () => {
    expect(
      deletionManifest(
        [
          { path: 'force-app/main/default/triggers/B.trigger', change: 'deleted' },
          { path: 'force-app/main/default/classes/Z.cls', change: 'deleted' },
          { path: 'force-app/main/default/classes/A.cls', change: 'deleted' },
          { path: 'force-app/main/default/pages/P.page', change: 'deleted' }
        ],
        '62.0'
      )
    ).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<Package xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
        '    <types>\n        <members>A</members>\n        <members>Z</members>\n        <name>ApexClass</name>\n    </types>\n' +
        '    <types>\n        <members>P</members>\n        <name>ApexPage</name>\n    </types>\n' +
        '    <types>\n        <members>B</members>\n        <name>ApexTrigger</name>\n    </types>\n' +
        '    <version>62.0</version>\n</Package>\n'
    )
  })

  it('is an empty package for no files', () => {
    expect(deletionManifest([], '66.0')).toContain(
      '<Package xmlns="http://soap.sforce.com/2006/04/metadata">\n    <version>66.0</version>\n</Package>'
    )
  })
})
