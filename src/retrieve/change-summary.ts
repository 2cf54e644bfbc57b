/**
 * The "What this deploy changes" section of the job summary: counts of new, changed, unchanged
 * and deleted components, a short diff per changed component inside `<details>`, and how to roll
 * back. Shrinks to fit `budgetBytes` (diffs shortened, then dropped, then long lists cut), and
 * says what it left out. Pure.
 */
import { byRef, type ComponentChange, type FileDiff } from './compare.ts'
import { refKey, type ComponentRef } from './metadata-paths.ts'
import { codeSpan, escapeHtml, escapeInline } from '../report/escape.ts'
import { details, table } from '../report/markdown.ts'
import { byteLength } from '../report/size-budget.ts'

/** Where the rollback went and how to deploy it. */
export interface RollbackInfo {
  /** Artifact name, when it was uploaded. */
  artifactName?: string
  /** Why it was not uploaded. */
  artifactProblem?: string
  /** Workspace-relative folder where the rollback package was written. */
  dir: string
  /** `owner/repo@ref` of this action, for the snippet. */
  actionRef: string
  /** Components the rollback deletes again (new in this deploy). */
  removes: number
  /** Components it restores. */
  restores: number
}

/** What the section shows. */
export interface ChangeSummaryInput {
  changes: readonly ComponentChange[]
  /** Members of the destructive manifests the org does not hold (the deploy deletes nothing for them). */
  absentDeletions?: readonly ComponentRef[]
  rollback?: RollbackInfo
  /** Notes from the retrieve (wildcards, splits, warnings). */
  notes?: readonly string[]
  /** Heading level prefix, default `###`. */
  heading?: string
}

/** Default budget: leaves the rest of the 1 MiB summary and the 65,535-character check run to the report. */
export const CHANGE_SUMMARY_BUDGET_BYTES = 30_000

/** One rung of the shrink ladder. */
interface Stage {
  /** Diff lines per file; 0 = no diffs. */
  diffLines: number
  /** Components named per list. */
  listCap: number
  omitted?: string
}

const STAGES: readonly Stage[] = [
  { diffLines: 60, listCap: 500 },
  { diffLines: 20, listCap: 500, omitted: 'diff lines beyond 20 per file' },
  {
    diffLines: 6,
    listCap: 200,
    omitted: 'diff lines beyond 6 per file; names beyond 200 per list'
  },
  { diffLines: 0, listCap: 100, omitted: 'all diffs; names beyond 100 per list' },
  { diffLines: 0, listCap: 20, omitted: 'all diffs; names beyond 20 per list' }
]

/** Renders the section within the budget (UTF-8 bytes). */
export function renderChangeSummary(
  input: ChangeSummaryInput,
  budgetBytes = CHANGE_SUMMARY_BUDGET_BYTES
): string {
  let text = ''
  for (const stage of STAGES) {
    text = renderStage(input, stage)
    if (byteLength(text) <= budgetBytes) return text
  }
  return text
}

function renderStage(input: ChangeSummaryInput, stage: Stage): string {
  const h = input.heading ?? '###'
  const by = (state: ComponentChange['state']): ComponentChange[] =>
    input.changes.filter((c) => c.state === state)
  const lines = [
    `${h} What this deploy changes`,
    '',
    ...table(
      ['New', 'Changed', 'Unchanged', 'Deleted'],
      [
        [by('new').length, by('changed').length, by('unchanged').length, by('deleted').length].map(
          String
        )
      ]
    ),
    '',
    ...(input.changes.length === 0 && (input.absentDeletions ?? []).length === 0
      ? ['The package holds no components.', '']
      : []),
    ...nameList('New in the org', by('new'), stage.listCap),
    ...changedList(by('changed'), stage),
    ...deletionList(by('deleted'), input.absentDeletions ?? [], stage.listCap),
    ...collapsedList('Unchanged', by('unchanged'), stage.listCap),
    ...(input.notes ?? []).map((n) => `> ${escapeInline(n)}`),
    ...((input.notes ?? []).length > 0 ? [''] : []),
    ...(stage.omitted
      ? [
          `_Shortened to fit the summary; left out: ${stage.omitted}. The rollback artifact holds the org's full versions._`,
          ''
        ]
      : []),
    ...(input.rollback ? rollbackSection(input.rollback, h) : [])
  ]
  return `${lines.join('\n')}\n`
}

function label(c: ComponentChange): string {
  return `${escapeInline(c.type)} ${codeSpan(c.fullName)}`
}

function nameList(title: string, items: ComponentChange[], cap: number): string[] {
  if (items.length === 0) return []
  const shown = items.slice(0, cap).map((c) => `- ${label(c)}`)
  const more = items.length > cap ? [`- … and ${items.length - cap} more`] : []
  return [`**${title}** (${items.length})`, '', ...shown, ...more, '']
}

