/**
 * Retrieves components from the org into memory: wildcards expanded, the work split to stay
 * within the retrieve limits (and halved again when the org still refuses a request as too
 * large), each request polled to its end, the zips merged without their `unpackaged/` folder.
 */
import type { WaitOptions } from '../deploy/wait-for-deploy.ts'
import type {
  FileProperties,
  RetrieveApi,
  RetrieveMessage,
  RetrieveResult
} from '../metadata-api/retrieve-api.ts'
import type { Clock } from '../shared/clock.ts'
import { ActionError } from '../shared/errors.ts'
import type { Logger } from '../shared/logger.ts'
import { unzipEntries } from '../source/zip.ts'
import { expandWildcards } from './expand-wildcards.ts'
import { mergeParentFile } from './merge-parent-file.ts'
import { refKey, type ComponentRef } from './metadata-paths.ts'
import {
  halve,
  planChunks,
  RETRIEVE_LIMITS,
  type RetrieveLimits,
  type SizeEstimate
} from './plan-chunks.ts'
import { withRetries } from '../deploy/wait-for-deploy.ts'
import { waitForRetrieve } from './wait-for-retrieve.ts'

/** What a retrieve needs from the outside. */
export interface RetrievePorts {
  api: RetrieveApi
  clock: Clock
  logger: Logger
}

/** How to retrieve. */
export interface RetrieveOptions {
  apiVersion: string
  wait: WaitOptions
  /** Expected size of a member (from the deploy package when there is one). */
  estimate?: (ref: ComponentRef) => SizeEstimate
  limits?: RetrieveLimits
}

/** The org's copy of the requested components. */
export interface RetrievedComponents {
  /** Members after wildcard expansion. */
  members: ComponentRef[]
  /** Files by metadata-format path (no `unpackaged/` folder, no package.xml). */
  files: Map<string, Uint8Array>
  /** Keys (`Type:fullName`) of the members the org holds. */
  existing: Set<string>
  /** Requested members the org does not have. */
  missing: ComponentRef[]
  /** Component entries as the org reported them. */
  fileProperties: FileProperties[]
  /** Other problems the org reported (warnings). */
  messages: RetrieveMessage[]
  /** Ids of the retrieves that delivered, one per request. */
  retrieveIds: string[]
  notes: string[]
}

// A zip already handed out cannot be fetched again: the retrieve is submitted anew.
const MAX_SUBMISSIONS = 3
const MISSING = /^Entity of type '([^']+)' named '(.+)' cannot be found$/
const FOLDER_TYPES: Record<string, string> = {
  ReportFolder: 'Report',
  DashboardFolder: 'Dashboard',
  DocumentFolder: 'Document',
  EmailFolder: 'EmailTemplate',
  EmailTemplateFolder: 'EmailTemplate'
}

/** Retrieves `members` (wildcards allowed). */
export async function retrieveComponents(
  requested: readonly ComponentRef[],
  ports: RetrievePorts,
  options: RetrieveOptions
): Promise<RetrievedComponents> {
  const expanded = await expandWildcards(
    requested,
    (q) => withRetries(() => ports.api.listMetadata(q), ports, options.wait),
    ports.logger
  )
  const out: RetrievedComponents = {
    members: expanded.members,
    files: new Map(),
    existing: new Set(),
    missing: [],
    fileProperties: [],
    messages: [],
    retrieveIds: [],
    notes: expanded.notes
  }
  const limits = options.limits ?? RETRIEVE_LIMITS
  const queue = planChunks(expanded.members, options.estimate, limits)
  if (queue.length > 1)
    out.notes.push(
      `Retrieved in ${queue.length} requests to stay within the retrieve limits (${describeLimits(limits)}).`
    )
  for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
    if (chunk.length === 0) continue
    const result = await retrieveChunk(chunk, ports, options)
    if (result.kind === 'too-large') {
      if (chunk.length === 1)
        throw new ActionError(
          `${chunk[0]?.type} ${chunk[0]?.fullName} alone exceeds the retrieve limits: ${result.message}`
        )
      const [first, second] = halve(chunk)
      ports.logger.info(
        `The org refused a retrieve of ${chunk.length} components as too large; splitting it in two.`
      )
      out.notes.push(
        `A request of ${chunk.length} components exceeded the limits (${result.message}) and was split.`
      )
      queue.unshift(first, second)
      continue
    }
    merge(out, result.result, result.files)
  }
  out.missing = expanded.members.filter((m) => m.fullName !== '*' && !out.existing.has(refKey(m)))
  return out
}

/** `10,000 files, 39 MB`. */
function describeLimits(limits: RetrieveLimits): string {
  return `${limits.maxFiles.toLocaleString('en-US')} files, ${limits.maxBytes / 1_000_000} MB`
}

type ChunkResult =
  | { kind: 'done'; result: RetrieveResult; files: Map<string, Uint8Array> }
  | { kind: 'too-large'; message: string }

async function retrieveChunk(
  chunk: ComponentRef[],
  ports: RetrievePorts,
  options: RetrieveOptions
): Promise<ChunkResult> {
  const types = new Map<string, string[]>()
  for (const ref of chunk) types.set(ref.type, [...(types.get(ref.type) ?? []), ref.fullName])
  for (let submission = 1; submission <= MAX_SUBMISSIONS; submission++) {
    const id = await withRetries(
      () => ports.api.retrieve({ apiVersion: options.apiVersion, types }),
      ports,
      options.wait
    )
    ports.logger.info(`Retrieving ${chunk.length} components: ${id}`)
    const result = await waitForRetrieve(id, ports, options.wait)
    if (result.status === 'Failed') {
      const message = result.errorMessage ?? result.errorStatusCode ?? 'no message'
      if (result.errorStatusCode === 'LIMIT_EXCEEDED' || /LIMIT_EXCEEDED/.test(message))
        return { kind: 'too-large', message }
      throw new ActionError(`Retrieve ${id} failed: ${message}`)
    }
    if (result.zip) return { kind: 'done', result, files: unpack(result.zip, id) }
    ports.logger.warning(
      `Retrieve ${id} finished but its zip was not delivered; submitting it again.`
    )
  }
  throw new ActionError(
    `The org finished the retrieve ${MAX_SUBMISSIONS} times without delivering its zip.`
  )
}

/** The zip's files without the package folder and without package.xml. */
function unpack(zip: Uint8Array, id: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>()
  let entries: Map<string, Uint8Array>
  try {
    // Bounded by the reader's default, the Metadata API's limit for a package, before inflating.
    entries = unzipEntries(zip, `retrieve ${id}`)
  } catch (error) {
    throw new ActionError(
      `The zip of retrieve ${id} could not be read: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  for (const [path, bytes] of entries) {
    const bare = path.startsWith('unpackaged/') ? path.slice('unpackaged/'.length) : path
    if (bare === 'package.xml') continue
    files.set(bare, bytes)
  }
  return files
}

function merge(
  out: RetrievedComponents,
  result: RetrieveResult,
  files: Map<string, Uint8Array>
): void {
  out.retrieveIds.push(result.id)
  for (const [path, bytes] of files) {
    const earlier = out.files.get(path)
    out.files.set(path, earlier ? mergeParentFile(path, earlier, bytes) : bytes)
  }
  for (const p of result.fileProperties) {
    if (p.type === 'Package') continue
    out.fileProperties.push(p)
    out.existing.add(refKey({ type: FOLDER_TYPES[p.type] ?? p.type, fullName: p.fullName }))
  }
  for (const message of result.messages) {
    if (MISSING.test(message.problem)) continue
    out.messages.push(message)
  }
}
