/**
 * The job summary of build mode: what the package would deploy and delete, by type with names,
 * so a build-only job (a fork's pull request, say) shows what a deploy would do.
 */
import { codeSpan, codeSpanInCell, escapeInline, escapeTableCell } from '../../report/escape.ts'
import { details, table } from '../../report/markdown.ts'
import { plural } from '../../shared/plural.ts'

export interface BuildSummaryInput {
  components: { type: string; fullName: string }[]
  /** Members of the destructive manifests, with the manifest each is in. */
  deletions: { type: string; fullName: string; file: string }[]
  fileCount: number
  zipBytes: number
  apiVersion: string
  zipPath: string
  warnings: string[]
  /** The delta's own section, when the package is a delta. */
  sections: string[]
}

export function renderBuildSummary(input: BuildSummaryInput): string {
  const kib = Math.max(1, Math.round(input.zipBytes / 1024))
  return [
    `## 📦 Package built — ${plural(input.components.length, 'component')} to deploy, ${plural(input.deletions.length, 'deletion')}`,
    '',
    `API v${escapeInline(input.apiVersion)} · ${plural(input.fileCount, 'file')} · ${kib} KiB · ${codeSpan(input.zipPath)} · nothing was sent to an org.`,
    '',
    ...input.warnings.map((w) => `> ⚠️ ${escapeInline(w)}`),
    ...(input.warnings.length > 0 ? [''] : []),
    ...byType('To deploy', input.components),
    ...byType('To delete', input.deletions),
    ...input.sections,
    ''
  ].join('\n')
}

function byType(title: string, members: { type: string; fullName: string }[]): string[] {
  if (members.length === 0) return []
  const groups = new Map<string, string[]>()
  for (const m of members) groups.set(m.type, [...(groups.get(m.type) ?? []), m.fullName])
  const rows = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, names]) => [escapeTableCell(type), String(names.length), namesCell(names)])
  return [
    `### ${title} (${members.length})`,
    '',
    ...details('By type', table(['Type', 'Count', 'Names'], rows)),
    ''
  ]
}

// A type can hold thousands of members; the package.xml in the artifact has them all.
const NAMES_PER_TYPE = 50

function namesCell(names: string[]): string {
  const sorted = [...names].sort()
  const shown = sorted.slice(0, NAMES_PER_TYPE).map(codeSpanInCell).join(', ')
  const more = sorted.length - NAMES_PER_TYPE
  return more > 0 ? `${shown}, … and ${more} more` : shown
}
