import { describe, expect, it } from 'vitest'
import { renderSummary, terminalJson, type EngineResult } from '../../src/cli/terminal-summary.ts'

const plain = (_style: string, text: string): string => text

function componentsLine(mode: string, status: string, exitCode: number, deployed = '5'): string {
  const result: EngineResult = {
    mode,
    outputs: {
      status,
      'components-total': '5',
      'components-deployed': deployed,
      'component-errors': '0'
    },
    located: [],
    exitCode
  }
  return renderSummary(result, plain).find((l) => l.startsWith('  components')) ?? ''
}

describe('the terminal summary', () => {
  it('says deployed only for components the org kept', () => {
    expect(componentsLine('deploy', 'Succeeded', 0)).toBe('  components  5/5 deployed, 0 errors')
    expect(componentsLine('deploy', 'SucceededPartial', 1)).toContain('5/5 deployed')
    // Tests failed: the org rolled the components back, and components-deployed is 0.
    expect(componentsLine('deploy', 'Failed', 1, '0')).toBe(
      '  components  rolled back, nothing deployed (5 in the package), 0 errors'
    )
    expect(componentsLine('quick-deploy', 'Canceled', 1, '0')).toContain('rolled back')
    expect(componentsLine('validate', 'Succeeded', 0)).toContain('5/5 validated')
    expect(componentsLine('validate', 'Failed', 1, '0')).toBe(
      '  components  not validated (5 in the package), 0 errors'
    )
    // Still running at the wait limit: nothing is committed yet.
    expect(componentsLine('deploy', 'InProgress', 3)).toContain('5/5 processed so far')
  })

  it('a report on a validation reads as a validation (deploy-result.json names the operation)', () => {
    const result: EngineResult = {
      mode: 'report',
      outputs: { status: 'Failed', 'components-total': '5', 'components-deployed': '0' },
      resultJson: { operation: 'Validation' },
      located: [],
      exitCode: 1
    }
    expect(renderSummary(result, plain)).toContain(
      '  components  not validated (5 in the package), 0 errors'
    )
  })

  it('a push shows its request, its job counts and the failures file', () => {
    const result: EngineResult = {
      mode: 'push-upgrade',
      outputs: {
        'push-request-id': '0DV7p000000009rGAA',
        'push-status': 'Failed',
        'push-orgs-scheduled': '213',
        'push-succeeded': '201',
        'push-failed': '12',
        'push-canceled': '0',
        'push-in-progress': '0',
        'push-orgs-rejected': '0',
        'push-failures-path': 'sf-deploy-results/push-failures.csv'
      },
      located: [],
      exitCode: 1
    }
    const lines = renderSummary(result, plain)
    expect(lines).toContain('  push        0DV7p000000009rGAA (Failed)')
    expect(lines).toContain('  orgs        213 scheduled: 201 succeeded, 12 failed')
    expect(lines).toContain('  failures    sf-deploy-results/push-failures.csv')
  })

  it('--json writes DEL and C1 controls from org texts as \\u escapes, the same string when parsed', () => {
    const document = { error: 'bad \u009b31m red \u007f and \u0085 next' }
    const text = terminalJson(document)
    // eslint-disable-next-line no-control-regex -- control characters are what must be absent
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/)
    expect(text).toContain('bad \\u009b31m red \\u007f and \\u0085 next')
    expect(JSON.parse(text)).toEqual(document)
  })
})
