/**
 * The org's deploy queue: one deploy at a time, the rest wait in Pending. `sync(now)` replays
 * everything that happened up to `now` on the simulator clock: starts, phase changes, cancels,
 * completions and commits. Quick-deploy eligibility is described in README.md.
 */
import { type IdMinter, KEY_PREFIX, sameId } from '../core/ids.ts'
import { parentTypeOf } from '../org/metadata-registry.ts'
import type { OrgState, OrgUser } from '../org/org-state.ts'
import { findChildElement, upsertChildElement } from '../org/xml-children.ts'
import type { DeployJob } from './deploy-job.ts'
import { naturalEnd } from './deploy-job.ts'
import type { DeployOptions } from './deploy-model.ts'
import { planDeploy, planQuickDeploy } from './plan-deploy.ts'

/** A deploy stays Pending at least this long after submission, ms. */
export const PENDING_MS = 1500
/** Canceling lasts this long before Canceled, ms. */
export const CANCEL_MS = 1000
/** Length of the optional finalizing stage, ms. */
export const FINALIZING_MS = 2000
/** How long a validation stays quick-deployable, ms (10 days). */
export const QUICK_DEPLOY_WINDOW_MS = 10 * 24 * 60 * 60 * 1000

/** Switches the fault hooks can flip. */
export interface EngineSwitches {
  finalizing: { enabled: boolean; status: string }
}

/** Why a request against a deploy id failed. */
export type EngineError = 'not-found' | 'completed' | 'finalizing' | 'ineligible'

/** The deploy queue of one org. */
export class DeployEngine {
  readonly jobs: DeployJob[] = []
  readonly switches: EngineSwitches = { finalizing: { enabled: false, status: 'Finalizing' } }
  private readonly org: OrgState
  private readonly ids: IdMinter
  private readonly production: boolean
  private readonly maxApiVersion: number
  /** Completion time of the last deployment that changed the org. */
  private lastCommitAt = Number.NEGATIVE_INFINITY
  private lastCompletionAt = Number.NEGATIVE_INFINITY

  constructor(org: OrgState, ids: IdMinter, production: boolean, maxApiVersion: number) {
    this.org = org
    this.ids = ids
    this.production = production
    this.maxApiVersion = maxApiVersion
  }

  /** Finds a job by 15- or 18-character id. */
  find(id: string): DeployJob | undefined {
    return this.jobs.find((job) => sameId(job.id, id))
  }

  /** Queues a deploy or validation. */
  submit(input: {
    files: Map<string, Buffer>
    /** Entries of the uploaded zip, folder entries included. */
    zipEntries?: number
    options: DeployOptions
    transport: 'soap' | 'rest'
    apiVersion: string
    user: OrgUser
    now: number
  }): DeployJob {
    const manifest =
      input.files.get('package.xml') ??
      [...input.files].find(([path]) => /^[^/]+\/package\.xml$/.test(path))?.[1]
    const job: DeployJob = {
      id: this.ids.next(KEY_PREFIX.deployRequest),
      transport: input.transport,
      apiVersion: input.apiVersion,
      createdAt: input.now,
      createdBy: input.user,
      options: input.options,
      files: input.files,
      ...(input.zipEntries === undefined ? {} : { zipEntries: input.zipEntries }),
      packageXml: manifest?.toString('utf8'),
      finalizingMs: 0,
      finalizingStatus: 'Finalizing'
    }
    this.jobs.push(job)
    this.sync(input.now)
    return job
  }

  /** Why a validation can't be quick-deployed now, or undefined when it can. */
  ineligibility(validation: DeployJob | undefined, now: number): string | undefined {
    if (!validation) return 'no validation with this id exists in this org'
    if (!validation.options.checkOnly) return 'the deploy is not a validation (checkOnly=false)'
    if (validation.finalStatus !== 'Succeeded') return 'the validation has not succeeded'
    if (!validation.plan?.tests.runTestsEnabled) return 'the validation ran no Apex tests'
    if (validation.quickDeployedAs)
      return `the validation was already quick-deployed as ${validation.quickDeployedAs}`
    const completed = validation.completedAt as number
    if (now - completed > QUICK_DEPLOY_WINDOW_MS) return 'the validation is older than 10 days'
    if (this.lastCommitAt > completed) return 'a deployment completed after the validation'
    return undefined
  }

  /** Starts a quick deploy of a validation, or says why it can't. */
  quickDeploy(
    validationId: string,
    user: OrgUser,
    transport: 'soap' | 'rest',
    apiVersion: string,
    now: number
  ): DeployJob | { error: EngineError; reason: string } {
    this.sync(now)
    const validation = this.find(validationId)
    const reason = this.ineligibility(validation, now)
    if (reason || !validation) return { error: 'ineligible', reason: reason ?? 'not found' }
    const job: DeployJob = {
      id: this.ids.next(KEY_PREFIX.deployRequest),
      transport,
      apiVersion,
      createdAt: now,
      createdBy: user,
      options: { ...validation.options, checkOnly: false },
      files: validation.files,
      ...(validation.zipEntries === undefined ? {} : { zipEntries: validation.zipEntries }),
      packageXml: validation.packageXml,
      validatedDeployRequestId: validation.id,
      finalizingMs: 0,
      finalizingStatus: 'Finalizing'
    }
    validation.quickDeployedAs = job.id
    this.jobs.push(job)
    this.sync(now)
    return job
  }

