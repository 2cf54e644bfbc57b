import type { JobCreateResult, PushApi } from '../../src/push-upgrade/push-api.ts'
import {
  emptyCounts,
  type FailedJob,
  type JobState,
  type PackageInfo,
  type PackageVersion,
  type RequestState,
  type StatusCounts,
  type Subscriber
} from '../../src/push-upgrade/push-model.ts'
import { TransientError } from '../../src/shared/errors.ts'

/** An in-memory PushApi: scripted answers, every call recorded. */
export class FakePushApi implements PushApi {
  readonly calls: string[] = []
  readonly jobBatches: string[][] = []
  readonly statusWrites: string[] = []
  pkg: PackageInfo = { id: '033000000000001', name: 'Pkg', namespacePrefix: null }
  versions: PackageVersion[] = []
  subscribers: Subscriber[] = []
  /** Orgs with a job. */
  readonly jobs = new Set<string>()
  /** Per-org answer of createJobs; default ok. */
  answer: (org: string) => JobCreateResult = () => ({ ok: true, id: '0DX' })
  /** Throws for the n-th createJobs call (1-based) after writing `written` records. */
  failCall?: { call: number; written: number; error: Error }
  /** Request states returned by successive readRequest calls (the last one repeats). */
  requestStates: RequestState['status'][] = ['succeeded']
  /** Job counts returned by successive countJobs calls (the last one repeats). */
  countsSeq: Partial<StatusCounts>[] = [{}]
  /** Errors thrown by the next readRequest calls. */
  readErrors: Error[] = []
  failed: FailedJob[] = []
  /** Answer of readJobStates (every job of the request with its status). */
  jobStates: JobState[] = []

  async readPackage(): Promise<PackageInfo> {
    this.calls.push('readPackage')
    return this.pkg
  }
  async readVersion(id: string): Promise<PackageVersion | undefined> {
    this.calls.push('readVersion')
    return this.versions.find((v) => v.id === id)
  }
  async readVersions(): Promise<PackageVersion[]> {
    this.calls.push('readVersions')
    return this.versions
  }
  async readAllSubscribers(): Promise<Subscriber[]> {
    this.calls.push('readAllSubscribers')
    return this.subscribers
  }
  async readSubscribers(_p: string, ids: readonly string[]): Promise<Subscriber[]> {
    this.calls.push('readSubscribers')
    return this.subscribers.filter((s) =>
      ids.some((id) => id.slice(0, 15) === s.orgKey.slice(0, 15))
    )
  }
  async createRequest(): Promise<string> {
    this.calls.push('createRequest')
    return '0DV000000000001AAA'
  }
  async createJobs(_r: string, orgs: readonly string[]): Promise<JobCreateResult[]> {
    this.calls.push('createJobs')
    this.jobBatches.push([...orgs])
    const f = this.failCall
    if (f && f.call === this.jobBatches.length) {
      for (const org of orgs.slice(0, f.written)) if (this.answer(org).ok) this.jobs.add(org)
      throw f.error
    }
    return orgs.map((org) => {
      const a = this.answer(org)
      if (a.ok) this.jobs.add(org)
      return a
    })
  }
  async findJobOrgs(_r: string, orgs: readonly string[]): Promise<string[]> {
    this.calls.push('findJobOrgs')
    return orgs.filter((o) => this.jobs.has(o))
  }
  async setRequestStatus(_r: string, status: 'Pending' | 'Canceled'): Promise<void> {
    this.calls.push(`set ${status}`)
    this.statusWrites.push(status)
  }
  async readRequest(id: string): Promise<RequestState> {
    this.calls.push('readRequest')
    const error = this.readErrors.shift()
    if (error) throw error
    const status =
      this.requestStates.length > 1
        ? (this.requestStates.shift() as RequestState['status'])
        : (this.requestStates[0] ?? 'succeeded')
    return { id, status, rawStatus: status }
  }
  async countJobs(): Promise<StatusCounts> {
    this.calls.push('countJobs')
    const next = this.countsSeq.length > 1 ? this.countsSeq.shift() : this.countsSeq[0]
    return { ...emptyCounts(), ...next }
  }
  async readJobStates(): Promise<JobState[]> {
    this.calls.push('readJobStates')
    return this.jobStates
  }
  async readFailedJobs(): Promise<FailedJob[]> {
    this.calls.push('readFailedJobs')
    return this.failed
  }
}

export const transient = (): TransientError =>
  new TransientError('POST /composite/sobjects: HTTP 503 from the org')
