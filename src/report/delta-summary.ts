/**
 * Pure: the job-summary section of a delta deploy — the range, what is deployed and deleted per
 * type, deletions left out and why, ignored files, the tests chosen and why, and the
 * "nothing to deploy" case (docs/delta.md).
 */
import { codeSpan, codeSpanInCell, escapeInline, escapeTableCell } from './escape.ts'
import { details, table } from './markdown.ts'
import { plural } from '../shared/plural.ts'

/** What the section shows; built from a delta plan by the caller. */
export interface DeltaSummaryInput {
  fromRef: string
  toRef: string
  /** Commits actually compared. */
  base: string
  to: string
  entries: { type: string; fullName: string; change: 'added' | 'changed' | 'deleted' }[]
  /** Where deletions go. */
  destructiveFile: string
  skipped: { type: string; fullName: string; reason: string }[]
  ignoredFiles: number
  /** Changed files of a copy another copy of the same component overrides. */
  shadowedFiles: number
  warnings: string[]
  /** run-tests: auto. */
  tests?: {
    chosen: { testClass: string; reasons: string[] }[]
    note: string
  }
  /** No component to deploy and none to delete: no API call was made. */
  empty: boolean
}

const short = (sha: string): string => sha.slice(0, 12)

function range(input: DeltaSummaryInput): string {
  const from =
    input.fromRef === input.base
      ? codeSpan(short(input.base))
      : `${codeSpan(input.fromRef)} (${codeSpan(short(input.base))})`
  const to =
    input.toRef === input.to
      ? codeSpan(short(input.to))
      : `${codeSpan(input.toRef)} (${codeSpan(short(input.to))})`
  return `${from} → ${to}`
}

function countsByType(entries: DeltaSummaryInput['entries']): string[][] {
  const byType = new Map<string, { added: number; changed: number; deleted: number }>()
  for (const e of entries) {
    const row = byType.get(e.type) ?? { added: 0, changed: 0, deleted: 0 }
    row[e.change]++
    byType.set(e.type, row)
  }
  return [...byType.keys()].sort().map((type) => {
    const r = byType.get(type) ?? { added: 0, changed: 0, deleted: 0 }
    return [escapeTableCell(type), String(r.added), String(r.changed), String(r.deleted)]
  })
}

/** Renders the section as markdown lines. */
export function renderDeltaSummary(input: DeltaSummaryInput): string[] {
  const lines = [`### Delta ${range(input)}`, '']
  if (input.empty) {
    lines.push(
      `**Nothing to deploy:** no metadata changes between ${codeSpan(input.fromRef)} and ${codeSpan(input.toRef)}. No deploy was made.`,
      ''
    )
  } else {
    const deployed = input.entries.filter((e) => e.change !== 'deleted').length
    const deleted = input.entries.length - deployed
    lines.push(
      `${deployed} component${deployed === 1 ? '' : 's'} to deploy, ${deleted} to delete${deleted > 0 ? ` (${codeSpan(input.destructiveFile)})` : ''}.`,
      '',
      ...table(['Type', 'Added', 'Changed', 'Deleted'], countsByType(input.entries)),
      '',
      ...details(
        'Components',
        table(
          ['Change', 'Type', 'Name'],
          input.entries.map((e) => [e.change, escapeTableCell(e.type), codeSpanInCell(e.fullName)])
        )
      )
    )
  }
  if (input.skipped.length > 0) {
    lines.push(
      '**Deletions left out:**',
      ...input.skipped.map(
        (s) => `- ${escapeInline(`${s.type} ${s.fullName}`)}: ${escapeInline(s.reason)}`
      ),
      ''
    )
  }
  if (input.ignoredFiles > 0)
    lines.push(
      `${plural(input.ignoredFiles, 'changed file')} ignored (.forceignore, or not metadata, such as Jest tests).`,
      ''
    )
  const one = input.shadowedFiles === 1
  if (input.shadowedFiles > 0)
    lines.push(
      `${plural(input.shadowedFiles, 'changed file')} of a component kept in more than one place deploy${one ? 's' : ''} nothing: another copy of the same component overrides ${one ? 'it' : 'them'}, so what the org gets is unchanged.`,
      ''
    )
  for (const w of input.warnings) lines.push(`> [!WARNING]\n> ${escapeInline(w)}\n`)
  if (input.tests) lines.push(...renderTests(input.tests))
  return lines
}

function renderTests(tests: NonNullable<DeltaSummaryInput['tests']>): string[] {
  const lines = ['#### Tests chosen (run-tests: auto)', '', escapeInline(tests.note), '']
  if (tests.chosen.length > 0)
    lines.push(
      ...table(
        ['Test class', 'Why'],
        tests.chosen.map((t) => [
          codeSpanInCell(t.testClass),
          escapeTableCell(t.reasons.join('; '))
        ])
      ),
      ''
    )
  return lines
}
