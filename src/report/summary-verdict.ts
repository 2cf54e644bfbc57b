/** The verdict block and failure explanation: always kept, whatever the size budget. */
import { codeSpan, escapeInline, escapeTableCell } from './escape.ts'
import { formatDuration, formatPercent, formatUtc, table } from './markdown.ts'
import { committed, plural } from './report-model.ts'
import type { Report, ReportOutcome } from './report-types.ts'

const ICONS: Record<ReportOutcome, string> = {
  succeeded: '✅',
  partial: '⚠️',
  failed: '❌',
  canceled: '🚫',
  running: '⏳'
}

const WORDS: Record<ReportOutcome, string> = {
  succeeded: 'succeeded',
  partial: 'partially succeeded',
  failed: 'failed',
  canceled: 'canceled',
  running: 'still running'
}

/**
 * `❌ Validation failed`: what happened to the deploy, never the mode's name. A threshold miss
 * or a failed test check (zero-test guard, patch or flow coverage) turns a success into a failure
 * headline; a cancel that found the deploy finished says so.
 */
export function headline(report: Report): string {
  const { verdict } = report
  if (verdict.nothingCanceled)
    return `⚠️ Nothing to cancel — ${verdict.operation} had already ${WORDS[verdict.outcome]}`
  if (verdict.outcome === 'succeeded' && !report.passed)
    // Only a missed threshold may be named as one: the test checks fail a run on their own.
    return report.coverage.threshold?.passed === false
      ? `❌ ${verdict.operation} failed the coverage threshold`
      : `❌ ${verdict.operation} failed the test checks`
  return `${ICONS[verdict.outcome]} ${verdict.operation} ${WORDS[verdict.outcome]}`
}

/** Heading, counts table and the facts line. */
export function renderVerdict(report: Report): string[] {
  const { verdict } = report
  const id = `[${codeSpan(verdict.deployId)}](${verdict.deployUrl})`
  return [
    `## ${headline(report)} · ${escapeInline(verdict.orgLabel)} · ${id}`,
    '',
    ...table(
      ['Status', 'Mode', 'Components', 'Tests', 'Coverage', 'Duration'],
      [countsRow(report)]
    ),
    '',
    factsLine(report),
    ''
  ]
}

/** What a run the org did not commit leaves in the org: nothing, or an earlier deploy's work. */
function rolledBack(verdict: Report['verdict']): string {
  if (verdict.checkOnly) return 'Not validated'
  const kept = verdict.keptDeploy
  return kept
    ? `Rolled back; the org keeps ${kept.deployed} deployed by ${codeSpan(kept.deployId)}`
    : 'Rolled back — nothing was deployed'
}

function countsRow(report: Report): string[] {
  const { verdict, components, tests, coverage } = report
  const errors = plural(components.errors.length, 'error')
  const deletions = components.deletions > 0 ? `, ${plural(components.deletions, 'deletion')}` : ''
  const componentCell = committed(verdict)
    ? `${components.deployed}/${components.total} ${verdict.checkOnly ? 'validated' : 'deployed'}${deletions}, ${errors}`
    : verdict.outcome === 'running'
      ? `${components.deployed}/${components.total} so far, ${errors}`
      : `${rolledBack(verdict)}, ${errors}`
  const testCell = tests.ran ? `${tests.passed} passed, ${tests.failed} failed` : 'none ran'
  // The threshold's own verdict: the rounded percent can read 90 % and still be below 90 %.
  const flag = coverage.threshold?.aggregateBelow ? ' ⚠' : ''
  const coverageCell = coverage.aggregate
    ? `${formatPercent(coverage.aggregate.percent)}${flag}`
    : 'n/a'
  return [
    codeSpan(verdict.status),
    escapeTableCell(verdict.operation),
    componentCell,
    testCell,
    coverageCell,
    durationCell(report)
  ]
}

function durationCell(report: Report): string {
  const { queuedMs, runMs } = report.verdict
  if (runMs === undefined && queuedMs === undefined) return 'n/a'
  const parts = [
    runMs !== undefined ? `running ${formatDuration(runMs)}` : '',
    queuedMs !== undefined ? `queued ${formatDuration(queuedMs)}` : ''
  ].filter(Boolean)
  return parts.join(', ')
}

function factsLine(report: Report): string {
  const { verdict, tests } = report
  const facts = [`API v${escapeInline(verdict.apiVersion)}`]
  if (report.testLevel) facts.push(`test level ${codeSpan(report.testLevel)}`)
  if (tests.ran) facts.push(`test time ${formatDuration(tests.totalTimeMs)}`)
  if (verdict.completedDate) facts.push(`completed ${formatUtc(verdict.completedDate)}`)
  if (verdict.validationId) facts.push(`from validation ${codeSpan(verdict.validationId)}`)
  return facts.join(' · ')
}

/** Why it failed (org error, components, tests, coverage), the quick-deploy handle, and the notes. */
export function renderExplanation(report: Report, extraNotes: string[]): string[] {
  const lines: string[] = []
  if (report.deployError) {
    const code = report.deployError.statusCode ? `${codeSpan(report.deployError.statusCode)}: ` : ''
    lines.push(`**Deploy error:** ${code}${escapeInline(report.deployError.message)}`, '')
  }
  if (report.reasons.length > 0) {
    lines.push('**Why:**', ...report.reasons.map((r) => `- ${escapeInline(r)}`), '')
  }
  if (report.coverage.warnings.length > 0) {
    lines.push(
      ...report.coverage.warnings.map(
        (w) => `> ${w.name ? `${codeSpan(w.name)}: ` : ''}${escapeInline(w.message)}`
      ),
      ''
    )
  }
  lines.push(...quickDeployHandle(report))
  const notes = [...report.notes, ...extraNotes]
  if (notes.length > 0) lines.push(...notes.map((n) => `> [!NOTE]\n> ${escapeInline(n)}\n`))
  return lines
}

function quickDeployHandle(report: Report): string[] {
  const { verdict } = report
  if (!verdict.validationExpiresAt) return []
  return [
    `**Quick deploy:** validation ${codeSpan(verdict.deployId)} can be quick-deployed until ${formatUtc(verdict.validationExpiresAt)}; pass this id as the validation id of a quick deploy.`,
    ''
  ]
}