/** Every member of the destructive manifests, each saying whether the org has it to delete. */
function deletionList(
  deleted: readonly ComponentRef[],
  absent: readonly ComponentRef[],
  cap: number
): string[] {
  const inOrg = new Set(deleted.map(refKey))
  const items = [...deleted, ...absent].sort(byRef)
  if (items.length === 0) return []
  const shown = items
    .slice(0, cap)
    .map(
      (d) =>
        `- ${escapeInline(d.type)} ${codeSpan(d.fullName)}: ${inOrg.has(refKey(d)) ? 'in the org' : 'not in the org, nothing to delete'}`
    )
  const more = items.length > cap ? [`- … and ${items.length - cap} more`] : []
  // The org answers a deletion it cannot find with a warning (`No ApexClass named: X found`), which
  // fails the deploy unless warnings are ignored (Gearset, "Resolving validation errors - Failure
  // DestructiveChanges.xml"; the simulator models the same).
  const warns =
    absent.length > 0
      ? [
          '_The deploy gets a warning for each component not in the org, and fails on them unless ignore-warnings is true._',
          ''
        ]
      : []
  return [`**To be deleted** (${items.length})`, '', ...shown, ...more, '', ...warns]
}

function collapsedList(title: string, items: ComponentChange[], cap: number): string[] {
  if (items.length === 0) return []
  const shown = items.slice(0, cap).map((c) => `- ${label(c)}`)
  const more = items.length > cap ? [`- … and ${items.length - cap} more`] : []
  return details(`${title} (${items.length})`, [...shown, ...more])
}

function changedList(items: ComponentChange[], stage: Stage): string[] {
  if (items.length === 0) return []
  const head = [`**Changed** (${items.length})`, '']
  if (stage.diffLines === 0) return nameList('Changed', items, stage.listCap)
  const shown = items.slice(0, stage.listCap).flatMap((c) =>
    details(
      `${escapeHtml(c.type)} <code>${escapeHtml(c.fullName)}</code>`,
      c.diffs.flatMap((d) => fileDiff(d, stage.diffLines))
    )
  )
  const more =
    items.length > stage.listCap ? [`- … and ${items.length - stage.listCap} more`, ''] : []
  return [...head, ...shown, ...more]
}

function fileDiff(diff: FileDiff, maxLines: number): string[] {
  const title = `${codeSpan(diff.path)}`
  if (diff.binary)
    return [
      `${title}: binary content differs (${size(diff.binary.before)} in the org, ${size(diff.binary.after)} in the package)`,
      ''
    ]
  if (diff.tooLarge || !diff.lines) return [`${title}: too many differences to show`, '']
  const body = diff.lines.slice(0, maxLines)
  const cut =
    diff.lines.length > maxLines ? [`… ${diff.lines.length - maxLines} more diff lines`] : []
  return [title, '', diffBlock([...body, ...cut]), '']
}

function size(bytes: number | undefined): string {
  return bytes === undefined ? 'absent' : `${bytes.toLocaleString('en-US')} bytes`
}

/** A fenced `diff` block whose fence is longer than any backtick run inside. */
function diffBlock(lines: string[]): string {
  const text = lines.join('\n')
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}diff\n${text}\n${fence}`
}

function rollbackSection(rollback: RollbackInfo, h: string): string[] {
  const where = rollback.artifactName
    ? `artifact ${codeSpan(rollback.artifactName)} (also written to ${codeSpan(rollback.dir)})`
    : `${codeSpan(rollback.dir)} (not uploaded: ${escapeInline(rollback.artifactProblem ?? 'upload-artifact is false')})`
  const counts =
    `It restores ${rollback.restores} component${rollback.restores === 1 ? '' : 's'} to the org's version before this deploy` +
    (rollback.removes > 0
      ? ` and deletes the ${rollback.removes} new one${rollback.removes === 1 ? '' : 's'} (destructiveChangesPost.xml).`
      : '.')
  return [
    `${h}# Rollback`,
    '',
    `The org's versions from before this deploy are in ${where}. ${counts}`,
    '',
    ...details('Workflow steps to roll back', ['```yaml', ...rollbackSnippet(rollback), '```'])
  ]
}

/** Steps that download the rollback artifact and deploy it unchanged with metadata-dir. */
export function rollbackSnippet(
  rollback: Pick<RollbackInfo, 'artifactName' | 'actionRef' | 'dir'>
): string[] {
  const download = rollback.artifactName
    ? [
        '- uses: actions/download-artifact@v4',
        '  with:',
        `    name: ${rollback.artifactName}`,
        '    path: rollback',
        '    # from another run: add run-id and github-token'
      ]
    : []
  return [
    ...download,
    `- uses: ${rollback.actionRef}`,
    '  with:',
    '    mode: deploy',
    `    metadata-dir: ${rollback.artifactName ? 'rollback' : rollback.dir}`,
    '    auth-url: ${{ secrets.SFDX_AUTH_URL }}',
    '    test-level: RunLocalTests',
    '    backup: false'
  ]
}
