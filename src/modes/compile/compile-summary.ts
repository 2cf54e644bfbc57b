/**
 * The job summary of compile mode (docs/compile.md): verdict, org kind, the API used
 * and why, one row per component, timings, and the reminder that a compile check runs no tests.
 * Pure; with a Metadata API fallback the deploy report follows it.
 */
import type { Verdict } from '../../deploy/verdict.ts'
import type { CompileMessage } from '../../tooling/compile-model.ts'
import { namesMember } from '../../tooling/member-name.ts'
import {
  queueMsOf,
  type AttemptRecord,
  type CompileOutcome
} from '../../tooling/compile-outcome.ts'
import { describeOrg } from '../../tooling/fallback-policy.ts'
import { codeSpanInCell, escapeInline, escapeTableCell } from '../../report/escape.ts'
import { fileLink, formatSeconds, table } from '../../report/markdown.ts'

/** What the summary shows besides the outcome. */
export interface CompileSummaryInput {
  outcome: CompileOutcome
  verdict: Verdict
  /** Org host for the heading, e.g. `acme--dev.sandbox.my.salesforce.com`. */
  orgLabel: string
  /** `https://github.com/o/r/blob/<sha>` to link files, when known. */
  blobBase?: string
}

/** Rows shown before the rest is counted; a compile has at most a few dozen. */
const MAX_ROWS = 200

/** Renders the compile summary markdown. */
export function renderCompileSummary(input: CompileSummaryInput): string {
  const { outcome } = input
  return [
    ...heading(input),
    ...facts(input),
    ...components(outcome, input.blobBase),
    ...attempts(outcome.attempts),
    ...closing(outcome),
    ''
  ].join('\n')
}

/** The fallback deploy may run tests (production default), so the reminder is only for containers. */
function closing(outcome: CompileOutcome): string[] {
  if (outcome.method === 'metadata-api') return ['_The Metadata API deploy report follows._']
  return ['> A compile check runs no Apex tests and computes no coverage.']
}

function heading(input: CompileSummaryInput): string[] {
  const what = input.outcome.checkOnly ? 'Apex compile check' : 'Apex compile and save'
  const icon = input.verdict.success ? '✅' : '❌'
  const result = input.verdict.success ? 'passed' : input.outcome.cancelled ? 'cancelled' : 'failed'
  const lines = [
    `## ${icon} ${what} ${result}${input.orgLabel ? ` on ${escapeInline(input.orgLabel)}` : ''}`,
    ''
  ]
  if (input.verdict.message) lines.push(escapeInline(input.verdict.message), '')
  return lines
}

function facts(input: CompileSummaryInput): string[] {
  const o = input.outcome
  const final = o.final
  const queueMs = queueMsOf(o)
  const rows: string[][] = [
    ['Org', o.org ? describeOrg(o.org) : 'unknown'],
    ['Mode', o.checkOnly ? 'check only (nothing saved)' : 'compile and save'],
    ['API', apiLabel(o)]
  ]
  if (o.fallbackReasons.length > 0)
    rows.push(['Why not the Tooling API', escapeTableCell(o.fallbackReasons.join('; '))])
  if (final)
    rows.push([
      'Request',
      `${codeSpanInCell(final.id)} ${escapeTableCell(final.rawState || final.state)}`
    ])
  if (final?.errorMsg) rows.push(['Error message', escapeTableCell(final.errorMsg)])
  if (queueMs !== undefined)
    rows.push(['Time in queue and compile', `${formatSeconds(queueMs)} (submit → final state)`])
  rows.push(['Total', formatSeconds(o.totalMs)])
  return [...table(['', ''], rows), '']
}

function apiLabel(o: CompileOutcome): string {
  if (o.method === 'tooling') return 'Tooling API (MetadataContainer)'
  if (o.method === 'metadata-api')
    return `Metadata API ${o.checkOnly ? 'check-only deploy' : 'deploy'} (fallback)`
  return 'none'
}

function components(o: CompileOutcome, blobBase: string | undefined): string[] {
  if (o.method !== 'tooling' || !o.final) return []
  const failures = o.final.failures
  const rows: string[][] = []
  const claimed = new Set<CompileMessage>()
  for (const f of o.files) {
    if (f.kind !== 'member') continue
    const own = failures.filter((m) => namesMember(m, f.type, f.name))
    for (const m of own) claimed.add(m)
    if (own.length === 0)
      rows.push([
        succeeded(o, f.type, f.name) ? '✅' : '–',
        f.type,
        escapeTableCell(f.name),
        fileLink(f.path, undefined, blobBase),
        '',
        ''
      ])
    for (const m of own) rows.push(messageRow(m, f.path, blobBase))
  }
  const paths = new Set(o.files.map((f) => f.path))
  const others = failures.filter((m) => !claimed.has(m))
  for (const m of others)
    rows.push(messageRow(m, paths.has(m.fileName) ? m.fileName : undefined, blobBase))
  const shown = rows.slice(0, MAX_ROWS)
  const more =
    rows.length > MAX_ROWS ? [`${rows.length - MAX_ROWS} more rows are not shown.`, ''] : []
  return [
    '### Components',
    '',
    ...table(['', 'Type', 'Name', 'File', 'Line:Col', 'Problem'], shown),
    '',
    ...more
  ]
}

/** Listed among the successes, or the whole request completed. */
function succeeded(o: CompileOutcome, type: string, name: string): boolean {
  if (o.final?.state === 'Completed') return true
  return o.final?.successes.some((x) => namesMember(x, type, name)) ?? false
}

function messageRow(
  m: CompileMessage,
  path: string | undefined,
  blobBase: string | undefined
): string[] {
  const icon = m.dependant ? '↪️ dependant' : m.severity === 'error' ? '❌' : '⚠️'
  const where = m.line ? `${m.line}${m.column ? `:${m.column}` : ''}` : '–'
  const file = path ? fileLink(path, m.line, blobBase) : escapeTableCell(m.fileName)
  return [
    icon,
    escapeTableCell(m.componentType),
    escapeTableCell(m.fullName),
    file,
    where,
    escapeTableCell(m.problem)
  ]
}

function attempts(list: AttemptRecord[]): string[] {
  const noteworthy = list.length > 1 || list.some((a) => a.cleanup !== true || a.stoppedBecause)
  if (!noteworthy) return []
  const rows = list.map((a, i) => [
    String(i + 1),
    codeSpanInCell(a.containerName),
    a.requestId ? codeSpanInCell(a.requestId) : '–',
    escapeTableCell(a.state ?? a.stoppedBecause ?? '–'),
    a.queueMs === undefined ? '–' : formatSeconds(a.queueMs),
    a.cleanup === true ? 'deleted' : escapeTableCell(`not deleted: ${a.cleanup}`)
  ])
  return [
    '### Container attempts',
    '',
    ...table(['#', 'Container', 'Request', 'State', 'Queue', 'Container clean-up'], rows),
    ''
  ]
}
