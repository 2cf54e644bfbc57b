/** Summary sections below the verdict: components, tests, coverage. Each obeys SectionOptions. */
import { codeSpan, codeSpanInCell, cutAt, escapeTableCell, fencedBlock } from './escape.ts'
import {
  coverageBar,
  details,
  fileLink,
  formatPercent,
  formatSeconds,
  lineRanges,
  table
} from './markdown.ts'
import { committed, plural } from './report-model.ts'
import { SALESFORCE_COVERAGE_PERCENT } from './report-coverage.ts'
import { SLOWEST_TESTS, testName } from './report-tests.ts'
import type { ComponentIssue, CoverageEntry, Report, TestRow } from './report-types.ts'

/** What a shrink step keeps; the full report sets every list to "all". */
export interface SectionOptions {
  /** List every successful component (collapsed) or only counts. */
  successList: boolean
  /** List passing tests (collapsed). */
  passingTests: boolean
  /** Coverage rows: all, or below-threshold plus this many lowest. */
  coverageLowest?: number
  /** Stack trace lines kept per failure. */
  traceLines?: number
  /** Characters kept per message. */
  messageChars?: number
  /** Failures listed per category. */
  failureCap?: number
  /** Leave out the slowest-tests table (PR comment digest). */
  hideSlowest?: boolean
}

/** Component errors and warnings tables. */
export function renderComponentIssues(report: Report, o: SectionOptions): string[] {
  const { errors, warnings } = report.components
  return [
    ...issueTable('Component errors', errors, report, o),
    ...issueTable('Component warnings', warnings, report, o)
  ]
}

function issueTable(
  title: string,
  issues: ComponentIssue[],
  report: Report,
  o: SectionOptions
): string[] {
  if (issues.length === 0) return []
  const shown = capped(issues, o.failureCap)
  const rows = shown.map((i) => [
    escapeTableCell(i.componentType || 'manifest'),
    codeSpanInCell(i.fullName),
    i.path
      ? fileLink(i.path, i.line, report.blobBaseUrl)
      : `${escapeTableCell(i.fileName)}${i.manifest ? '' : ' (not mapped)'}`,
    i.line ? `${i.line}${i.column ? `:${i.column}` : ''}` : '',
    escapeTableCell(trimText(i.problem, o.messageChars))
  ])
  return [
    `### ${title} (${issues.length})`,
    '',
    ...table(['Type', 'Name', 'File', 'Line:Col', 'Problem'], rows),
    ...moreLine(issues.length, shown.length),
    ''
  ]
}

/** Test failures with message and stack trace, the slowest tests, and passing tests. */
export function renderTests(report: Report, o: SectionOptions): string[] {
  const { tests } = report
  if (!tests.ran) return []
  const lines: string[] = []
  if (tests.failures.length > 0) {
    lines.push(`### Test failures (${tests.failures.length})`, '')
    const shown = capped(tests.failures, o.failureCap)
    for (const t of shown) lines.push(...renderFailure(t, report, o))
    lines.push(...moreLine(tests.failures.length, shown.length), '')
  }
  // With no more tests than the slowest table holds, it would only repeat the lists below.
  if (tests.total > SLOWEST_TESTS && !o.hideSlowest) {
    lines.push(`### Slowest tests`, '')
    lines.push(
      ...table(
        ['Test', 'Time', 'Outcome'],
        tests.slowest.map((t) => [
          codeSpanInCell(testName(t)),
          formatSeconds(t.timeMs),
          t.outcome === 'Pass' ? '✅' : '❌'
        ])
      )
    )
  }
  lines.push('')
  if (o.passingTests && tests.passes.length > 0) {
    const sorted = [...tests.passes].sort((a, b) => testName(a).localeCompare(testName(b)))
    const rows = sorted.map((t) => [codeSpanInCell(testName(t)), formatSeconds(t.timeMs)])
    lines.push(...details(`Passing tests (${tests.passes.length})`, table(['Test', 'Time'], rows)))
  }
  return lines
}

function renderFailure(t: TestRow, report: Report, o: SectionOptions): string[] {
  const where = t.location
    ? fileLink(t.location.path, t.location.line, report.blobBaseUrl)
    : t.path
      ? fileLink(t.path, undefined, report.blobBaseUrl)
      : 'not in repository'
  const message = trimText(t.message ?? 'No message from Salesforce.', o.messageChars)
  const lines = [
    `#### ❌ ${codeSpan(testName(t))}`,
    '',
    `${where} · ${formatSeconds(t.timeMs)}`,
    '',
    fencedBlock(message),
    ''
  ]
  if (t.stackTrace) {
    lines.push(...details('Stack trace', [fencedBlock(trimLines(t.stackTrace, o.traceLines))]))
  }
  return lines
}

