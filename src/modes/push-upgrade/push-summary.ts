/**
 * The job summary of a push upgrade (docs/push-upgrades.md): header, counts by job status with
 * the verdict, refusals at scheduling, failure groups, a capped table of failed orgs, the dry-run
 * view, and next steps. Pure; every Salesforce text is escaped.
 */
import { failedOrgRows, groupFailures } from '../../push-upgrade/group-failures.ts'
import { orgKey15, STATUS_LABEL } from '../../push-upgrade/normalize.ts'
import { countByInstance, countExclusions, groupEligible } from '../../push-upgrade/plan.ts'
import { PUSH_STATUSES, type Subscriber } from '../../push-upgrade/push-model.ts'
import type { PushOutcome } from '../../push-upgrade/push-outcome.ts'
import type { PushVerdict } from './push-verdict.ts'
import { codeSpan, codeSpanInCell, escapeInline, escapeTableCell } from '../../report/escape.ts'
import { details, table } from '../../report/markdown.ts'
import { byteLength, hardCut, JOB_SUMMARY_BUDGET_BYTES } from '../../report/size-budget.ts'

/** Rows of the per-org tables; the CSV files hold every row. */
export const MAX_TABLE_ROWS = 50
const MESSAGE_CHARS = 300

/** Where the CSV files went (names shown in the summary). */
export interface PushReportFiles {
  failures?: string
  selection?: string
}

const ICON: Record<PushVerdict['result'], string> = { passed: '✅', failed: '❌', unfinished: '⏳' }

/** Renders the summary within the job-summary budget. */
export function renderPushSummary(
  outcome: PushOutcome,
  verdict: PushVerdict,
  failThreshold: number,
  files: PushReportFiles = {}
): string {
  const subscribers = subscriberIndex(outcome)
  const lines = [
    ...header(outcome, verdict),
    ...countsSection(outcome, verdict, failThreshold),
    ...rejectedSection(outcome, subscribers),
    ...failureGroupsSection(outcome, subscribers),
    ...failedOrgsSection(outcome, subscribers, files),
    ...unfinishedSection(outcome, subscribers),
    ...selectionSection(outcome, files),
    ...nextSteps(outcome, files)
  ]
  const text = lines.join('\n') + '\n'
  return byteLength(text) <= JOB_SUMMARY_BUDGET_BYTES
    ? text
    : hardCut(
        text,
        JOB_SUMMARY_BUDGET_BYTES,
        '_The summary was cut to fit the 1 MiB limit; the CSV files have every row._',
        byteLength
      )
}

function subscriberIndex(outcome: PushOutcome): Map<string, Subscriber> {
  const index = new Map<string, Subscriber>()
  for (const s of outcome.selection.eligible) index.set(orgKey15(s.orgKey), s)
  for (const e of outcome.selection.excluded)
    if (e.subscriber) index.set(orgKey15(e.orgKey), e.subscriber)
  return index
}

function header(o: PushOutcome, verdict: PushVerdict): string[] {
  const r = o.request
  const rows = [
    [
      'Package',
      `${escapeTableCell(o.package.name)}${o.package.namespacePrefix ? ` (namespace ${codeSpanInCell(o.package.namespacePrefix)})` : ''}`
    ],
    ['Target version', `${escapeTableCell(o.target.numberText)} ${codeSpanInCell(o.target.id)}`],
    ...(o.requestId ? [['Push request', codeSpanInCell(o.requestId)]] : []),
    ...(o.requestId ? [['Scheduled start', o.startTime ?? 'as soon as it is Pending']] : []),
    // Times as the org sent them: org text, escaped like any other.
    ...(r?.startTime ? [['Actual start', escapeTableCell(r.startTime)]] : []),
    ...(r?.endTime ? [['End', escapeTableCell(r.endTime)]] : []),
    ...(r?.durationSeconds !== undefined ? [['Duration', `${r.durationSeconds} s`]] : []),
    ...(r ? [['Request status', STATUS_LABEL[r.status]]] : []),
    ['API version', escapeTableCell(o.apiVersion)]
  ]
  const title =
    o.kind === 'dry-run'
      ? 'Push upgrade dry run'
      : o.kind === 'scheduled'
        ? 'Push upgrade scheduled'
        : 'Push upgrade'
  // Scheduled and not followed (wait: 0) passes, like a submitted deploy, but nothing ran yet.
  const icon = o.kind === 'scheduled' ? '⏳' : ICON[verdict.result]
  return [
    `## ${icon} ${title}: ${escapeInline(o.package.name)} ${escapeInline(o.target.numberText)}`,
    '',
    escapeInline(verdict.message),
    '',
    ...table(['', ''], rows),
    '',
    ...o.notes.map((n) => `> ${escapeInline(n)}`),
    ...(o.notes.length ? [''] : [])
  ]
}

