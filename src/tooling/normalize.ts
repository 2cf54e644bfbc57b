/**
 * Tooling API wire shapes → the compile model. The only place that knows the quirks: states in
 * any case, X-or-X[] message lists, numbers as strings, null or -1 lines, HTML entities in
 * `problem`.
 */
import type {
  CompileMessage,
  CompileState,
  MemberType,
  OrgEntity,
  OrgFacts,
  RequestStatus
} from './compile-model.ts'
import type * as wire from './wire.ts'

const STATES: readonly CompileState[] = [
  'Queued',
  'Completed',
  'Failed',
  'Error',
  'Invalidated',
  'Aborted'
]

// The platform's wording for a dependant of the class that failed.
const DEPENDANT = /dependent class is invalid and needs recompilation/i

/** A State value in the model's spelling; anything unexpected is `Unknown` (polling goes on). */
export function normalizeState(raw: string | null | undefined): CompileState {
  const folded = (raw ?? '').replace(/\s+/g, '').toLowerCase()
  return STATES.find((s) => s.toLowerCase() === folded) ?? 'Unknown'
}

/** Normalises one list that may be null, one object or an array. */
export function ensureArray<T>(value: wire.OneOrMany<T>): T[] {
  if (value === null || value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

/** A 1-based line or column, or undefined for null, -1, 0, or text that is no number. */
export function positiveInt(value: number | string | null | undefined): number | undefined {
  const n = typeof value === 'string' ? Number(value.trim()) : value
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined
}

const NAMED: Record<string, string> = {
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  amp: '&',
  nbsp: '\u00a0'
}

/**
 * Decodes HTML entities once, in a single pass, so `&amp;lt;` becomes `&lt;` and not `<`
 * (the org escapes `problem` text once; decoding twice would invent markup).
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole
    }
    return NAMED[ref.toLowerCase()] ?? whole
  })
}

function truthy(value: boolean | string | null | undefined): boolean {
  return value === true || (typeof value === 'string' && value.toLowerCase() === 'true')
}

/** One failure (or warning) message. */
export function toCompileMessage(m: wire.DeployMessage): CompileMessage {
  const problem = decodeEntities(m.problem ?? '')
  const line = positiveInt(m.lineNumber)
  const column = positiveInt(m.columnNumber)
  return {
    componentType: m.componentType ?? '',
    fullName: m.fullName ?? '',
    fileName: m.fileName ?? '',
    ...(line ? { line } : {}),
    ...(line && column ? { column } : {}),
    problem,
    severity: (m.problemType ?? '').toLowerCase() === 'warning' ? 'warning' : 'error',
    dependant: DEPENDANT.test(problem)
  }
}

/** A ContainerAsyncRequest record → its status in the model. */
export function toRequestStatus(record: wire.ContainerAsyncRequest): RequestStatus {
  const details = record.DeployDetails ?? undefined
  const failures = ensureArray(details?.componentFailures).filter((m) => !truthy(m.success))
  // Warnings arrive among allComponentMessages only (a success with a problem attached).
  const warnings = ensureArray(details?.allComponentMessages).filter(
    (m) => truthy(m.success) && (m.problemType ?? '').toLowerCase() === 'warning' && m.problem
  )
  const errorMsg = record.ErrorMsg ? decodeEntities(record.ErrorMsg) : undefined
  return {
    id: record.Id,
    state: normalizeState(record.State),
    rawState: record.State ?? '',
    ...(errorMsg ? { errorMsg } : {}),
    failures: [...failures, ...warnings].map(toCompileMessage),
    successes: ensureArray(details?.componentSuccesses).map((m) => ({
      componentType: m.componentType ?? '',
      fullName: m.fullName ?? ''
    }))
  }
}

/** The Organization row → the facts the fallback policy needs. */
export function toOrgFacts(row: wire.OrganizationRow): OrgFacts {
  return {
    isSandbox: truthy(row.IsSandbox),
    organizationType: row.OrganizationType ?? '',
    trialExpirationDate: row.TrialExpirationDate ?? null,
    namespacePrefix: row.NamespacePrefix ?? null
  }
}

/** Entity rows of one type → entities. */
export function toEntities(type: MemberType, rows: wire.EntityRow[]): OrgEntity[] {
  return rows.map((r) => ({
    type,
    id: r.Id,
    name: r.Name,
    namespacePrefix: r.NamespacePrefix ?? null
  }))
}