/** Coverage per class, worst first, with bar and threshold. */
export function renderCoverage(report: Report, o: SectionOptions): string[] {
  const { coverage } = report
  if (coverage.entries.length === 0) return []
  const threshold = coverage.threshold?.threshold ?? SALESFORCE_COVERAGE_PERCENT
  const lines = [
    `### Coverage (${plural(coverage.entries.length, 'class or trigger', 'classes and triggers')})`,
    ''
  ]
  // Each fact is its own paragraph: consecutive lines would run together in markdown.
  if (coverage.aggregate) {
    const a = coverage.aggregate
    lines.push(
      `Coverage of the classes reported by this run: **${formatPercent(a.percent)}** (${a.covered}/${a.total} lines) · threshold ${threshold} % ${coverage.threshold ? '(configured)' : '(Salesforce)'}`,
      ''
    )
  }
  if (coverage.orgWidePercentHint !== undefined)
    lines.push(`Org-wide coverage reported by Salesforce: ${coverage.orgWidePercentHint} %`, '')
  if (!coverage.exactLines)
    lines.push(
      'Covered line numbers are not in this result (API < 68.0): files list uncovered lines with exact totals.',
      ''
    )
  lines.push(...thresholdLines(report))
  const shown =
    o.coverageLowest === undefined
      ? coverage.entries
      : trimCoverage(coverage.entries, o.coverageLowest)
  const rows = shown.map((e) => coverageRow(e, threshold, report))
  lines.push(
    ...table(['Class', 'File', 'Covered', '%', `Bar (┆ ${threshold} %)`, 'Uncovered lines'], rows)
  )
  if (shown.length < coverage.entries.length) {
    const rest = coverage.entries.length - shown.length
    lines.push(
      '',
      `… ${rest} more classes and triggers at or above ${formatPercent(shown.at(-1)?.percent)} are left out; see the coverage files.`
    )
  }
  lines.push('')
  return lines
}

function thresholdLines(report: Report): string[] {
  const t = report.coverage.threshold
  if (!t?.evaluated || t.passed) return []
  const lines = [`**Below the configured threshold of ${t.threshold} %:**`]
  if (t.aggregateBelow)
    lines.push(`- aggregate coverage ${formatPercent(report.coverage.aggregate?.percent)}`)
  for (const e of t.classesBelow)
    lines.push(`- ${codeSpan(e.name)} (${e.type}) ${formatPercent(e.percent)}`)
  return [...lines, '']
}

function coverageRow(e: CoverageEntry, threshold: number, report: Report): string[] {
  const flag = e.belowThreshold ? ' ⚠' : ''
  return [
    `${codeSpanInCell(e.name)} (${e.type})${flag}`,
    e.path ? fileLink(e.path, e.linesNotCovered[0], report.blobBaseUrl) : 'not in repository',
    e.numLocations > 0 ? `${e.covered}/${e.numLocations}` : '0/0',
    formatPercent(e.percent),
    coverageBar(e.percent, threshold),
    lineRanges(e.linesNotCovered)
  ]
}

/** Entries below threshold plus the `lowest` lowest overall (entries are sorted worst first). */
function trimCoverage(entries: CoverageEntry[], lowest: number): CoverageEntry[] {
  return entries.filter((e, index) => index < lowest || e.belowThreshold)
}

/** Successful components: counts by state and type, full list collapsed; deleted components. */
export function renderComponentSuccesses(report: Report, o: SectionOptions): string[] {
  const { components, verdict } = report
  const verb = verdict.checkOnly ? 'Validated' : 'Deployed'
  const lines: string[] = []
  // The org rolled back a failed deploy: nothing was deployed, validated or deleted.
  if (!committed(verdict)) return lines
  if (components.successes.length > 0) {
    const s = components.byState
    lines.push(
      `### ${verb} components (${components.successes.length})`,
      '',
      `Created ${s.Created} · Changed ${s.Changed} · Unchanged ${s.Unchanged} · Deleted ${s.Deleted}`,
      ''
    )
    lines.push(
      ...details(
        'By type',
        table(
          ['Type', 'Count'],
          components.byType.map(([type, n]) => [escapeTableCell(type), String(n)])
        )
      )
    )
    if (o.successList) {
      const rows = components.successes.map((c) => [
        escapeTableCell(c.componentType),
        codeSpanInCell(c.fullName),
        c.state
      ])
      lines.push(...details(`${verb} components`, table(['Type', 'Name', 'State'], rows)))
    }
  }
  if (components.deleted.length > 0) {
    lines.push(`### Deleted components (${components.deleted.length})`, '')
    lines.push(
      ...table(
        ['Name', 'Type'],
        components.deleted.map((c) => [
          codeSpanInCell(c.fullName),
          escapeTableCell(c.componentType)
        ])
      ),
      ''
    )
  }
  return lines
}

function capped<T>(items: T[], cap: number | undefined): T[] {
  return cap === undefined ? items : items.slice(0, cap)
}

function moreLine(total: number, shown: number): string[] {
  return total > shown
    ? ['', `… and ${total - shown} more, see the summary file or the artifact.`]
    : []
}

function trimText(text: string, max: number | undefined): string {
  return max === undefined || text.length <= max
    ? text
    : `${cutAt(text, max)}… (${text.length - max} more characters)`
}

function trimLines(text: string, max: number | undefined): string {
  const lines = text.split(/\r?\n/)
  return max === undefined || lines.length <= max
    ? text
    : [...lines.slice(0, max), `… ${lines.length - max} more lines`].join('\n')
}
