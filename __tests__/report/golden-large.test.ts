import { describe, expect, it } from 'vitest'
import { toCoberturaXml } from '../../src/report/cobertura.ts'
import { toJUnitXml } from '../../src/report/junit.ts'
import { toLcov } from '../../src/report/lcov.ts'
import { buildReport } from '../../src/report/report-model.ts'
import { byteLength, isBalanced } from '../../src/report/size-budget.ts'
import { renderFullSummary, renderSummary } from '../../src/report/summary.ts'
import { largeResult, type LargeResultOptions } from '../support/report-builders.ts'

function reportFor(options: LargeResultOptions) {
  const { result, repo } = largeResult(options)
  return buildReport({
    result,
    mode: 'validate',
    orgLabel: 'acme.my.salesforce.com',
    instanceUrl: 'https://acme.my.salesforce.com',
    apiVersion: '66.0',
    testLevel: 'RunLocalTests',
    coverageThreshold: 75,
    resolveSource: repo.resolveSource,
    resolveApexSource: repo.resolveApexSource
  })
}

describe('large results', () => {
  const report = reportFor({ classes: 500, tests: 1000, failingTests: 40, componentErrors: 25 })

  it('renders 1,000 tests and 500 classes in full within the summary budget', async () => {
    expect(report.tests.total).toBe(1000)
    expect(report.coverage.entries).toHaveLength(500)
    const md = renderSummary(report)
    expect(md).toBe(renderFullSummary(report))
    expect(md).not.toContain('Shortened to fit')
    await expect(md).toMatchFileSnapshot('__golden__/large-1000-tests-500-classes.summary.md')
    await expect(toJUnitXml(report)).toMatchFileSnapshot(
      '__golden__/large-1000-tests-500-classes.junit.xml'
    )
    await expect(toCoberturaXml(report)).toMatchFileSnapshot(
      '__golden__/large-1000-tests-500-classes.cobertura.xml'
    )
    await expect(toLcov(report)).toMatchFileSnapshot(
      '__golden__/large-1000-tests-500-classes.lcov.info'
    )
  })

  it('shrinks by stages under a smaller budget and says what it left out', async () => {
    const md = renderSummary(report, 60_000)
    expect(byteLength(md)).toBeLessThanOrEqual(60_000)
    expect(md).toContain('Shortened to fit the size limit; left out: the list of passing tests')
    expect(md).toContain('the list of passing tests')
    expect(md).not.toContain('Passing tests (')
    expect(isBalanced(md)).toBe(true)
    await expect(md).toMatchFileSnapshot('__golden__/large-shrunk-60k.summary.md')
  })
})

describe('oversize results', () => {
  // 1,000 failing tests with 300-frame stack traces and 400 component errors: MBs before shrinking.
  const report = reportFor({
    classes: 500,
    tests: 3000,
    failingTests: 1000,
    componentErrors: 400,
    traceDepth: 300
  })

  it('keeps the job summary under 1,000,000 bytes with balanced blocks', () => {
    expect(byteLength(renderFullSummary(report))).toBeGreaterThan(3_000_000)
    const md = renderSummary(report)
    expect(byteLength(md)).toBeLessThanOrEqual(1_000_000)
    expect(isBalanced(md)).toBe(true)
    expect(md.startsWith('## ❌ Validation failed · acme.my.salesforce.com')).toBe(true)
    expect(md).toContain('… and 900 more, see the summary file or the artifact.')
    expect(md).toContain('… and 300 more, see the summary file or the artifact.')
    expect(md).toContain('… 285 more lines')
  })

  it('hard-cuts at a line boundary, closes open blocks and says so', async () => {
    const md = renderSummary(report, 20_000)
    expect(byteLength(md)).toBeLessThanOrEqual(20_000)
    expect(isBalanced(md)).toBe(true)
    expect(md).toContain("Report truncated to fit GitHub's 1 MiB step summary limit")
    // The verdict and the explanation survive every cut.
    expect(md).toContain('**Why:**')
    expect(md).toContain('/lightning/setup/DeployStatus/page?address=')
    await expect(md).toMatchFileSnapshot('__golden__/oversize-hard-cut-20k.summary.md')
  })
})
