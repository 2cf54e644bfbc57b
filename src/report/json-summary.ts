/**
 * istanbul `coverage-summary.json` shape (read by badge generators as `total.lines.pct`), keyed by
 * repo path. Apex has no function or branch data: those counts are 0 with `pct` 100, the istanbul
 * convention for "nothing to cover", and docs/reports.md says so.
 */
import { coverageFiles, totalsOf } from './coverage-files.ts'
import type { Report } from './report-types.ts'

interface Metric {
  total: number
  covered: number
  skipped: number
  pct: number
}

/** Renders the JSON coverage summary. */
export function toJsonSummary(report: Report): string {
  const files = coverageFiles(report)
  const summary: Record<
    string,
    Record<'lines' | 'statements' | 'functions' | 'branches', Metric>
  > = {
    total: metrics(totalsOf(files).total, totalsOf(files).covered)
  }
  for (const f of files) summary[f.path] = metrics(f.total, f.covered)
  return `${JSON.stringify(summary, null, 2)}\n`
}

function metrics(
  total: number,
  covered: number
): Record<'lines' | 'statements' | 'functions' | 'branches', Metric> {
  const lines: Metric = {
    total,
    covered,
    skipped: 0,
    pct: total === 0 ? 100 : Math.round((covered / total) * 10_000) / 100
  }
  const none: Metric = { total: 0, covered: 0, skipped: 0, pct: 100 }
  return { lines, statements: { ...lines }, functions: { ...none }, branches: { ...none } }
}
