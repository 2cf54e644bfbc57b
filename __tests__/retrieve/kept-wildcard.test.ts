import { describe, expect, it } from 'vitest'
import {
  renderRetrieveSummary,
  retrievedPackage
} from '../../src/modes/retrieve/retrieve-summary.ts'
import { compareWithOrg } from '../../src/retrieve/compare.ts'
import { buildRollbackPackage } from '../../src/retrieve/rollback-package.ts'
import type { RetrievedComponents } from '../../src/retrieve/retrieve-components.ts'

const enc = (t: string): Uint8Array => new TextEncoder().encode(t)
const text = (b: Uint8Array | undefined): string => new TextDecoder().decode(b)
const META =
  '<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata"><status>Active</status></ApexClass>'

/** A retrieve whose `ApexClass *` listMetadata refused: the retrieve took the `*` and the org sent A and B. */
function keptWildcard(): RetrievedComponents {
  return {
    members: [
      { type: 'ApexClass', fullName: '*' },
      { type: 'CustomLabel', fullName: 'Greeting' }
    ],
    files: new Map([
      ['classes/A.cls', enc('public class A {}')],
      ['classes/A.cls-meta.xml', enc(META)],
      ['classes/B.cls', enc('public class B {}')],
      ['classes/B.cls-meta.xml', enc(META)]
    ]),
    existing: new Set(['ApexClass:A', 'ApexClass:B']),
    missing: [{ type: 'CustomLabel', fullName: 'Greeting' }],
    fileProperties: [
      { type: 'ApexClass', fullName: 'A', fileName: 'unpackaged/classes/A.cls' },
      { type: 'ApexClass', fullName: 'B', fileName: 'unpackaged/classes/B.cls' }
    ],
    messages: [],
    retrieveIds: ['09S0'],
    notes: ['ApexClass: * kept as it is; listMetadata refused the type (INVALID_TYPE: no).']
  }
}

describe('a * that listMetadata refused', () => {
  it('retrieve mode lists what the org sent for it in package.xml and counts it', () => {
    const retrieved = keptWildcard()
    const pkg = text(retrievedPackage(retrieved, '62.0').get('package.xml'))
    expect(pkg).toContain('<members>A</members>')
    expect(pkg).toContain('<members>B</members>')
    expect(pkg).not.toContain('Greeting')
    const summary = renderRetrieveSummary({
      orgLabel: 'org.example.com',
      retrieved,
      dir: 'sf-deploy-results/retrieve',
      zip: 'sf-deploy-results/retrieve.zip',
      artifact: { problem: 'upload-artifact is false' }
    })
    expect(summary).toContain('Retrieved 2 components (4 files)')
  })

  it('the rollback restores the org versions the deploy changes', () => {
    const retrieved = keptWildcard()
    const packageFiles = new Map([
      ['classes/A.cls', enc('public class A { Integer x; }')],
      ['classes/A.cls-meta.xml', enc(META)],
      ['classes/C.cls', enc('public class C {}')],
      ['classes/C.cls-meta.xml', enc(META)]
    ])
    const members = [{ type: 'ApexClass', fullName: '*' }]
    const changes = compareWithOrg({
      packageFiles,
      orgFiles: retrieved.files,
      members,
      existing: retrieved.existing
    })
    expect(changes.map((c) => `${c.state} ${c.fullName}`)).toEqual(['changed A', 'new C'])
    const rollback = buildRollbackPackage({
      members,
      changes,
      orgFiles: retrieved.files,
      existing: retrieved.existing,
      apiVersion: '62.0'
    })
    expect(rollback.restores).toEqual([
      { type: 'ApexClass', fullName: 'A' },
      { type: 'ApexClass', fullName: 'B' }
    ])
    expect(text(rollback.files.get('classes/A.cls'))).toBe('public class A {}')
    expect(text(rollback.files.get('package.xml'))).toContain('<members>A</members>')
    expect(rollback.removes).toEqual([{ type: 'ApexClass', fullName: 'C' }])
  })
})
