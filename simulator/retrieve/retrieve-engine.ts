/**
 * Retrieve jobs: a `09S` id, Pending → InProgress → Succeeded/Failed on the simulator clock,
 * one active retrieve at a time. The result is resolved from the org store when the job starts;
 * the zip is built on the first status call that sees it done.
 */
import { type IdMinter, KEY_PREFIX, sameId } from '../core/ids.ts'
import type { XmlObject } from '../core/soap-xml.ts'
import type { OrgState, OrgUser } from '../org/org-state.ts'
import type { Manifest } from '../org/package-xml.ts'
import { zipFiles } from '../org/zip.ts'
import { customFieldNotice } from './custom-field-notice.ts'
import { resolveRetrieve } from './resolve-retrieve.ts'

/** A retrieve stays Pending at least this long, ms. */
export const RETRIEVE_PENDING_MS = 500
/** Base and per-file processing time, ms. */
export const RETRIEVE_BASE_MS = 300
export const RETRIEVE_FILE_MS = 2
/** Files per retrieve, the Metadata API limit. */
export const MAX_RETRIEVE_FILES = 10_000
/** Compressed size limit of a retrieve (39 MB, as for a SOAP deploy). */
export const MAX_RETRIEVE_ZIP_BYTES = 39_000_000

/** What the client asked for. */
export interface RetrieveRequest {
  apiVersion: string | undefined
  singlePackage: boolean
  specificFiles: string[]
  packageNames: string[]
  unpackaged: Manifest | undefined
}

/** The resolved outcome of a retrieve. */
export interface RetrieveOutcome {
  files: Map<string, Buffer>
  fileProperties: XmlObject[]
  messages: { fileName: string; problem: string }[]
  error?: { message: string; statusCode: string }
}

/** One retrieve job. */
export interface RetrieveJob {
  id: string
  createdAt: number
  user: OrgUser
  request: RetrieveRequest
  startedAt?: number
  completedAt?: number
  outcome?: RetrieveOutcome
  zip?: Buffer
  zipDelivered: boolean
}

/** The retrieve queue. */
export class RetrieveEngine {
  readonly jobs: RetrieveJob[] = []
  private readonly org: OrgState
  private readonly ids: IdMinter

  constructor(org: OrgState, ids: IdMinter) {
    this.org = org
    this.ids = ids
  }

  /** Finds a job by 15- or 18-character id. */
  find(id: string): RetrieveJob | undefined {
    return this.jobs.find((job) => sameId(job.id, id))
  }

  /** Queues a retrieve. */
  submit(request: RetrieveRequest, user: OrgUser, now: number): RetrieveJob {
    const job: RetrieveJob = {
      id: this.ids.next(KEY_PREFIX.retrieveRequest),
      createdAt: now,
      user,
      request,
      zipDelivered: false
    }
    this.jobs.push(job)
    this.sync(now)
    return job
  }

  /** Status of a job at `now`. */
  status(job: RetrieveJob, now: number): 'Pending' | 'InProgress' | 'Succeeded' | 'Failed' {
    if (job.completedAt !== undefined && now >= job.completedAt)
      return job.outcome?.error ? 'Failed' : 'Succeeded'
    return job.startedAt !== undefined && now >= job.startedAt ? 'InProgress' : 'Pending'
  }

  /** Runs the queue up to `now`. */
  sync(now: number): void {
    let lastEnd = Number.NEGATIVE_INFINITY
    for (const job of this.jobs) {
      if (job.completedAt !== undefined) {
        lastEnd = Math.max(lastEnd, job.completedAt)
        continue
      }
      const startAt = Math.max(job.createdAt + RETRIEVE_PENDING_MS, lastEnd)
      if (startAt > now) return
      if (job.startedAt === undefined) {
        job.startedAt = startAt
        job.outcome = resolveRetrieve(this.org, job.request, job.user, startAt)
        const notice = customFieldNotice(job.outcome.files)
        if (notice) job.outcome.messages.push(notice)
        if (job.outcome.files.size > MAX_RETRIEVE_FILES) {
          job.outcome = {
            files: new Map(),
            fileProperties: [],
            messages: [],
            error: {
              statusCode: 'LIMIT_EXCEEDED',
              message: `LIMIT_EXCEEDED: Too many files in retrieve call, limit is: ${MAX_RETRIEVE_FILES}`
            }
          }
        }
      }
      job.completedAt =
        job.startedAt + RETRIEVE_BASE_MS + RETRIEVE_FILE_MS * (job.outcome?.files.size ?? 0)
      lastEnd = job.completedAt
      // A running job keeps its planned end; the next one waits for it.
      if (job.completedAt > now) return
    }
  }

  /** Builds the zip of a finished job once (and applies the size limit). */
  async materialize(job: RetrieveJob): Promise<void> {
    const outcome = job.outcome
    if (!outcome || outcome.error || job.zip) return
    const zip = await zipFiles(outcome.files)
    if (zip.length > MAX_RETRIEVE_ZIP_BYTES) {
      job.outcome = {
        files: new Map(),
        fileProperties: [],
        messages: [],
        error: {
          statusCode: 'LIMIT_EXCEEDED',
          message: `LIMIT_EXCEEDED: Retrieve result exceeds the maximum size of ${MAX_RETRIEVE_ZIP_BYTES} bytes`
        }
      }
      return
    }
    job.zip = zip
  }
}