  /**
   * Requests cancellation (see README.md, Cancel): done=true before start, done=false while
   * running.
   */
  cancel(
    id: string,
    user: OrgUser,
    now: number
  ): { done: boolean; id: string } | { error: EngineError } {
    this.sync(now)
    const job = this.find(id)
    if (!job) return { error: 'not-found' }
    if (job.completedAt !== undefined) return { error: 'completed' }
    if (job.startedAt === undefined) {
      this.complete(job, now, 'Canceled', user)
      this.sync(now)
      return { done: true, id: job.id }
    }
    const end = naturalEnd(job) ?? now
    const inFinalizing = job.finalizingMs > 0 && now >= end - job.finalizingMs
    if (inFinalizing && this.maxApiVersion >= 65) return { error: 'finalizing' }
    if (job.cancelRequestedAt === undefined) {
      job.cancelRequestedAt = now
      job.canceledBy = user
    }
    return { done: false, id: job.id }
  }

  /** Runs the queue up to `now`. */
  sync(now: number): void {
    for (;;) {
      const active = this.jobs.find(
        (job) => job.startedAt !== undefined && job.completedAt === undefined
      )
      if (active) {
        const end = naturalEnd(active) as number
        const cancelAt =
          active.cancelRequestedAt === undefined
            ? Number.POSITIVE_INFINITY
            : active.cancelRequestedAt + CANCEL_MS
        const finish = Math.min(end, cancelAt)
        if (finish > now) return
        this.complete(active, finish, cancelAt < end ? 'Canceled' : undefined, active.canceledBy)
        continue
      }
      const next = this.jobs.find(
        (job) => job.startedAt === undefined && job.completedAt === undefined
      )
      if (!next) return
      const startAt = Math.max(next.createdAt + PENDING_MS, this.lastCompletionAt)
      if (startAt > now) return
      this.start(next, startAt)
    }
  }

  private start(job: DeployJob, at: number): void {
    const validation = job.validatedDeployRequestId
      ? this.find(job.validatedDeployRequestId)
      : undefined
    job.plan = validation?.plan
      ? planQuickDeploy(validation.plan)
      : planDeploy({
          files: job.files,
          options: job.options,
          org: this.org,
          production: this.production
        })
    job.startedAt = at
    job.finalizingMs = this.switches.finalizing.enabled ? FINALIZING_MS : 0
    job.finalizingStatus = this.switches.finalizing.status
  }

  private complete(
    job: DeployJob,
    at: number,
    forced: 'Canceled' | undefined,
    canceledBy: OrgUser | undefined
  ): void {
    job.completedAt = at
    this.lastCompletionAt = Math.max(this.lastCompletionAt, at)
    if (forced) {
      job.finalStatus = forced
      if (canceledBy) job.canceledBy = canceledBy
      return
    }
    const outcome = job.plan?.outcome
    job.finalStatus = outcome?.status ?? 'Failed'
    if (!job.options.checkOnly && outcome?.success) {
      this.commit(job, at)
      this.lastCommitAt = at
    }
  }

  private commit(job: DeployJob, at: number): void {
    const plan = job.plan
    if (!plan) return
    const stamp = { userId: job.createdBy.id, userName: job.createdBy.name, at }
    for (const write of plan.analysis.writes) {
      if (write.failed) continue
      const existing = this.org.get(write.type, write.fullName)
      if (write.childrenOnly && existing) {
        const merged = mergeChildren(
          existing.files.get(existing.mainFile),
          write.files.get(write.mainFile),
          write.childrenOnly
        )
        this.org.upsert(write, new Map([...existing.files, [write.mainFile, merged]]), stamp)
        continue
      }
      this.org.upsert(write, write.files, stamp)
    }
    for (const ref of plan.analysis.deletes) this.org.remove(ref.type, ref.fullName, stamp)
  }
}

function mergeChildren(
  orgFile: Buffer | undefined,
  zipFile: Buffer | undefined,
  children: { type: string; fullName: string }[]
): Buffer {
  let xml = orgFile?.toString('utf8') ?? ''
  const source = zipFile?.toString('utf8') ?? ''
  for (const child of children) {
    const parentType = parentTypeOf(child.type)
    const tag = Object.entries(parentType?.children ?? {}).find(
      ([, type]) => type === child.type
    )?.[0]
    if (!tag || !parentType) continue
    const name = parentType.unprefixedChildren
      ? child.fullName
      : child.fullName.slice(child.fullName.indexOf('.') + 1)
    const id = parentType.childIdElements?.[child.type]
    const element = findChildElement(source, tag, name, id)
    if (element) xml = upsertChildElement(xml, tag, name, element, id)
  }
  return Buffer.from(xml, 'utf8')
}