function countsSection(o: PushOutcome, verdict: PushVerdict, failThreshold: number): string[] {
  const orgs = `Orgs: ${o.selection.eligible.length} eligible · ${o.scheduledCount} scheduled · ${o.rejected.length} refused at scheduling · ${o.selection.excluded.length} left out.`
  // A push not followed has no job counts read: a table of zeros would claim no job is Pending.
  if (!o.requestId || o.kind === 'all-rejected' || o.kind === 'scheduled') return [orgs, '']
  const rows = PUSH_STATUSES.map((s) => [STATUS_LABEL[s], String(o.counts[s])])
  const percent =
    verdict.failedPercent === undefined
      ? ''
      : `Failed: ${Number(verdict.failedPercent.toFixed(2))} % of finished jobs; fail-threshold ${failThreshold} %.`
  return [
    '### Jobs by status',
    '',
    ...table(['Status', 'Jobs'], rows),
    '',
    orgs,
    ...(percent ? ['', percent] : []),
    ''
  ]
}

function rejectedSection(o: PushOutcome, subscribers: Map<string, Subscriber>): string[] {
  if (o.rejected.length === 0) return []
  const rows = o.rejected
    .slice(0, MAX_TABLE_ROWS)
    .map((r) => [
      codeSpanInCell(r.orgKey),
      escapeTableCell(subscribers.get(orgKey15(r.orgKey))?.orgName ?? ''),
      codeSpanInCell(r.statusCode),
      escapeTableCell(clip(r.message))
    ])
  return [
    `### Refused at scheduling (${o.rejected.length})`,
    '',
    ...table(['Org', 'Name', 'Code', 'Message'], rows),
    ...more(o.rejected.length),
    ''
  ]
}

function failureGroupsSection(o: PushOutcome, subscribers: Map<string, Subscriber>): string[] {
  if (o.failedJobs.length === 0) return []
  const groups = groupFailures(o.failedJobs, subscribers)
  const rows = groups.map((g) => [
    escapeTableCell(g.type),
    escapeTableCell(g.title),
    String(g.count),
    escapeTableCell(g.sampleOrgs.join(', ')),
    escapeTableCell(clip(g.firstMessage)) +
      (g.variants > 1 ? ` _(+${g.variants - 1} other messages)_` : '')
  ])
  return [
    `### Failures by error (${groups.length} groups)`,
    '',
    ...table(['Error type', 'Title', 'Orgs', 'Sample orgs', 'First message'], rows),
    ''
  ]
}

function failedOrgsSection(
  o: PushOutcome,
  subscribers: Map<string, Subscriber>,
  files: PushReportFiles
): string[] {
  if (o.failedJobs.length === 0) return []
  const all = failedOrgRows(o.failedJobs, [], subscribers, o.versions)
  const rows = all
    .slice(0, MAX_TABLE_ROWS)
    .map((r) => [
      codeSpanInCell(r.orgKey),
      escapeTableCell(r.orgName),
      escapeTableCell(r.orgType),
      escapeTableCell(r.instance),
      escapeTableCell(r.installedVersion),
      escapeTableCell(`${r.errorType} / ${r.errorTitle}`),
      escapeTableCell(clip(r.message)),
      r.supportNumber ? codeSpanInCell(r.supportNumber) : ''
    ])
  const where = files.failures ? ` All of them are in ${codeSpan(files.failures)}.` : ''
  const heading =
    all.length > MAX_TABLE_ROWS
      ? `### Failed orgs (first ${MAX_TABLE_ROWS} of ${all.length})`
      : `### Failed orgs (${all.length})`
  return [
    heading,
    '',
    ...table(
      ['Org', 'Name', 'Type', 'Instance', 'Installed', 'Error', 'Message', 'Support number'],
      rows
    ),
    '',
    ...(where ? [where.trim(), ''] : [])
  ]
}

