import { describe, expect, it } from 'vitest'
import {
  decideTestRun,
  isTestClass,
  selectTests,
  stripCommentsAndStrings,
  type ApexSource
} from '../../src/delta/test-selection.ts'

const cls = (name: string, text: string): ApexSource => ({ name, kind: 'class', text })
const test = (name: string, body = ''): ApexSource =>
  cls(name, `@isTest\nprivate class ${name} {\n    @isTest static void t() { ${body} }\n}\n`)

const SOURCES: ApexSource[] = [
  cls('Invoice', 'public class Invoice {}'),
  cls('Helper', 'public class Helper {}'),
  test('InvoiceTest'),
  test('Invoice_Test'),
  test('TestInvoice'),
  test('InvoiceTests'),
  test('BillingFlowTest', 'Invoice.total(); new Helper();'),
  test('MentionsOnlyInCommentsTest', "// Invoice\n/* Helper */ String s = 'Invoice';"),
  cls('OldStyle', 'public class OldStyle { static testMethod void t() { Quote__c q; } }'),
  {
    name: 'QuoteTrigger',
    kind: 'trigger',
    text: 'trigger QuoteTrigger on Quote__c (before insert) {}'
  }
]

describe('selectTests', () => {
  it('finds tests by every naming convention and by reference, with the reasons', () => {
    const s = selectTests([{ name: 'invoice', kind: 'class' }], SOURCES)
    expect(s.tests).toEqual([
      { testClass: 'BillingFlowTest', reasons: ['refers to ApexClass invoice'] },
      { testClass: 'Invoice_Test', reasons: ['named after ApexClass invoice'] },
      { testClass: 'InvoiceTest', reasons: ['named after ApexClass invoice'] },
      { testClass: 'InvoiceTests', reasons: ['named after ApexClass invoice'] },
      { testClass: 'TestInvoice', reasons: ['named after ApexClass invoice'] }
    ])
    expect(s.uncovered).toEqual([])
  })

  it('ignores names in comments and strings', () => {
    const s = selectTests([{ name: 'Helper', kind: 'class' }], SOURCES)
    expect(s.tests.map((t) => t.testClass)).toEqual(['BillingFlowTest'])
  })

  it('runs a changed test class itself and finds trigger tests through the object', () => {
    const s = selectTests(
      [
        { name: 'InvoiceTest', kind: 'class' },
        { name: 'QuoteTrigger', kind: 'trigger' }
      ],
      SOURCES
    )
    expect(s.tests).toEqual([
      { testClass: 'InvoiceTest', reasons: ['changed test class'] },
      {
        testClass: 'OldStyle',
        reasons: ['uses Quote__c, the object ApexTrigger QuoteTrigger fires on']
      }
    ])
  })

  it('names changed code without any test', () => {
    const s = selectTests(
      [{ name: 'Lonely', kind: 'class' }],
      [...SOURCES, cls('Lonely', 'public class Lonely {}')]
    )
    expect(s).toEqual({ tests: [], uncovered: ['ApexClass Lonely'] })
  })
})

describe('decideTestRun', () => {
  const found = selectTests([{ name: 'Invoice', kind: 'class' }], SOURCES)
  const lonely = selectTests(
    [
      { name: 'Invoice', kind: 'class' },
      { name: 'Lonely', kind: 'class' }
    ],
    SOURCES
  )

  it('runs the chosen tests with RunSpecifiedTests', () => {
    expect(decideTestRun(found, 'fail')).toMatchObject({
      testLevel: 'RunSpecifiedTests',
      runTests: ['BillingFlowTest', 'Invoice_Test', 'InvoiceTest', 'InvoiceTests', 'TestInvoice']
    })
  })

  it('falls back to RunLocalTests or fails, naming the class', () => {
    expect(decideTestRun(lonely, 'run-local')).toMatchObject({
      testLevel: 'RunLocalTests',
      runTests: [],
      note: expect.stringContaining('ApexClass Lonely')
    })
    expect(decideTestRun(lonely, 'fail')).toEqual({
      error: expect.stringContaining('no test class for ApexClass Lonely')
    })
  })

  it('leaves the test level to the org when no Apex changed', () => {
    const none = decideTestRun(selectTests([], SOURCES), 'fail')
    expect(none).toMatchObject({ runTests: [] })
    expect('testLevel' in none).toBe(false)
  })
})

describe('helpers', () => {
  it('recognises test classes only outside comments and strings', () => {
    expect(isTestClass('@IsTest public class X {}')).toBe(true)
    expect(isTestClass("public class X { String s = '@isTest'; } // @isTest")).toBe(false)
    expect(stripCommentsAndStrings("a /* b */ 'c\\'d' // e\nf").replace(/\s+/g, ' ')).toBe('a f')
  })
})
