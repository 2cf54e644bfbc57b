/**
 * Compile mode: compile (or save) changed Apex through a MetadataContainer, or hand the same
 * files to a Metadata API deploy when the container path cannot answer (docs/compile.md).
 * The file list comes from compile-files today and can come from a git delta later.
 */
import type { Outcome } from '../deploy/deploy-package.ts'
import { defaultRegistry } from '../source/registry/registry.ts'
import type { SourceTree } from '../source/source-tree.ts'
import { decodeUtf8 } from '../source/xml.ts'
import { classifyFiles, metaPathOf } from './classify-files.ts'
import { runAttempt, type AttemptOptions, type AttemptPorts } from './compile-attempt.ts'
import type {
  ChangedFile,
  ClassifiedFile,
  MemberSource,
  MemberType,
  OrgEntity,
  OrgFacts,
  RequestStatus
} from './compile-model.ts'
import { JOB_CANCELLED, type AttemptRecord, type CompileOutcome } from './compile-outcome.ts'
import { chooseRoute, matchEntities, reasonAfterRequest, shouldRetry } from './fallback-policy.ts'
import { memberMetadata } from './member-metadata.ts'

/** What a compile run needs from the outside. */
export interface CompilePorts extends AttemptPorts {
  /** The workspace, where the files are read. */
  source: SourceTree
  /** Deploys the same files through the Metadata API (check-only when asked). */
  fallbackDeploy: (files: ChangedFile[], checkOnly: boolean) => Promise<Outcome>
}

/** What to compile and how. */
export interface CompileRequest extends AttemptOptions {
  files: ChangedFile[]
  fallback: 'deploy' | 'fail'
}

/** Pause before the one retry after Error or Invalidated. */
const RETRY_BACKOFF_MS = 2_000

/** Runs compile mode to its end; every container it created is deleted before it returns. */
export async function compileChanges(
  request: CompileRequest,
  ports: CompilePorts
): Promise<CompileOutcome> {
  const started = ports.clock.now()
  const files = classifyFiles(request.files, defaultRegistry())
  const org = await ports.tooling.readOrg()
  const base = { checkOnly: request.checkOnly, org, files, started }
  const route = chooseRoute(org, files, request.checkOnly)
  if (route.api === 'refused') return finish(base, { method: 'none', refused: route.reason }, ports)
  if (route.api === 'metadata-api') return fallBack(base, route.reasons, [], request, ports)
  const members = await readMembers(route.members, ports.source)
  const entities = await lookUpEntities(members, org, ports)
  if (entities.reasons.length > 0) return fallBack(base, entities.reasons, [], request, ports)
  const tooling = await compileWithRetry(members, entities.matched, request, ports)
  if (tooling.reason) return fallBack(base, [tooling.reason], tooling.attempts, request, ports)
  return finish(
    base,
    {
      method: 'tooling',
      attempts: tooling.attempts,
      ...(tooling.final ? { final: tooling.final } : {}),
      ...(tooling.cancelled ? { cancelled: true } : {})
    },
    ports
  )
}

interface Base {
  checkOnly: boolean
  org: OrgFacts
  files: ClassifiedFile[]
  started: number
}

async function readMembers(
  list: { path: string; type: MemberType; name: string }[],
  source: SourceTree
): Promise<MemberSource[]> {
  return Promise.all(
    list.map(async (m) => {
      const body = decodeUtf8(await source.readFile(m.path))
      const metaPath = metaPathOf(m.path)
      const metadata = (await source.exists(metaPath))
        ? memberMetadata(decodeUtf8(await source.readFile(metaPath)), metaPath)
        : undefined
      return { ...m, body, ...(metadata ? { metadata } : {}) }
    })
  )
}

async function lookUpEntities(
  members: MemberSource[],
  org: OrgFacts,
  ports: CompilePorts
): Promise<{ matched: Map<string, OrgEntity>; reasons: string[] }> {
  const found: OrgEntity[] = []
  for (const type of new Set(members.map((m) => m.type))) {
    found.push(
      ...(await ports.tooling.findEntities(
        type,
        members.filter((m) => m.type === type).map((m) => m.name)
      ))
    )
  }
  return matchEntities(members, found, org.namespacePrefix)
}