/** The orgs still running when the wait ran out: what the release manager follows up on. */
function unfinishedSection(o: PushOutcome, subscribers: Map<string, Subscriber>): string[] {
  const unfinished = o.unfinished ?? []
  if (unfinished.length === 0) return []
  const rows = unfinished
    .slice(0, MAX_TABLE_ROWS)
    .map((u) => [
      codeSpanInCell(u.orgKey),
      escapeTableCell(subscribers.get(orgKey15(u.orgKey))?.orgName ?? ''),
      u.status === 'no-record' ? 'no job record listed yet' : STATUS_LABEL[u.status]
    ])
  return [
    `### Not ended when the wait stopped (${unfinished.length})`,
    '',
    ...table(['Org', 'Name', 'Job status'], rows),
    ...(unfinished.length > MAX_TABLE_ROWS
      ? ['', `_…and ${unfinished.length - MAX_TABLE_ROWS} more._`]
      : []),
    ''
  ]
}

function selectionSection(o: PushOutcome, files: PushReportFiles): string[] {
  const groups = groupEligible(o.selection.eligible, o.versions)
  const eligible = table(
    ['Installed version', 'Org type', 'Orgs', 'e.g.'],
    groups.map((g) => [
      escapeTableCell(g.versionText),
      escapeTableCell(g.orgType),
      String(g.count),
      escapeTableCell(g.sample.join(', '))
    ])
  )
  const instances = table(
    ['Instance', 'Orgs'],
    countByInstance(o.selection.eligible).map((i) => [escapeTableCell(i.instance), String(i.count)])
  )
  const reasons = table(
    ['Reason', 'Orgs'],
    countExclusions(o.selection.excluded).map((e) => [escapeTableCell(e.reason), String(e.count)])
  )
  const sample = table(
    ['Org', 'Name', 'Reason'],
    o.selection.excluded
      .slice(0, MAX_TABLE_ROWS)
      .map((e) => [
        codeSpanInCell(e.orgKey),
        escapeTableCell(e.subscriber?.orgName ?? ''),
        escapeTableCell(e.reason)
      ])
  )
  const where = files.selection
    ? [`Every org considered, with its decision: ${codeSpan(files.selection)}.`, '']
    : []
  const body = [
    ...(eligible.length
      ? ['**Eligible orgs by installed version and org type**', '', ...eligible, '']
      : ['No org is eligible.', '']),
    ...(instances.length ? details('Eligible orgs by instance', instances) : []),
    ...(reasons.length
      ? [`**Left out (${o.selection.excluded.length})**`, '', ...reasons, '']
      : []),
    ...(sample.length
      ? details(
          `Orgs left out${o.selection.excluded.length > MAX_TABLE_ROWS ? ` (first ${MAX_TABLE_ROWS})` : ''}`,
          sample
        )
      : []),
    ...where
  ]
  if (o.kind === 'dry-run' || o.kind === 'cap-exceeded' || o.kind === 'nothing-eligible')
    return ['### Selection', '', ...body]
  return details('Selection: eligible and left-out orgs', body)
}

function nextSteps(o: PushOutcome, files: PushReportFiles): string[] {
  const steps: string[] = []
  if (o.kind === 'cap-exceeded')
    steps.push(
      `Check the selection above; to push to all ${o.selection.eligible.length} orgs, set max-orgs to at least that number.`
    )
  if (o.kind === 'dry-run') steps.push('Run again with dry-run: false to create the push.')
  if (o.kind === 'finished' && o.request?.status === 'canceled' && o.requestId)
    steps.push(
      `Push ${codeSpan(o.requestId)} was canceled in the org; see who canceled it in Setup > Push Upgrade History, then run again to push.`
    )
  if ((o.kind === 'scheduled' || o.kind === 'timed-out') && o.requestId)
    steps.push(
      `Push ${codeSpan(o.requestId)} keeps running in the org; follow it in Setup > Push Upgrade History.`
    )
  if (files.failures && (o.failedJobs.length > 0 || o.rejected.length > 0))
    steps.push(
      `To retry only the failed orgs once their problems are fixed, pass ${codeSpan(files.failures)} (from the artifact) as orgs-file.`
    )
  return steps.length ? ['### Next steps', '', ...steps.map((s) => `- ${s}`), ''] : []
}

function clip(text: string): string {
  return text.length > MESSAGE_CHARS ? `${text.slice(0, MESSAGE_CHARS)}…` : text
}

function more(total: number): string[] {
  return total > MAX_TABLE_ROWS
    ? ['', `_…and ${total - MAX_TABLE_ROWS} more in the CSV file._`]
    : []
}
