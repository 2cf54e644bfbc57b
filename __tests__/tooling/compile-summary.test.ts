import { describe, expect, it } from 'vitest'
import { renderCompileSummary } from '../../src/modes/compile/compile-summary.ts'
import type { CompileOutcome } from '../../src/tooling/compile-outcome.ts'
import { compileVerdict } from '../../src/modes/compile/compile-verdict.ts'

const sandbox = {
  isSandbox: true,
  organizationType: 'Enterprise Edition',
  trialExpirationDate: null,
  namespacePrefix: null
}

const failed: CompileOutcome = {
  checkOnly: true,
  org: sandbox,
  method: 'tooling',
  files: [
    {
      kind: 'member',
      path: 'force-app/main/default/classes/Invoice|Service.cls',
      type: 'ApexClass',
      name: 'Invoice|Service'
    },
    {
      kind: 'member',
      path: 'force-app/main/default/classes/Fine.cls',
      type: 'ApexClass',
      name: 'Fine'
    },
    { kind: 'member', path: 'force-app/main/default/pages/P.page', type: 'ApexPage', name: 'P' }
  ],
  attempts: [
    {
      containerName: 'gha-1-1-aaaaaa',
      containerId: '1dc1',
      requestId: '1dr1',
      state: 'Invalidated',
      queueMs: 1_500,
      cleanup: true
    },
    {
      containerName: 'gha-1-1-bbbbbb',
      containerId: '1dc2',
      requestId: '1dr2',
      state: 'Failed',
      queueMs: 2_250,
      cleanup: true
    }
  ],
  final: {
    id: '1dr2',
    state: 'Failed',
    rawState: 'Failed',
    failures: [
      {
        componentType: 'ApexClass',
        fullName: 'Invoice|Service',
        fileName: 'classes/Invoice|Service.cls',
        line: 4,
        column: 5,
        problem: "Missing ';' at '}'",
        severity: 'error',
        dependant: false
      },
      {
        componentType: 'ApexPage',
        fullName: 'P',
        fileName: 'pages/P.page',
        problem: 'Unknown component <c:nope> @here',
        severity: 'error',
        dependant: false
      },
      {
        componentType: 'ApexClass',
        fullName: 'Caller',
        fileName: 'classes/Caller.cls',
        line: 1,
        column: 1,
        problem: 'Dependent class is invalid and needs recompilation',
        severity: 'error',
        dependant: true
      }
    ],
    successes: [{ componentType: 'ApexClass', fullName: 'Fine' }]
  },
  fallbackReasons: [],
  timedOut: false,
  cancelled: false,
  totalMs: 7_125
}

describe('compile summary', () => {
  it('renders a failed compile with locations, dependants, attempts and timings', async () => {
    const verdict = compileVerdict(failed, 60)
    expect(verdict.success).toBe(false)
    const markdown = renderCompileSummary({
      outcome: failed,
      verdict,
      orgLabel: 'acme--dev.sandbox.my.salesforce.com',
      blobBase: 'https://github.com/o/r/blob/abc'
    })
    await expect(markdown).toMatchFileSnapshot('__golden__/compile-failed.summary.md')
  })

  it('renders a fallback with its reasons and no component table', async () => {
    const fallback: CompileOutcome = {
      ...failed,
      org: { ...sandbox, isSandbox: false },
      method: 'metadata-api',
      attempts: [],
      final: undefined,
      fallbackReasons: [
        'the org is production (Enterprise Edition); Tooling API compiles are for sandboxes, scratch and Developer Edition orgs'
      ],
      deploy: { mode: 'validate', notes: [] }
    } as CompileOutcome
    const markdown = renderCompileSummary({
      outcome: fallback,
      verdict: { success: true },
      orgLabel: 'acme.my.salesforce.com'
    })
    await expect(markdown).toMatchFileSnapshot('__golden__/compile-fallback.summary.md')
  })
})

describe('compile summary in an org with a namespace', () => {
  it('puts results named ns__Name on the sent files, each once', () => {
    const outcome: CompileOutcome = {
      ...failed,
      org: { ...sandbox, namespacePrefix: 'acme' },
      files: [
        { kind: 'member', path: 'fa/classes/Fine.cls', type: 'ApexClass', name: 'Fine' },
        { kind: 'member', path: 'fa/classes/Broken.cls', type: 'ApexClass', name: 'Broken' }
      ],
      final: {
        id: '1dr2',
        state: 'Failed',
        rawState: 'Failed',
        failures: [
          {
            componentType: 'ApexClass',
            fullName: 'acme__Broken',
            fileName: 'classes/acme__Broken.cls',
            line: 2,
            column: 3,
            problem: 'Variable does not exist: x',
            severity: 'error',
            dependant: false
          }
        ],
        successes: [{ componentType: 'ApexClass', fullName: 'acme__Fine' }]
      }
    }
    const markdown = renderCompileSummary({
      outcome,
      verdict: compileVerdict(outcome, 60),
      orgLabel: 'acme--dev.sandbox.my.salesforce.com'
    })
    const rows = markdown.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| |'))
    expect(rows.filter((r) => r.includes('Variable does not exist'))).toEqual([
      expect.stringContaining('| fa/classes/Broken.cls:2 | 2:3 |')
    ])
    expect(rows.find((r) => r.includes('Fine'))).toMatch(/^\| ✅ \| ApexClass \| Fine \|/)
  })
})
