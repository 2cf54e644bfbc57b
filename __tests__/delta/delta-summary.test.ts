import { describe, expect, it } from 'vitest'
import { renderDeltaSummary, type DeltaSummaryInput } from '../../src/report/delta-summary.ts'

const BASE: DeltaSummaryInput = {
  fromRef: 'main',
  toRef: 'HEAD',
  base: 'a'.repeat(40),
  to: 'b'.repeat(40),
  entries: [
    { type: 'ApexClass', fullName: 'Greeter2', change: 'added' },
    { type: 'CustomField', fullName: 'Foo__c.Zeta__c', change: 'changed' },
    { type: 'ApexClass', fullName: 'Greeter', change: 'deleted' }
  ],
  destructiveFile: 'destructiveChangesPost.xml',
  skipped: [{ type: 'RecordType', fullName: 'Foo__c.Big', reason: 'deactivate it instead' }],
  ignoredFiles: 2,
  shadowedFiles: 0,
  warnings: [],
  empty: false
}

describe('renderDeltaSummary', () => {
  it('shows the range, counts per type, the components, skipped deletions and ignored files', () => {
    const md = renderDeltaSummary(BASE).join('\n')
    expect(md).toContain('### Delta `main` (`aaaaaaaaaaaa`) → `HEAD` (`bbbbbbbbbbbb`)')
    expect(md).toContain('2 components to deploy, 1 to delete (`destructiveChangesPost.xml`).')
    expect(md).toContain('| ApexClass | 1 | 0 | 1 |')
    expect(md).toContain('| CustomField | 0 | 1 | 0 |')
    expect(md).toContain('| deleted | ApexClass | `Greeter` |')
    expect(md).toContain('- RecordType Foo\\_\\_c.Big: deactivate it instead')
    expect(md).toContain(
      '2 changed files ignored (.forceignore, or not metadata, such as Jest tests).'
    )
  })

  it('lists the chosen tests and why each was chosen', () => {
    const md = renderDeltaSummary({
      ...BASE,
      tests: {
        chosen: [
          {
            testClass: 'GreeterTest',
            reasons: ['named after ApexClass Greeter2', 'refers to ApexClass Greeter2']
          }
        ],
        note: 'Tests: RunSpecifiedTests with GreeterTest.'
      }
    }).join('\n')
    expect(md).toContain('#### Tests chosen (run-tests: auto)')
    expect(md).toContain(
      '| `GreeterTest` | named after ApexClass Greeter2; refers to ApexClass Greeter2 |'
    )
  })

  it('counts files of an overridden copy apart from ignored ones', () => {
    const one = renderDeltaSummary({ ...BASE, ignoredFiles: 0, shadowedFiles: 1 }).join('\n')
    expect(one).toContain(
      '1 changed file of a component kept in more than one place deploys nothing: another copy of the same component overrides it, so what the org gets is unchanged.'
    )
    expect(one).not.toContain('ignored')
    const two = renderDeltaSummary({ ...BASE, shadowedFiles: 2 }).join('\n')
    expect(two).toContain(
      '2 changed files of a component kept in more than one place deploy nothing'
    )
    expect(two).toContain('2 changed files ignored')
  })

  it('says plainly when there is nothing to deploy', () => {
    const md = renderDeltaSummary({
      ...BASE,
      entries: [],
      skipped: [],
      ignoredFiles: 0,
      empty: true
    }).join('\n')
    expect(md).toContain(
      '**Nothing to deploy:** no metadata changes between `main` and `HEAD`. No deploy was made.'
    )
    expect(md).not.toContain('| Type |')
  })
})
