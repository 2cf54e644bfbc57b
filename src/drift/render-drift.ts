/**
 * The drift guard's job-summary section: the baseline receipt, each drifted component with who
 * changed it and when, whether this deploy would overwrite it, a short diff, and how to accept
 * the org's versions into the repository instead. Every name comes from the org: escaped. Pure.
 */
import type { FileDiff } from '../retrieve/compare.ts'
import {
  codeSpan,
  codeSpanInCell,
  escapeHtml,
  escapeInline,
  escapeTableCell,
  escapeXml
} from '../report/escape.ts'
import { details, table } from '../report/markdown.ts'
import type { DeployReceipt } from '../receipt/build-receipt.ts'
import { overwrittenDrift, type DriftedComponent, type DriftReport } from './detect-drift.ts'

/** Diff lines shown per drifted component; the rest are counted. */
const DIFF_LINES = 40
/** Components with a diff block; the table lists them all. */
const DIFF_CAP = 25

/** What the section tells. */
export interface DriftSectionInput {
  report: DriftReport
  receipt: DeployReceipt
  /** Where the receipt came from (`file …`, `artifact … of run …`). */
  source: string
  /** warn or fail: fail stops the run before anything is deployed; report (plan mode) deploys nothing anyway. */
  level: 'warn' | 'fail' | 'report'
  /** Receipt candidates passed over (untrusted, expired, unreadable). */
  passedOver?: string[]
}

/** Markdown for the job summary. */
export function renderDriftSection(input: DriftSectionInput): string {
  const { report, receipt } = input
  const n = report.drifted.length
  const baseline =
    `Baseline: deploy ${codeSpan(receipt.deployId)} of ${escapeInline(receipt.deployedAt)}` +
    `${receipt.deployedBy ? ` by ${escapeInline(receipt.deployedBy)}` : ''}, commit ${codeSpan(receipt.commitSha.slice(0, 12) || 'unknown')} ` +
    `(${escapeInline(input.source)}).`
  const lines = [
    `### ${n === 0 ? '✅ No drift' : `⚠️ Drift: ${n} component${n === 1 ? '' : 's'} changed in the org since the last deploy`}`,
    '',
    baseline,
    '',
    costLine(report),
    ''
  ]
  if (n > 0)
    lines.push(...driftTable(report.drifted), '', ...diffs(report.drifted), ...advice(input))
  for (const note of [...report.notes, ...(input.passedOver ?? []).map((p) => `Passed over: ${p}`)])
    lines.push(`> ${escapeInline(note)}`)
  return `${lines.join('\n')}\n`
}

/** What was compared, and the calls it took (a retrieve, or readMetadata for a small set). */
function costLine(report: DriftReport): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
  const read = report.readCalls > 0 && report.retrieveIds.length === 0
  return (
    `Checked ${plural(report.checked, 'component')}; ${report.retrieved} modified after that deploy ` +
    `were ${read ? 'read' : 'retrieved'} (${plural(report.listCalls, 'listMetadata call')}, ` +
    `${read ? plural(report.readCalls, 'readMetadata call') : plural(report.retrieveIds.length, 'retrieve')}).`
  )
}

/** One line for the log and the failure message. */
export function describeDrift(drifted: readonly DriftedComponent[]): string {
  const names = drifted.slice(0, 10).map((d) => `${d.type} ${d.fullName}`)
  const more = drifted.length > 10 ? `, and ${drifted.length - 10} more` : ''
  return `${names.join(', ')}${more}`
}

function driftTable(drifted: readonly DriftedComponent[]): string[] {
  return table(
    ['Component', 'Changed by', 'When', 'What', 'This deploy'],
    drifted.map((d) => [
      `${escapeTableCell(d.type)} ${codeSpanInCell(d.fullName)}`,
      escapeTableCell(d.changedBy ?? 'unknown'),
      escapeTableCell(d.changedAt ?? 'unknown'),
      d.kind === 'deleted'
        ? 'deleted in the org'
        : d.kind === 'unrecorded'
          ? 'modified (not in the receipt)'
          : 'content changed',
      d.overwrites ? '**overwrites it**' : 'keeps it (the repository has the same version)'
    ])
  )
}

function diffs(drifted: readonly DriftedComponent[]): string[] {
  const withDiffs = drifted.filter((d) => d.diffs.length > 0)
  const shown = withDiffs
    .slice(0, DIFF_CAP)
    .flatMap((d) =>
      details(
        `${escapeHtml(d.type)} <code>${escapeHtml(d.fullName)}</code>: ${
          d.packageIsReceipt
            ? "the org's change against the receipt's version"
            : "the org's version against the repository's"
        }`,
        d.diffs.flatMap(fileDiff)
      )
    )
  const more =
    withDiffs.length > DIFF_CAP ? [`… and ${withDiffs.length - DIFF_CAP} more diffs`, ''] : []
  return [...shown, ...more]
}

function fileDiff(diff: FileDiff): string[] {
  const title = codeSpan(diff.path)
  if (diff.binary) return [`${title}: binary content differs`, '']
  if (diff.tooLarge || !diff.lines) return [`${title}: too many differences to show`, '']
  const body = diff.lines.slice(0, DIFF_LINES)
  const cut =
    diff.lines.length > DIFF_LINES ? [`… ${diff.lines.length - DIFF_LINES} more diff lines`] : []
  const text = [...body, ...cut].join('\n')
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return [title, '', `${fence}diff\n${text}\n${fence}`, '']
}

/**
 * What to do about it: overwrite (deploy anyway) or accept the org's versions with mode: retrieve.
 * Only the changes this deploy overwrites need either; the ones the repository holds are kept.
 */
function advice(input: DriftSectionInput): string[] {
  const overwritten = overwrittenDrift(input.report.drifted)
  const accept = overwritten.filter((d) => d.kind !== 'deleted')
  const types = new Map<string, string[]>()
  for (const d of accept) types.set(d.type, [...(types.get(d.type) ?? []), d.fullName])
  const manifest = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Package xmlns="http://soap.sforce.com/2006/04/metadata">',
    ...[...types].flatMap(([type, names]) => [
      '    <types>',
      ...names.map((n) => `        <members>${escapeXml(n)}</members>`),
      `        <name>${escapeXml(type)}</name>`,
      '    </types>'
    ]),
    '</Package>'
  ]
  const verdict =
    input.level === 'fail'
      ? overwritten.length > 0
        ? ['**drift: fail** stopped the run before anything was deployed.', '']
        : [
            "**drift: fail**: the repository holds the org's version of each of these, so this deploy keeps them and the run goes on.",
            ''
          ]
      : input.level === 'warn'
        ? ['**drift: warn**: the run goes on.', '']
        : []
  if (accept.length === 0) return verdict
  return [
    ...verdict,
    "To keep the org's versions instead, accept them into the repository with `mode: retrieve` and a " +
      '`retrieve-manifest` naming these components, then commit the result:',
    '',
    ...fenced('xml', manifest),
    ''
  ]
}

function fenced(lang: string, lines: string[]): string[] {
  const text = lines.join('\n')
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return [`${fence}${lang}`, text, fence]
}
