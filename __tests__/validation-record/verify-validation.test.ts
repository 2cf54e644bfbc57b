import { validationRecord } from '../support/validation-record.ts'
import { describe, expect, it } from 'vitest'
import type { ComponentMessage, DeployResult } from '../../src/model/deploy-result.ts'
import { buildPackageXml } from '../../src/source/manifest.ts'
import { zipEntries } from '../../src/source/zip.ts'
import {
  packageComponents,
  validationDifferences
} from '../../src/validation-record/verify-validation.ts'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s)

/** A package zip with these members, deletions and files. */
function pkg(
  members: [string, string][],
  deletions: [string, string][] = [],
  files: string[] = []
): ReturnType<typeof packageComponents> {
  const packageXml = buildPackageXml(
    members.map(([type, fullName]) => ({ type, fullName })),
    '62.0'
  )
  const entries = new Map<string, Uint8Array>([['package.xml', enc(packageXml)]])
  for (const f of files) entries.set(f, enc('x'))
  if (deletions.length > 0)
    entries.set(
      'destructiveChanges.xml',
      enc(
        buildPackageXml(
          deletions.map(([type, fullName]) => ({ type, fullName })),
          '62.0'
        )
      )
    )
  return packageComponents({ zip: zipEntries(entries), packageXml })
}

function message(
  type: string,
  fullName: string,
  fileName: string,
  deleted = false
): ComponentMessage {
  return {
    componentType: type,
    fullName,
    fileName,
    success: true,
    created: false,
    changed: true,
    deleted
  }
}

function validation(messages: ComponentMessage[], over: Partial<DeployResult> = {}): DeployResult {
  return {
    id: '0Af5g0000000001AAA',
    status: 'Succeeded',
    done: true,
    success: true,
    checkOnly: true,
    ignoreWarnings: false,
    rollbackOnError: true,
    runTestsEnabled: true,
    numberComponentsTotal: messages.length,
    numberComponentsDeployed: messages.length,
    numberComponentErrors: 0,
    numberTestsTotal: 3,
    numberTestsCompleted: 3,
    numberTestErrors: 0,
    details: {
      componentSuccesses: [message('', 'package.xml', 'package.xml'), ...messages],
      componentFailures: [],
      runTestResult: {
        numTestsRun: 3,
        numFailures: 0,
        totalTimeMs: 10,
        tests: ['a', 'b', 'c'].map((m) => ({
          className: 'FooTest',
          methodName: m,
          outcome: 'Pass' as const,
          timeMs: 1
        })),
        coverage: [],
        coverageWarnings: []
      }
    },
    ...over
  }
}

const record = validationRecord()

const FOO = message('ApexClass', 'Foo', 'classes/Foo.cls')

describe('validationDifferences', () => {
  it('finds none when the org validated exactly the package', () => {
    const contents = pkg(
      [
        ['ApexClass', 'Foo'],
        ['CustomObject', 'Account']
      ],
      [['ApexClass', 'Old']]
    )
    const v = validation([
      FOO,
      message('CustomObject', 'Account', 'objects/Account.object'),
      // A child of a member, listed by the org only: part of this package.
      message('CustomField', 'Account.Size__c', 'objects/Account.object'),
      message('ApexClass', 'Old', 'destructiveChanges.xml', true)
    ])
    expect(validationDifferences(v, contents, record)).toEqual([])
  })

  it('names what the validation lacks, what it has beside the package, and missed deletions', () => {
    const contents = pkg(
      [
        ['ApexClass', 'Foo'],
        ['ApexClass', 'Bar']
      ],
      [['ApexClass', 'Old']]
    )
    const v = validation([FOO, message('ApexClass', 'Evil', 'classes/Evil.cls')])
    expect(validationDifferences(v, contents, record)).toEqual([
      'it did not validate ApexClass Bar of this package',
      'it did not delete ApexClass Old, which this package deletes',
      'it also validated ApexClass Evil, which this package does not hold'
    ])
  })

  it('refuses deletions the package does not make, and accepts wildcards and files of the package', () => {
    const contents = pkg([['ApexClass', '*']], [], ['labels/CustomLabels.labels'])
    const v = validation([
      FOO,
      message('CustomLabels', 'CustomLabels', 'labels/CustomLabels.labels'),
      message('ApexClass', 'Gone', 'destructiveChanges.xml', true)
    ])
    expect(validationDifferences(v, contents, record)).toEqual([
      'it also validated ApexClass Gone (deleted), which this package does not hold'
    ])
  })

  it('takes a dotted name for a child only when its type is a child type of the member', () => {
    const contents = pkg([['CustomObject', 'Account']])
    // A QuickAction (its own file, quickActions/) is no child of CustomObject Account, though
    // its name starts with "Account.": a validation that deployed one holds more than this package.
    const v = validation([
      message('CustomObject', 'Account', 'objects/Account.object'),
      message('CustomField', 'Account.Size__c', 'objects/Account.object'),
      message('QuickAction', 'Account.Evil', 'quickActions/Account.Evil.quickAction')
    ])
    expect(validationDifferences(v, contents, record)).toEqual([
      'it also validated QuickAction Account.Evil, which this package does not hold'
    ])
  })

  it('compares names as the org does: case-insensitive and URL-decoded', () => {
    const contents = pkg([['Layout', 'Account-Account %28Sales%29 Layout']])
    const v = validation([message('layout', 'account-account (sales) layout', 'layouts/x.layout')])
    expect(validationDifferences(v, contents, record)).toEqual([])
  })

  it('checks what the record says of the tests against what the org ran', () => {
    const contents = pkg([['ApexClass', 'Foo']])
    const v = validation([FOO])
    expect(validationDifferences(v, contents, { ...record, testsRun: 5 })).toEqual([
      'it ran 3 tests, the record says 5'
    ])
    expect(
      validationDifferences(v, contents, {
        ...record,
        testLevel: 'RunSpecifiedTests',
        runTests: ['BarTest']
      })
    ).toEqual(['it ran the tests of footest, the record names bartest'])
    const none = validation([FOO], {
      runTestsEnabled: false,
      details: { ...v.details!, runTestResult: undefined },
      numberTestsCompleted: 0
    })
    expect(validationDifferences(none, contents, { ...record, testsRun: 0 })).toEqual([
      'it ran no tests, the record says RunLocalTests'
    ])
  })

  it('needs the details', () => {
    const { details: _, ...bare } = validation([FOO])
    expect(validationDifferences(bare, pkg([['ApexClass', 'Foo']]), record)).toEqual([
      'the org returned the validation without its component details'
    ])
  })
})
