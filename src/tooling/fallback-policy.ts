/**
 * Which API compiles the files: the Tooling API (MetadataContainer) or the Metadata API, and why
 * (docs/compile.md, When the Metadata API is used instead). The whole set goes one way, so the
 * result is atomic and one report. Pure: every reason is computed and stated, not only the first.
 */
import type {
  ClassifiedFile,
  MemberType,
  OrgEntity,
  OrgFacts,
  RequestStatus
} from './compile-model.ts'

/** More files than this gain nothing from a container: one queue wait either way. */
export const MAX_TOOLING_FILES = 20

/** Where the files go. */
export type Route =
  | { api: 'tooling'; members: { path: string; type: MemberType; name: string }[] }
  | { api: 'metadata-api'; reasons: string[] }
  /** Nothing may be done: saving to production. */
  | { api: 'refused'; reason: string }

/** Production = not a sandbox, no trial expiry (scratch, trial), not Developer Edition. */
export function isProduction(org: OrgFacts): boolean {
  return (
    !org.isSandbox && !org.trialExpirationDate && !/developer edition/i.test(org.organizationType)
  )
}

/** The org's kind, for the summary. */
export function describeOrg(org: OrgFacts): string {
  if (org.isSandbox) return 'sandbox'
  if (/developer edition/i.test(org.organizationType)) return 'Developer Edition'
  if (org.trialExpirationDate) return 'scratch or trial org'
  return `production (${org.organizationType || 'unknown edition'})`
}

/** Decides the route before anything is created in the org. */
export function chooseRoute(org: OrgFacts, files: ClassifiedFile[], checkOnly: boolean): Route {
  if (!checkOnly && isProduction(org)) {
    return {
      api: 'refused',
      reason:
        `check-only: false would save Apex to a ${describeOrg(org)} org, which the Tooling API refuses ` +
        "(Can't alter metadata in an active org). Deploy to production with mode: deploy, or set check-only: true."
    }
  }
  const reasons: string[] = []
  // Until IsCheckOnly in production is verified on a real org, production goes to the Metadata API.
  if (isProduction(org))
    reasons.push(
      `the org is ${describeOrg(org)}; Tooling API compiles are for sandboxes, scratch and Developer Edition orgs`
    )
  const members = files.flatMap((f) =>
    f.kind === 'member' ? [{ path: f.path, type: f.type, name: f.name }] : []
  )
  const memberPaths = new Set(members.map((m) => m.path))
  const others = files.filter((f) => f.kind === 'other').map((f) => f.path)
  if (others.length > 0)
    reasons.push(
      `${list(others)} ${others.length === 1 ? 'is not' : 'are not'} an Apex class, trigger, page or component`
    )
  const deleted = files.filter((f) => f.kind === 'deleted').map((f) => f.path)
  if (deleted.length > 0)
    reasons.push(
      `${list(deleted)} ${deleted.length === 1 ? 'was' : 'were'} deleted; containers cannot delete`
    )
  const metaOnly = files.filter(
    (f) => f.kind === 'meta-only' && !memberPaths.has(f.path.slice(0, -'-meta.xml'.length))
  )
  if (metaOnly.length > 0)
    reasons.push(`only the metadata file changed for ${list(metaOnly.map((f) => f.path))}`)
  if (members.length > MAX_TOOLING_FILES)
    reasons.push(
      `${members.length} files are more than ${MAX_TOOLING_FILES}; a container saves no time there`
    )
  if (members.length === 0 && reasons.length === 0)
    reasons.push('no Apex class, trigger, page or component to compile')
  return reasons.length > 0 ? { api: 'metadata-api', reasons } : { api: 'tooling', members }
}

/**
 * Pairs members with the org's entities; members the org lacks are new components, which go to the
 * Metadata API (creating them through `FullName` is not verified on a real org). Entities of
 * another namespace do not count.
 */
export function matchEntities(
  members: { path: string; type: MemberType; name: string }[],
  entities: OrgEntity[],
  namespace: string | null
): { matched: Map<string, OrgEntity>; reasons: string[] } {
  const matched = new Map<string, OrgEntity>()
  const missing: string[] = []
  for (const m of members) {
    const entity = entities.find(
      (e) =>
        e.type === m.type &&
        e.name.toLowerCase() === m.name.toLowerCase() &&
        (e.namespacePrefix ?? null) === namespace
    )
    if (entity) matched.set(m.path, entity)
    else missing.push(`${m.type} ${m.name}`)
  }
  const reasons =
    missing.length > 0
      ? [
          `${list(missing)} ${missing.length === 1 ? 'is' : 'are'} new to the org; containers only update existing components`
        ]
      : []
  return { matched, reasons }
}

/**
 * Why a finished request should go to the Metadata API instead, if it should: Error or
 * Invalidated twice, or a save blocked by scheduled jobs.
 */
export function reasonAfterRequest(status: RequestStatus, retried: boolean): string | undefined {
  if (status.state === 'Error' && retried)
    return `the Tooling API answered Error twice (${status.errorMsg ?? 'no message'})`
  if (status.state === 'Invalidated' && retried)
    return 'the Tooling API invalidated the request twice (the container changed or a newer request superseded it)'
  const scheduled = status.failures.find((f) =>
    /schedulable class has jobs pending or in progress/i.test(f.problem)
  )
  if (scheduled)
    return `${scheduled.componentType} ${scheduled.fullName} has scheduled jobs, which block Tooling API saves`
  return undefined
}

/**
 * True when a request should be tried once more with a fresh container: Error (a platform error)
 * and Invalidated are not compile results.
 */
export function shouldRetry(status: RequestStatus, retried: boolean): boolean {
  return !retried && (status.state === 'Error' || status.state === 'Invalidated')
}

function list(items: string[]): string {
  const shown = items.slice(0, 5).join(', ')
  return items.length > 5 ? `${shown} and ${items.length - 5} more` : shown
}
