import { describe, expect, it } from 'vitest'
import { renderCheckRunOutput } from '../../src/report/check-run-output.ts'
import {
  PR_COMMENT_BUDGET_CHARS,
  commentMarker,
  renderPrComment
} from '../../src/report/pr-comment.ts'
import { buildReport } from '../../src/report/report-model.ts'
import { isBalanced } from '../../src/report/size-budget.ts'
import { largeResult } from '../support/report-builders.ts'

function report(failingTests: number, traceDepth = 2) {
  const { result, repo } = largeResult({
    classes: 200,
    tests: 3000,
    failingTests,
    componentErrors: 30,
    traceDepth
  })
  return buildReport({
    result,
    mode: 'validate',
    orgLabel: 'acme.my.salesforce.com',
    instanceUrl: 'https://acme.my.salesforce.com',
    apiVersion: '66.0',
    resolveSource: repo.resolveSource,
    resolveApexSource: repo.resolveApexSource
  })
}

describe('sticky PR comment body', () => {
  it('starts with the marker and holds a digest: first 10 failures, no passing list, links', async () => {
    const body = renderPrComment(report(40), {
      key: 'ci/validate/prod',
      runUrl: 'https://github.com/acme/sf-app/actions/runs/9',
      checkRunUrl: 'https://github.com/acme/sf-app/runs/5'
    })
    expect(body.split('\n')[0]).toBe(commentMarker('ci/validate/prod'))
    expect(body).toContain('… and 30 more, see the summary file or the artifact.')
    expect(body).toContain('… and 20 more, see the summary file or the artifact.')
    expect(body).not.toContain('Passing tests')
    expect(body).toContain(
      '[Full report in the job summary](https://github.com/acme/sf-app/actions/runs/9) · [Check run](https://github.com/acme/sf-app/runs/5)'
    )
    // @isTest and #N only ever appear inside code: no mention, no issue link.
    expect(body.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '')).not.toMatch(/@isTest|#\d/)
    await expect(body).toMatchFileSnapshot('__golden__/pr-comment.md')
  })

  it('stays under 60,000 characters, and a tighter budget cuts hard but keeps the marker', () => {
    const big = report(1000, 300)
    expect(renderPrComment(big, { key: 'k' }).length).toBeLessThanOrEqual(PR_COMMENT_BUDGET_CHARS)
    const body = renderPrComment(big, { key: 'k', budget: 5000 })
    expect(body.length).toBeLessThanOrEqual(5000)
    expect(body.startsWith(commentMarker('k'))).toBe(true)
    expect(body).toContain('Comment truncated to fit')
    expect(isBalanced(body)).toBe(true)
  })

  it('keeps the links to the full report when the cut falls where they stand', () => {
    const body = renderPrComment(report(1000, 300), {
      key: 'k',
      budget: 5000,
      runUrl: 'https://github.com/acme/sf-app/actions/runs/9'
    })
    expect(body.length).toBeLessThanOrEqual(5000)
    expect(body.trimEnd().split('\n').at(-1)).toContain(
      '[Full report in the job summary](https://github.com/acme/sf-app/actions/runs/9)'
    )
  })

  it('cannot break out of the HTML comment through the key', () => {
    expect(commentMarker('a-->b')).toBe('<!-- salesforce-deploy-report:v1 key=ab -->')
  })
})

describe('check-run output', () => {
  it('keeps the summary within 65,000 bytes', () => {
    const output = renderCheckRunOutput(report(1000, 40))
    expect(Buffer.byteLength(output.summary)).toBeLessThanOrEqual(65_000)
    expect(output.title).toBe('❌ Validation failed · acme.my.salesforce.com')
    expect(isBalanced(output.summary)).toBe(true)
  })

  it('cuts a mode section, not the failures, when even the smallest stage does not fit', () => {
    // A delta of 3,000 components lists each one; the failures must still come first.
    const deltaList = [
      '### Delta `abc` → `def`',
      '',
      ...Array.from({ length: 3000 }, (_, i) => `| changed | ApexClass | \`Class${i}\` |`),
      ''
    ]
    const summary = renderCheckRunOutput({ ...report(40), extraSections: deltaList }).summary
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(65_000)
    expect(summary).toContain('### Component errors (30)')
    expect(summary).toContain('### Test failures (40)')
    expect(summary.indexOf('### Test failures')).toBeLessThan(summary.indexOf('### Delta'))
    expect(summary).toContain('Report truncated to fit the check run.')
  })
})
