/**
 * What the flaky-test retries found, for the summary and the flake history file. A test is
 * flaky when it failed on a transient error and then passed on a re-run; real when it kept
 * failing; not re-run when its class is in the package (the org holds another copy) and the
 * validation was not resubmitted.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { escapeInline, escapeTableCell } from '../report/escape.ts'
import { redact } from '../shared/redact.ts'

/** The label of one test that failed. */
export interface FlakeLabel {
  test: string
  verdict: 'flaky' | 'real' | 'not re-run'
  /** Re-runs made (Tooling runs or resubmissions). */
  attempts: number
  via: 'tooling' | 'resubmission' | 'none'
  /** The first failure's text. */
  message: string
  /** Why a `not re-run` test was not re-run. */
  reason?: string
}

/** Why a failed test was not re-run through the Tooling API. */
export const NOT_RERUN = {
  inPackage: 'its class is in the package; retry-validation re-runs it',
  classLevel: 'a failure of the whole class; retry-validation re-runs it',
  refused: 'the Tooling re-run could not be made',
  noSession: 'no REST session to re-run it'
} as const

/** What the retry step did. */
export interface RetryReport {
  labels: FlakeLabel[]
  /** Deploy ids of the resubmitted validations or deploys, in order. */
  resubmissions: string[]
  /** Why the last resubmission gave no run to report (refused, lost, not followed). */
  resubmitFailed?: string
  /** Extra API calls the retries made (runner POSTs, polls, result queries, resubmissions). */
  apiCalls: number
}

/** Name of the history file in results-dir. */
export const FLAKE_HISTORY_FILE = 'flaky-tests.json'

/** `passed on retry 1` / `failed 2 re-runs` / `not re-run (why)`, as the summary and JUnit say it. */
export function labelText(label: FlakeLabel): string {
  if (label.verdict === 'flaky')
    return `flaky: passed on retry ${label.attempts}${label.via === 'resubmission' ? ' (resubmitted)' : ''}`
  if (label.verdict === 'real')
    return `real: failed ${label.attempts} re-run${label.attempts === 1 ? '' : 's'}`
  return `not re-run (${label.reason ?? NOT_RERUN.inPackage})`
}

/** The summary section. */
export function retrySection(report: RetryReport): string {
  const rows = report.labels.map(
    (l) =>
      `| ${escapeTableCell(l.test)} | ${escapeTableCell(labelText(l))} | ${escapeTableCell(l.message.split('\n')[0] ?? '')} |`
  )
  const resubmitted =
    report.resubmissions.length > 0 ? [`Resubmitted: ${report.resubmissions.join(', ')}.`, ''] : []
  const failed = report.resubmitFailed
    ? [`${escapeInline(report.resubmitFailed)} This report is of the run before it.`, '']
    : []
  return [
    '### Flaky-test retries',
    '',
    '| Test | Verdict | First failure |',
    '| --- | --- | --- |',
    ...rows,
    '',
    ...resubmitted,
    ...failed,
    `Retries cost ${report.apiCalls} extra API call${report.apiCalls === 1 ? '' : 's'}.`,
    ''
  ].join('\n')
}

interface HistoryFile {
  runs: { at: string; deployId?: string; tests: FlakeLabel[] }[]
}

/**
 * Appends this run's labels to `results-dir/flaky-tests.json` (kept in the report artifact; a
 * workflow that restores the file from an earlier artifact keeps a longer history).
 */
export function appendFlakeHistory(
  resultsDir: string,
  entry: { at: Date; deployId?: string; labels: FlakeLabel[] }
): string {
  const file = path.join(resultsDir, FLAKE_HISTORY_FILE)
  let history: HistoryFile = { runs: [] }
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<HistoryFile>
    if (Array.isArray(parsed.runs)) history = { runs: parsed.runs }
  } catch {
    // No history yet, or an unreadable one: start again rather than fail the run.
  }
  history.runs.push({
    at: entry.at.toISOString(),
    ...(entry.deployId ? { deployId: entry.deployId } : {}),
    // Org texts can echo anything the tests saw: the file goes into an artifact, so it is redacted.
    tests: entry.labels.map((l) => ({ ...l, message: redact(l.message) }))
  })
  mkdirSync(resultsDir, { recursive: true })
  writeFileSync(file, `${JSON.stringify(history, null, 2)}\n`)
  return file
}
