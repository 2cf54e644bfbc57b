/**
 * Sync mode's job summary (pure): the verdict, each component with the path that applied it and
 * its result, the total time, the deploy's queue wait when the org reported one, and what stayed
 * applied before a failure.
 */
import {
  codeSpan,
  codeSpanInCell,
  escapeInline,
  escapeTableCell,
  fencedBlock
} from '../../report/escape.ts'
import { details, table } from '../../report/markdown.ts'
import type { ComponentResult, SyncOutcome } from '../../sync/sync-model.ts'
import type { SyncVerdict } from './sync-verdict.ts'
import { isApplied } from './sync-verdict.ts'

export interface SyncSummaryInput {
  outcome: SyncOutcome
  verdict: SyncVerdict
  orgLabel: string
  orgKind: string
  /** Sign-in to the end. */
  totalMs: number
  /** Further sections (the backup's change summary, the delta). */
  sections: string[]
}

const PATH_LABEL: Record<string, string> = {
  crud: 'CRUD',
  tooling: 'Tooling API',
  deploy: 'Metadata API deploy'
}

export function renderSyncSummary(input: SyncSummaryInput): string {
  const { outcome, verdict } = input
  const applied = outcome.results.filter((r) => isApplied(r.state)).length
  const unchanged = outcome.results.filter((r) => r.state === 'unchanged').length
  const done = `${applied} component${applied === 1 ? '' : 's'} applied${unchanged > 0 ? `, ${unchanged} already as in the repository` : ''}`
  const icon = verdict.success
    ? '✅'
    : verdict.status === 'PartiallyApplied'
      ? '⚠️'
      : verdict.status === 'InProgress'
        ? '⏳'
        : '❌'
  const ended = verdict.success
    ? done
    : verdict.status === 'PartiallyApplied'
      ? 'partially applied'
      : verdict.status === 'InProgress'
        ? 'deploy still running'
        : 'failed'
  const lines = [
    `## ${icon} Sync: ${ended} in ${seconds(input.totalMs)}`,
    '',
    `Org ${escapeInline(input.orgLabel)} (${escapeInline(input.orgKind)}).`,
    ''
  ]
  if (outcome.inputErrors.length > 0) {
    lines.push('Nothing was sent: the delta has components sync cannot convert.', '')
    for (const error of outcome.inputErrors) lines.push(`- ${escapeInline(error)}`)
    lines.push('')
  }
  if (verdict.status === 'InProgress' && outcome.stoppedBecause) {
    const id = outcome.deploy?.deployId ?? ''
    lines.push(
      `Stopped: ${escapeInline(outcome.stoppedBecause)}. The org goes on with it, so the components marked deploying may yet be applied: follow it with \`mode: report\` and \`deploy-id: ${escapeInline(id)}\`, or stop it with \`mode: cancel\`.`,
      ''
    )
  } else if (!verdict.success && outcome.stoppedBecause)
    lines.push(
      `Stopped: ${escapeInline(outcome.stoppedBecause)}. CRUD calls are not transactional: the components marked applied stay in the org; nothing after the failure was sent.`,
      ''
    )
  const undo = verdict.message.split('\n').find((line) => line.startsWith('To undo'))
  if (undo) lines.push(escapeInline(undo), '')
  lines.push(
    ...table(
      ['Component', 'Path', 'Result'],
      outcome.results.map((r) => [
        codeSpanInCell(`${r.type} ${r.fullName}`),
        escapeTableCell(pathOf(r)),
        escapeTableCell(resultOf(r))
      ])
    ),
    ''
  )
  lines.push(...changes(outcome.results))
  lines.push(...timing(input))
  for (const section of input.sections) if (section) lines.push('', section)
  return `${lines.join('\n')}\n`
}

function pathOf(r: ComponentResult): string {
  const label = PATH_LABEL[r.path] ?? r.path
  const via = r.via && r.via !== 'none' ? ` (${r.via})` : ''
  return `${label}${via}`
}

function resultOf(r: ComponentResult): string {
  const base =
    r.state === 'renamed' && r.from && !r.detail
      ? `renamed from ${r.from}`
      : r.state === 'renamed'
        ? `renamed ${r.detail ?? ''}`
        : r.change === 'delete' && r.from
          ? `${r.state} (${r.from} before its object's rename)`
          : r.state
  const detail = r.state !== 'renamed' && r.detail ? `: ${r.detail}` : ''
  const reason = r.reason ? ` — to the deploy because ${r.reason}` : ''
  return `${base}${detail}${reason}`
}

/** Diff lines shown per component; the rest is counted. */
const MAX_DIFF_LINES = 40

/** What each changed component changes, against the org's version read before writing. */
function changes(results: ComponentResult[]): string[] {
  const changed = results.filter((r) => r.diff && r.diff.length > 0)
  if (changed.length === 0) return []
  const body = changed.flatMap((r) => {
    const diff = r.diff ?? []
    const shown = diff.slice(0, MAX_DIFF_LINES)
    const more = diff.length > shown.length ? [`… ${diff.length - shown.length} more lines`] : []
    return [
      codeSpan(`${r.type} ${r.fullName}`),
      '',
      fencedBlock([...shown, ...more].join('\n')),
      ''
    ]
  })
  return details(`What changes against the org's version (${changed.length})`, body)
}

function timing(input: SyncSummaryInput): string[] {
  const { outcome } = input
  const queue =
    outcome.deployQueueMs !== undefined
      ? `The Metadata API deploy waited ${seconds(outcome.deployQueueMs)} in the org's deploy queue.`
      : outcome.deploy
        ? 'The org did not report how long the deploy waited in its queue.'
        : 'No deploy was needed, so nothing waited in the deploy queue (the org reports a queue wait only for a deploy it received).'
  return [
    `Total time ${seconds(input.totalMs)}; ${outcome.crudCalls} CRUD call${outcome.crudCalls === 1 ? '' : 's'} (reads included).`,
    queue
  ]
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}
