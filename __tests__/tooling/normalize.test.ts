import { describe, expect, it } from 'vitest'
import {
  decodeEntities,
  normalizeState,
  positiveInt,
  toOrgFacts,
  toRequestStatus
} from '../../src/tooling/normalize.ts'

describe('normalize', () => {
  it('reads states in any case and keeps unexpected ones polling', () => {
    expect(normalizeState('Completed')).toBe('Completed')
    expect(normalizeState('invalidated')).toBe('Invalidated')
    expect(normalizeState('In Progress')).toBe('Unknown')
    expect(normalizeState(null)).toBe('Unknown')
  })

  it('turns null, -1, 0 and non-numbers into no line', () => {
    expect([
      positiveInt(null),
      positiveInt(-1),
      positiveInt(0),
      positiveInt('x'),
      positiveInt(undefined)
    ]).toEqual([undefined, undefined, undefined, undefined, undefined])
    expect([positiveInt(7), positiveInt('12')]).toEqual([7, 12])
  })

  it('decodes HTML entities exactly once', () => {
    expect(decodeEntities('Missing &#39;;&#39; at &#39;}&#39;')).toBe("Missing ';' at '}'")
    expect(decodeEntities('&quot;List&lt;Account&gt;&quot; &amp; more &#x41;')).toBe(
      '"List<Account>" & more A'
    )
    expect(decodeEntities('&amp;lt;')).toBe('&lt;')
    expect(decodeEntities('&bogus; & &#0;')).toBe('&bogus; & &#0;')
  })

  it('accepts one message instead of an array, and null details', () => {
    const one = toRequestStatus({
      Id: '1dr000000000001AAA',
      State: 'Failed',
      DeployDetails: {
        componentFailures: {
          componentType: 'ApexClass',
          fullName: 'Foo',
          fileName: 'classes/Foo.cls',
          lineNumber: '-1',
          columnNumber: 3,
          problem: 'Bad &quot;x&quot;',
          problemType: 'Error',
          success: 'false'
        },
        componentSuccesses: null
      }
    })
    expect(one.failures).toEqual([
      {
        componentType: 'ApexClass',
        fullName: 'Foo',
        fileName: 'classes/Foo.cls',
        problem: 'Bad "x"',
        severity: 'error',
        dependant: false
      }
    ])
    const error = toRequestStatus({
      Id: '1dr',
      State: 'Error',
      ErrorMsg: 'An unexpected error has occurred. 1-2 (3)',
      DeployDetails: null
    })
    expect(error).toMatchObject({
      state: 'Error',
      errorMsg: 'An unexpected error has occurred. 1-2 (3)',
      failures: [],
      successes: []
    })
  })

  it('keeps the column only with a line, flags dependants and picks up warnings', () => {
    const status = toRequestStatus({
      Id: '1dr',
      State: 'Failed',
      DeployDetails: {
        componentFailures: [
          {
            componentType: 'ApexClass',
            fullName: 'A',
            lineNumber: 4,
            columnNumber: 9,
            problem: 'x',
            problemType: 'Error',
            success: false
          },
          {
            componentType: 'ApexClass',
            fullName: 'B',
            lineNumber: null,
            columnNumber: 9,
            problem: 'Dependent class is invalid and needs recompilation:\n A',
            success: false
          }
        ],
        allComponentMessages: [
          {
            componentType: 'ApexClass',
            fullName: 'C',
            problem: 'Deprecated',
            problemType: 'Warning',
            success: true
          }
        ]
      }
    })
    expect(
      status.failures.map((f) => [f.fullName, f.line, f.column, f.severity, f.dependant])
    ).toEqual([
      ['A', 4, 9, 'error', false],
      ['B', undefined, undefined, 'error', true],
      ['C', undefined, undefined, 'warning', false]
    ])
  })

  it('reads Organization booleans sent as strings', () => {
    expect(toOrgFacts({ IsSandbox: 'true', OrganizationType: 'Enterprise Edition' })).toEqual({
      isSandbox: true,
      organizationType: 'Enterprise Edition',
      trialExpirationDate: null,
      namespacePrefix: null
    })
  })
})
