import { describe, expect, it } from 'vitest'
import { renderChangeSummary, rollbackSnippet } from '../../src/retrieve/change-summary.ts'
import type { ComponentChange } from '../../src/retrieve/compare.ts'
import { parseAny as parseSettings } from '../support/parse-any.ts'
import { InputError } from '../../src/shared/errors.ts'
import { rawInputs } from '../support/raw-inputs.ts'

function changed(i: number, lines: number): ComponentChange {
  const diff = Array.from({ length: lines }, (_, n) => `+line ${n} of class ${i}`)
  return {
    type: 'ApexClass',
    fullName: `Class${i}`,
    state: 'changed',
    diffs: [{ path: `classes/Class${i}.cls`, lines: ['@@ -1,1 +1,40 @@', ...diff] }]
  }
}

describe('change summary', () => {
  it('shows diffs in details blocks and escapes names', () => {
    const md = renderChangeSummary({
      changes: [changed(1, 3), { type: 'ApexClass', fullName: 'A<b>`x`', state: 'new', diffs: [] }]
    })
    expect(md).toContain('<details><summary>ApexClass <code>Class1</code></summary>')
    expect(md).toContain('```diff\n@@ -1,1 +1,40 @@\n+line 0 of class 1')
    expect(md).toContain('- ApexClass `` A<b>`x` ``')
  })
  it('shrinks diffs, then drops them, to stay within the budget, and says so', () => {
    const changes = Array.from({ length: 200 }, (_, i) => changed(i, 80))
    const full = renderChangeSummary({ changes }, 10_000_000)
    expect(full).toContain('+line 58 of class 0')
    expect(full).not.toContain('left out')
    const small = renderChangeSummary({ changes }, 30_000)
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(30_000)
    expect(small).toContain('left out:')
    expect(small).toContain('| 0 | 200 | 0 | 0 |')
  })
  it('gives a snippet that deploys the downloaded artifact unchanged', () => {
    const snippet = rollbackSnippet({
      artifactName: 'x-rollback',
      actionRef: 'acme/sf@v1',
      dir: 'out/rollback'
    }).join('\n')
    expect(snippet).toContain('name: x-rollback')
    expect(snippet).toContain('metadata-dir: rollback')
    expect(snippet).toContain('backup: false')
  })
})

describe('backup and retrieve-manifest inputs', () => {
  it('reads backup as auto, on or off', () => {
    expect(
      parseSettings(
        rawInputs({ 'access-token': 't', 'instance-url': 'https://a.my.salesforce.com' })
      ).retrieve?.backup
    ).toBe('auto')
    expect(
      parseSettings(
        rawInputs({
          backup: 'true',
          'access-token': 't',
          'instance-url': 'https://a.my.salesforce.com'
        })
      ).retrieve?.backup
    ).toBe('on')
    expect(
      parseSettings(
        rawInputs({
          backup: 'False',
          'access-token': 't',
          'instance-url': 'https://a.my.salesforce.com'
        })
      ).retrieve?.backup
    ).toBe('off')
  })
  it('names bad values and a manifest outside retrieve mode', () => {
    try {
      parseSettings(
        rawInputs({
          backup: 'sometimes',
          'retrieve-manifest': 'package.xml',
          'access-token': 't',
          'instance-url': 'https://a.my.salesforce.com'
        })
      )
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
      const problems = (error as InputError).problems.join('\n')
      expect(problems).toContain('backup: got "sometimes", expected one of auto, true, false')
      expect(problems).toContain('retrieve-manifest: only used by mode: retrieve')
    }
  })
  it('resolves retrieve-manifest inside the workspace in retrieve mode', () => {
    const settings = parseSettings(
      rawInputs({
        mode: 'retrieve',
        'retrieve-manifest': 'manifest/package.xml',
        'access-token': 't',
        'instance-url': 'https://a.my.salesforce.com'
      })
    )
    expect(settings.retrieve?.manifest).toBe('/work/repo/manifest/package.xml')
  })
})
