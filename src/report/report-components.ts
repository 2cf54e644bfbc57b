/** Builds the component section: errors and warnings mapped to repo files, successes counted. */
import { componentCounts } from '../model/component-counts.ts'
import type { ComponentMessage, DeployResult } from '../model/deploy-result.ts'
import type {
  ApexSourceResolver,
  ComponentIssue,
  ComponentRow,
  ComponentSection,
  ComponentState,
  SourceResolver
} from './report-types.ts'

/** Resolvers used to map zip paths back to the repository. */
export interface Resolvers {
  resolveSource?: SourceResolver
  resolveApexSource?: ApexSourceResolver
}

/** LWC/Aura embed locations in the problem text, as `[Line: 3, Col: 7]`. */
const EMBEDDED_LOCATION = /\[Line: (\d+), Col: (\d+)\]/

/** The org's text for a deletion of a component it does not have. */
const NOT_FOUND = /^No (\S+) named: (.+) found$/

/** Builds the component section from the result's details. */
export function buildComponentSection(
  result: DeployResult,
  resolvers: Resolvers
): ComponentSection {
  const failures = result.details?.componentFailures ?? []
  // With ignoreWarnings the org returns warnings among the successes (success=true); they are
  // still worth showing, e.g. a destructive change naming a component the org does not have.
  const ignoredWarnings = (result.details?.componentSuccesses ?? []).filter(
    (m) => m.problemType === 'Warning' && (m.problem ?? '').trim() !== ''
  )
  const issues = dedupeIssues([...failures, ...ignoredWarnings].map((m) => toIssue(m, resolvers)))
  const failed = new Set(failures.map(componentKey))
  // The package.xml row is not a component; when the org reports an LWC as both, the failure wins.
  const rows = (result.details?.componentSuccesses ?? [])
    .filter((m) => !isManifest(m) && !failed.has(componentKey(m)))
    .map(toRow)
  const successes = rows.filter((r) => r.state !== 'Deleted')
  const deleted = rows.filter((r) => r.state === 'Deleted')
  const ordered = [...issues].sort(byFileAndLine)
  return {
    errors: ordered.filter((i) => i.severity === 'error'),
    warnings: ordered.filter((i) => i.severity === 'warning'),
    successes,
    deleted,
    ...componentCounts(result),
    byState: countStates(rows),
    byType: countTypes(rows)
  }
}

/** Manifest messages (package.xml, destructiveChanges*.xml) have no source file. */
export function isManifest(m: Pick<ComponentMessage, 'componentType' | 'fileName'>): boolean {
  const base = m.fileName.split('/').pop() ?? ''
  return (
    m.componentType === '' ||
    base === 'package.xml' ||
    /^destructiveChanges(Pre|Post)?\.xml$/.test(base)
  )
}

function componentKey(m: ComponentMessage): string {
  return `${m.componentType}\u0000${m.fullName}`
}

function toIssue(m: ComponentMessage, resolvers: Resolvers): ComponentIssue {
  const severity = m.problemType === 'Warning' || m.problemType === 'Info' ? 'warning' : 'error'
  const problem =
    m.problem?.trim() || (severity === 'error' ? 'No problem text from Salesforce.' : '')
  const embedded = EMBEDDED_LOCATION.exec(problem)
  const line = m.lineNumber ?? (embedded ? Number(embedded[1]) : undefined)
  const column = m.columnNumber ?? (embedded ? Number(embedded[2]) : undefined)
  const manifest = isManifest(m)
  const source = manifest ? undefined : resolveComponent(m, line, resolvers)
  const finalLine = source?.line ?? line
  return {
    severity,
    componentType: m.componentType,
    // A destructive manifest's message names the manifest as its component; the problem text
    // names the component ("No ApexClass named: Foo found").
    fullName: (manifest ? NOT_FOUND.exec(problem)?.[2] : undefined) ?? m.fullName,
    fileName: m.fileName,
    problem,
    ...(finalLine !== undefined && finalLine >= 1 ? { line: finalLine } : {}),
    ...(column !== undefined && column >= 1 ? { column } : {}),
    ...(source ? { path: source.path } : {}),
    manifest
  }
}

function resolveComponent(
  m: ComponentMessage,
  line: number | undefined,
  { resolveSource, resolveApexSource }: Resolvers
): { path: string; line?: number } | undefined {
  const found = resolveSource?.({
    fileName: m.fileName,
    componentType: m.componentType,
    fullName: m.fullName,
    ...(line !== undefined ? { lineNumber: line } : {})
  })
  if (found) return found
  // Apex bodies deploy unchanged, so the class file itself is the answer when the map has none.
  const apexType =
    m.componentType === 'ApexClass'
      ? 'Class'
      : m.componentType === 'ApexTrigger'
        ? 'Trigger'
        : undefined
  const path = apexType ? resolveApexSource?.(apexType, m.fullName) : undefined
  return path ? { path } : undefined
}

/** Drops exact repeats (the org sometimes sends one message twice, e.g. for LWC). */
function dedupeIssues(issues: ComponentIssue[]): ComponentIssue[] {
  const seen = new Set<string>()
  return issues.filter((i) => {
    const key = [i.severity, i.componentType, i.fullName, i.problem, i.line, i.column].join(
      '\u0000'
    )
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** State as the Salesforce CLI derives it: created → deleted → changed → unchanged. */
function toRow(m: ComponentMessage): ComponentRow {
  const state: ComponentState = m.created
    ? 'Created'
    : m.deleted
      ? 'Deleted'
      : m.changed
        ? 'Changed'
        : 'Unchanged'
  return { componentType: m.componentType, fullName: m.fullName, fileName: m.fileName, state }
}

function countStates(rows: ComponentRow[]): Record<ComponentState, number> {
  const counts: Record<ComponentState, number> = {
    Created: 0,
    Changed: 0,
    Unchanged: 0,
    Deleted: 0
  }
  for (const r of rows) counts[r.state] += 1
  return counts
}

function countTypes(rows: ComponentRow[]): [string, number][] {
  const counts = new Map<string, number>()
  for (const r of rows) counts.set(r.componentType, (counts.get(r.componentType) ?? 0) + 1)
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b))
}

function byFileAndLine(a: ComponentIssue, b: ComponentIssue): number {
  return (a.path ?? a.fileName).localeCompare(b.path ?? b.fileName) || (a.line ?? 0) - (b.line ?? 0)
}
