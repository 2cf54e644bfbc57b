/**
 * Cobertura XML with repo-relative filenames. Counts (`lines-valid`, `lines-covered`, rates) are
 * the org's exact totals even when only uncovered lines are listed. Apex coverage has no branch
 * data: branch counts are 0 and `branch-rate` is written as 0 (documented in docs/reports.md).
 */
import { escapeXml } from './escape.ts'
import { coverageFiles, rate, totalsOf, type FileCoverage } from './coverage-files.ts'
import type { Report } from './report-types.ts'

/** Renders Cobertura XML for the classes and triggers in the repository. */
export function toCoberturaXml(report: Report): string {
  const files = coverageFiles(report)
  const totals = totalsOf(files)
  const timestamp = (report.verdict.completedDate ?? report.verdict.startDate)?.getTime() ?? 0
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<coverage line-rate="${rate(totals.covered, totals.total)}" branch-rate="0" lines-covered="${totals.covered}" lines-valid="${totals.total}" branches-covered="0" branches-valid="0" complexity="0" version="1" timestamp="${timestamp}">`,
    '  <sources>',
    '    <source>.</source>',
    '  </sources>',
    '  <packages>'
  ]
  for (const [name, group] of packages(files)) {
    const t = totalsOf(group)
    lines.push(
      `    <package name="${escapeXml(name)}" line-rate="${rate(t.covered, t.total)}" branch-rate="0" complexity="0">`,
      '      <classes>'
    )
    for (const file of group) lines.push(...classElement(file))
    lines.push('      </classes>', '    </package>')
  }
  lines.push('  </packages>', '</coverage>', '')
  return lines.join('\n')
}

function classElement(f: FileCoverage): string[] {
  const head = `        <class name="${escapeXml(f.name)}" filename="${escapeXml(f.path)}" line-rate="${rate(f.covered, f.total)}" branch-rate="0" complexity="0">`
  const lineTags = f.lines.map(
    ([n, hits]) => `            <line number="${n}" hits="${hits}" branch="false"/>`
  )
  return [
    head,
    '          <methods/>',
    '          <lines>',
    ...lineTags,
    '          </lines>',
    '        </class>'
  ]
}

/** Groups files by package directory (first path segment, e.g. `force-app`). */
function packages(files: FileCoverage[]): [string, FileCoverage[]][] {
  const groups = new Map<string, FileCoverage[]>()
  for (const f of files) {
    const name = f.path.includes('/') ? (f.path.split('/')[0] ?? '.') : '.'
    groups.set(name, [...(groups.get(name) ?? []), f])
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))
}
