/**
 * Line annotations, most important first (docs/reports.md): component errors → test failures →
 * coverage-enforcement failures → component warnings → per-class coverage warnings.
 * Pure: the github/ adapters send them as workflow commands or through the Checks API.
 */
import { cutAt } from './escape.ts'
import { byteLength, cutAtBytes } from './size-budget.ts'
import { formatPercent, lineRanges } from './markdown.ts'
import { SALESFORCE_COVERAGE_PERCENT } from './report-coverage.ts'
import { testName } from './report-tests.ts'
import type { ComponentIssue, CoverageEntry, Report, TestRow } from './report-types.ts'

/** One annotation; `path` is repo-relative and only set when the file is known to exist. */
export interface Annotation {
  level: 'failure' | 'warning' | 'notice'
  path?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
  title: string
  message: string
  /** Extra detail (stack traces) shown collapsed in the check run. */
  rawDetails?: string
}

/** Workflow commands: GitHub keeps 10 per level per step (the toolkit documentation on problem matchers). */
export const WORKFLOW_ANNOTATIONS_PER_LEVEL = 10

/** Check-run annotation title limit (docs.github.com/en/rest/checks/runs). */
export const ANNOTATION_TITLE_MAX = 255

/**
 * Check-run annotation `message` and `raw_details`: "The maximum size is 64 KB"
 * (docs.github.com/en/rest/checks/runs), a size in bytes like the summary's limit, so a long
 * message in Japanese is cut by its UTF-8 bytes. We keep well under it: one oversize annotation
 * makes GitHub refuse its whole batch of 50, or the check run itself when it is in the first.
 * In UTF-8 bytes.
 */
export const ANNOTATION_MESSAGE_MAX = 60_000

/** All annotations for the report, ordered most important first. */
export function buildAnnotations(report: Report): Annotation[] {
  const enforced = new Set(report.coverage.warnings.flatMap((w) => (w.name ? [w.name] : [])))
  return [
    ...report.components.errors.map(componentAnnotation),
    ...report.tests.failures.map(testAnnotation),
    ...coverageEnforcement(report),
    ...report.components.warnings.map(componentAnnotation),
    ...report.coverage.entries
      .filter((e) => e.belowThreshold && e.path && !enforced.has(e.name))
      .map((e) =>
        coverageWarning(e, report.coverage.threshold?.threshold ?? SALESFORCE_COVERAGE_PERCENT)
      )
  ]
}

/**
 * Picks what workflow commands can show: per level, all when within the limit, else the first
 * 9 plus one closing annotation "N more …, see the job summary".
 */
export function selectWorkflowAnnotations(
  all: Annotation[],
  perLevel = WORKFLOW_ANNOTATIONS_PER_LEVEL
): Annotation[] {
  const out: Annotation[] = []
  for (const level of ['failure', 'warning', 'notice'] as const) {
    const items = all.filter((a) => a.level === level)
    if (items.length <= perLevel) {
      out.push(...items)
      continue
    }
    const kept = items.slice(0, perLevel - 1)
    const noun = level === 'failure' ? 'errors' : level === 'warning' ? 'warnings' : 'notices'
    out.push(...kept, {
      level,
      title: `${items.length - kept.length} more ${noun}`,
      message: `${items.length - kept.length} more ${noun} are not shown as annotations; see the job summary.`
    })
  }
  return out
}

function componentAnnotation(i: ComponentIssue): Annotation {
  return {
    level: i.severity === 'error' ? 'failure' : 'warning',
    ...location(i.path, i.line, i.column),
    title: clip(`${i.componentType || 'Manifest'} ${i.fullName}`, ANNOTATION_TITLE_MAX),
    message: clipBytes(i.path ? i.problem : `${i.problem}\n(${i.fileName})`, ANNOTATION_MESSAGE_MAX)
  }
}

function testAnnotation(t: TestRow): Annotation {
  const loc = t.location
  return {
    level: 'failure',
    ...(loc ? location(loc.path, loc.line, loc.column) : {}),
    title: clip(`Test failure: ${testName(t)}`, ANNOTATION_TITLE_MAX),
    message: clipBytes(t.message || 'No message from Salesforce.', ANNOTATION_MESSAGE_MAX),
    ...(t.stackTrace ? { rawDetails: clipBytes(t.stackTrace, ANNOTATION_MESSAGE_MAX) } : {})
  }
}

/** Salesforce's own coverage warnings and a missed configured threshold, as failures. */
function coverageEnforcement(report: Report): Annotation[] {
  const byName = new Map(report.coverage.entries.map((e) => [e.name, e]))
  const out: Annotation[] = report.coverage.warnings.map((w) => {
    const entry = w.name ? byName.get(w.name) : undefined
    return {
      level: 'failure',
      ...(entry?.path ? location(entry.path, entry.linesNotCovered[0] ?? 1) : {}),
      title: clip(w.name ? `Coverage: ${w.name}` : 'Coverage: org-wide', ANNOTATION_TITLE_MAX),
      message: clipBytes(w.message, ANNOTATION_MESSAGE_MAX)
    }
  })
  const t = report.coverage.threshold
  if (t?.evaluated && !t.passed) {
    const names = t.classesBelow.map((e) => `${e.name} ${formatPercent(e.percent)}`)
    const aggregate = t.aggregateBelow
      ? `aggregate ${formatPercent(report.coverage.aggregate?.percent)}`
      : ''
    out.push({
      level: 'failure',
      title: `Coverage below the threshold of ${t.threshold} %`,
      message: clipBytes([aggregate, ...names].filter(Boolean).join('\n'), ANNOTATION_MESSAGE_MAX)
    })
  }
  return out
}

function coverageWarning(e: CoverageEntry, threshold: number): Annotation {
  const uncovered =
    e.linesNotCovered.length > 0 ? `; uncovered lines ${lineRanges(e.linesNotCovered)}` : ''
  return {
    level: 'warning',
    ...location(e.path, e.linesNotCovered[0] ?? 1),
    title: clip(
      `Coverage ${formatPercent(e.percent)} < ${threshold} %: ${e.name}`,
      ANNOTATION_TITLE_MAX
    ),
    message: `${e.covered} of ${e.numLocations} lines covered${uncovered}.`
  }
}

function location(path: string | undefined, line?: number, column?: number): Partial<Annotation> {
  if (!path) return {}
  if (!line) return { path }
  return {
    path,
    startLine: line,
    endLine: line,
    ...(column ? { startColumn: column, endColumn: column } : {})
  }
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${cutAt(text, max - 1)}…`
}

function clipBytes(text: string, maxBytes: number): string {
  // The ellipsis is 3 bytes in UTF-8.
  return byteLength(text) <= maxBytes ? text : `${cutAtBytes(text, maxBytes - 3)}…`
}