/**
 * One attempt, and one more with a fresh container after Error or Invalidated, which are not
 * compile results.
 */
async function compileWithRetry(
  members: MemberSource[],
  entities: Map<string, OrgEntity>,
  request: CompileRequest,
  ports: CompilePorts
): Promise<{
  attempts: AttemptRecord[]
  final?: CompileOutcome['final']
  reason?: string
  cancelled?: boolean
}> {
  const attempts: AttemptRecord[] = []
  // One wait for the Tooling path as a whole: a retry gets what the first attempt left of it.
  const deadline = ports.clock.now() + request.timeoutMs
  for (let retried = false; ; retried = true) {
    // A cancel before an attempt (or during the retry's pause) creates no container at all.
    if (ports.cancelled()) return { attempts, cancelled: true }
    const timeoutMs = Math.max(0, deadline - ports.clock.now())
    const { record, status } = await runAttempt(members, entities, { ...request, timeoutMs }, ports)
    attempts.push(record)
    // Never a fallback deploy, nor a retry, for a cancelled job.
    if (record.stoppedBecause === JOB_CANCELLED)
      return { attempts, cancelled: true, ...(status ? { final: status } : {}) }
    if (!status)
      return {
        attempts,
        ...(record.stoppedBecause && !record.requestId ? { reason: record.stoppedBecause } : {})
      }
    if (!record.stoppedBecause && shouldRetry(status, retried)) {
      if (deadline - ports.clock.now() <= RETRY_BACKOFF_MS)
        return { attempts, final: status, reason: noTimeToRetry(status, request.timeoutMs) }
      ports.logger.warning(
        `The request ended ${status.state}${status.errorMsg ? ` (${status.errorMsg})` : ''}; retrying once with a fresh container.`
      )
      await ports.clock.sleep(RETRY_BACKOFF_MS)
      continue
    }
    const reason = record.stoppedBecause ? undefined : reasonAfterRequest(status, retried)
    return { attempts, final: status, ...(reason ? { reason } : {}) }
  }
}

function noTimeToRetry(status: RequestStatus, timeoutMs: number): string {
  const answer =
    status.state === 'Error'
      ? `answered Error (${status.errorMsg ?? 'no message'})`
      : 'invalidated the request'
  const wait =
    timeoutMs >= 60_000
      ? `${Math.round(timeoutMs / 60_000)} min`
      : `${Math.round(timeoutMs / 1000)} s`
  return `the Tooling API ${answer}, and the wait of ${wait} leaves no time to retry`
}

async function fallBack(
  base: Base,
  reasons: string[],
  attempts: AttemptRecord[],
  request: CompileRequest,
  ports: CompilePorts
): Promise<CompileOutcome> {
  if (ports.cancelled()) {
    ports.logger.warning('The job was cancelled; the Metadata API deploy is not started.')
    return finish(
      base,
      { method: 'none', attempts, fallbackReasons: reasons, cancelled: true },
      ports
    )
  }
  if (request.fallback === 'fail') {
    const refused = `The Tooling API cannot compile these files and compile-fallback is fail: ${reasons.join('; ')}.`
    return finish(base, { method: 'none', attempts, fallbackReasons: reasons, refused }, ports)
  }
  ports.logger.info(
    `Using a Metadata API ${request.checkOnly ? 'check-only ' : ''}deploy instead: ${reasons.join('; ')}.`
  )
  const deploy = await ports.fallbackDeploy(request.files, request.checkOnly)
  return finish(base, { method: 'metadata-api', attempts, fallbackReasons: reasons, deploy }, ports)
}

function finish(
  base: Base,
  rest: Partial<CompileOutcome> & Pick<CompileOutcome, 'method'>,
  ports: CompilePorts
): CompileOutcome {
  const attempts = rest.attempts ?? []
  return {
    checkOnly: base.checkOnly,
    org: base.org,
    files: base.files,
    attempts,
    fallbackReasons: [],
    ...rest,
    timedOut: attempts.some((a) => a.stoppedBecause?.startsWith('timed out') ?? false),
    cancelled: rest.cancelled ?? false,
    totalMs: ports.clock.now() - base.started
  }
}
