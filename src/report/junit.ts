/**
 * JUnit XML (docs/reports.md): one `<testsuite>` per Apex test class, one `<testcase>` per
 * method with its time, failure message and stack trace; repo paths in `file`. Written for every
 * outcome, with an empty `<testsuites tests="0">` when no test ran.
 */
import { cutAt, escapeXml } from './escape.ts'
import { exceptionTypeOf } from './report-tests.ts'
import type { Report, TestRow } from './report-types.ts'

/** JUnit `message` attribute length cap. */
export const JUNIT_MESSAGE_MAX = 1000

/** Renders the report's tests as JUnit XML. */
export function toJUnitXml(report: Report): string {
  const { tests, verdict } = report
  const timestamp = isoSeconds(verdict.startDate ?? verdict.createdDate)
  const rows = [...tests.failures, ...tests.passes]
  const suites = groupBySuite(rows)
  const rootAttrs = attrs({
    name: `Apex tests ${verdict.deployId}`,
    tests: rows.length,
    failures: tests.failures.length,
    errors: 0,
    skipped: 0,
    time: seconds(tests.totalTimeMs),
    timestamp
  })
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>']
  if (rows.length === 0) {
    lines.push(`<testsuites${rootAttrs}/>`, '')
    return lines.join('\n')
  }
  lines.push(`<testsuites${rootAttrs}>`)
  for (const [name, cases] of suites) lines.push(...suite(name, cases, report, timestamp))
  lines.push('</testsuites>', '')
  return lines.join('\n')
}

function suite(
  name: string,
  cases: TestRow[],
  report: Report,
  timestamp: string | undefined
): string[] {
  const path = cases.find((c) => c.path)?.path
  const suiteAttrs = attrs({
    name,
    tests: cases.length,
    failures: cases.filter((c) => c.outcome === 'Fail').length,
    errors: 0,
    skipped: 0,
    time: seconds(cases.reduce((sum, c) => sum + c.timeMs, 0)),
    timestamp,
    file: path
  })
  return [
    `  <testsuite${suiteAttrs}>`,
    ...properties(report, '    '),
    ...cases.map(testcase),
    '  </testsuite>'
  ]
}

function testcase(t: TestRow): string {
  // `line` only when the located frame is in the test class's own file.
  const line = t.location && t.location.path === t.path ? t.location.line : undefined
  const caseAttrs = attrs({
    classname: t.qualifiedClass,
    name: t.methodName ?? '(class)',
    time: seconds(t.timeMs),
    file: t.path,
    line
  })
  // The retries' verdict goes where JUnit readers show per-test output; a pass after a failed
  // run also carries that failure as Surefire's `<flakyFailure>`, before `<system-out>` as its
  // schema orders them, so readers that count flakes (Jenkins, Gradle, test reporters) see it.
  const flaky = t.flakyFailure ? flakyFailure(t.flakyFailure) : ''
  const retry = `${flaky}${t.retryNote ? `\n      <system-out>${escapeXml(t.retryNote)}</system-out>` : ''}`
  if (t.outcome === 'Pass')
    return retry
      ? `    <testcase${caseAttrs}>${retry}\n    </testcase>`
      : `    <testcase${caseAttrs}/>`
  const message = t.message ?? ''
  const failureAttrs = attrs({ type: t.exceptionType, message: messageAttr(message) })
  const body = [message, t.stackTrace].filter(Boolean).join('\n')
  return `    <testcase${caseAttrs}>\n      <failure${failureAttrs}>${escapeXml(body)}</failure>${retry}\n    </testcase>`
}

/** The failure a re-run outgrew: its first line as the message, the whole text as the body. */
function flakyFailure(message: string): string {
  const type = exceptionTypeOf(message)
  return `\n      <flakyFailure${attrs({ type, message: messageAttr(message) })}>${escapeXml(message)}</flakyFailure>`
}

/** First line of a failure message, cut to what JUnit readers show in one line. */
function messageAttr(message: string): string {
  const firstLine = message.split(/\r?\n/, 1)[0] ?? ''
  return firstLine.length > JUNIT_MESSAGE_MAX
    ? `${cutAt(firstLine, JUNIT_MESSAGE_MAX - 1)}…`
    : firstLine
}

/** Deploy id, org host, API version and test level; never usernames or org ids. */
function properties(report: Report, indent: string): string[] {
  const props: [string, string | undefined][] = [
    ['deployId', report.verdict.deployId],
    ['org', report.verdict.orgLabel],
    ['apiVersion', report.verdict.apiVersion],
    ['testLevel', report.testLevel],
    ['validationId', report.verdict.validationId]
  ]
  const present = props.filter((p): p is [string, string] => Boolean(p[1]))
  return [
    `${indent}<properties>`,
    ...present.map(([name, value]) => `${indent}  <property${attrs({ name, value })}/>`),
    `${indent}</properties>`
  ]
}

/** Groups rows into suites by qualified class, suites sorted by name, failing cases first. */
function groupBySuite(rows: TestRow[]): [string, TestRow[]][] {
  const suites = new Map<string, TestRow[]>()
  for (const row of rows) {
    const list = suites.get(row.qualifiedClass) ?? []
    list.push(row)
    suites.set(row.qualifiedClass, list)
  }
  return [...suites.entries()].sort(([a], [b]) => a.localeCompare(b))
}

function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('')
}

/** Seconds with 3 decimals. */
function seconds(ms: number): string {
  return (ms / 1000).toFixed(3)
}

/** `2026-04-06T02:02:22Z`. */
function isoSeconds(date: Date | undefined): string | undefined {
  return date ? `${date.toISOString().slice(0, 19)}Z` : undefined
}
