/**
 * Sync mode's orchestration (functional core behind ports): reads the org's current version of
 * the components it will upsert (readMetadata, one call per batch), skips those already as
 * wanted, applies the CRUD renames and upserts in plan order, then the Apex through the Tooling
 * API, then one Metadata API deploy for the rest, then the CRUD deletions. CRUD calls are not
 * transactional, so the first failed batch stops the run: what was applied before it stays
 * applied and is reported, the rest is marked not applied.
 */
import type { Outcome } from '../deploy/deploy-package.ts'
import type {
  CrudApi,
  CrudRecord,
  CrudResult,
  ReadRecord
} from '../metadata-api/soap/crud-client.ts'
import { withoutAttributes } from '../metadata-api/soap/crud-client.ts'
import type { Clock } from '../shared/clock.ts'
import { describeError } from '../shared/errors.ts'
import type { Logger } from '../shared/logger.ts'
import { parseXml } from '../shared/xml.ts'
import type { Registry } from '../source/registry/registry.ts'
import { decodeUtf8 } from '../source/xml.ts'
import {
  crudSourceOf,
  recordAsMetadataXml,
  recordToMetadataXml,
  toCrudRecord
} from './crud-form.ts'
import { canonicalXml } from '../retrieve/xml-canonical.ts'
import { unifiedDiff } from '../retrieve/line-diff.ts'
import type { CompileProblems, ComponentResult, SyncOutcome } from './sync-model.ts'
import type { CrudBatch, PlannedComponent, SyncPlan } from './sync-plan.ts'

/** What the Tooling API path answered for the Apex components. */
export interface ToolingAnswer {
  results: ComponentResult[]
  /** A failed save's compile problems, with the files they are on. */
  compileProblems?: CompileProblems
  /** Set when the Tooling API cannot save them: they go to the deploy with this reason. */
  fallbackReason?: string
}

export interface SyncPorts {
  crud: CrudApi
  clock: Clock
  logger: Logger
  registry: Registry
  /** Saves the Apex components through a MetadataContainer. */
  saveApex: (components: PlannedComponent[]) => Promise<ToolingAnswer>
  /** Deploys the components no other path takes. */
  deploy: (components: PlannedComponent[]) => Promise<Outcome>
}

/** The package files (metadata-format paths) the components' XML is read from. */
export type PackageFiles = ReadonlyMap<string, Uint8Array>

/** Runs the plan. Never throws for a component's failure; faults of a call stop the run. */
export async function syncChanges(
  plan: SyncPlan,
  files: PackageFiles,
  ports: SyncPorts
): Promise<SyncOutcome> {
  const started = ports.clock.now()
  const records = recordsOf(plan, files, ports.registry)
  const finish = (
    rest: Omit<SyncOutcome, 'totalMs' | 'crudCalls'>,
    calls: number
  ): SyncOutcome => ({
    ...rest,
    crudCalls: calls,
    totalMs: ports.clock.now() - started
  })
  if (records.errors.length > 0)
    return finish(
      {
        results: plan.components.map((c) => ({ ...c, state: 'not applied', via: 'none' })),
        inputErrors: records.errors
      },
      0
    )
  const run = new Run(ports)
  const before = await run.readBefore(plan.batches)
  const applyAll = async (batches: CrudBatch[]): Promise<void> => {
    for (const batch of batches) {
      if (run.stopped) run.skip(batch.components, viaOf(batch))
      else await run.apply(batch, records.byKey, before)
    }
  }
  await applyAll(plan.batches.filter((b) => b.call !== 'delete'))
  let deployList = plan.deploy
  let compileProblems: CompileProblems | undefined
  if (plan.tooling.length > 0) {
    if (run.stopped) run.skip(plan.tooling, 'none')
    else {
      const answer = await ports.saveApex(plan.tooling)
      if (answer.fallbackReason) {
        const reason = answer.fallbackReason
        deployList = [
          ...plan.tooling.map((c) => ({ ...c, path: 'deploy' as const, reason })),
          ...deployList
        ]
      } else {
        run.record(answer.results)
        compileProblems = answer.compileProblems
        const failed = answer.results.find((r) => r.state === 'failed' || r.state === 'not applied')
        // The step's message says why (a compile error, a timeout, a cancelled job), as the summary does.
        if (failed)
          run.stop(
            `the Tooling API save of the Apex failed${failed.detail ? ` (${failed.type} ${failed.fullName}: ${failed.detail})` : ''}`
          )
      }
    }
  }
  let deploy: Outcome | undefined
  if (deployList.length > 0) {
    if (run.stopped) run.skip(deployList, 'none')
    else {
      deploy = await ports.deploy(deployList)
      run.record(deployResults(deployList, deploy))
      if (deploy.timedOut)
        run.stop(
          `the Metadata API deploy ${deploy.deployId ?? ''} was still running at the wait limit`.replace(
            '  ',
            ' '
          )
        )
      else if (!deploy.result?.success)
        run.stop(
          `the Metadata API deploy ${deploy.deployId ?? ''} did not succeed`.replace('  ', ' ')
        )
    }
  }
  // Deletions last, as a deploy's destructiveChangesPost: the org refuses to delete a field (an
  // object, a record type...) that its Apex, pages or flows still refer to, and the Apex and the
  // deploy above are what stop referring to it.
  await applyAll(plan.batches.filter((b) => b.call === 'delete'))
  const queueMs = queueWaitOf(deploy)
  return finish(
    {
      results: order(plan, run.results),
      inputErrors: [],
      ...(compileProblems ? { compileProblems } : {}),
      ...(run.stoppedBecause ? { stoppedBecause: run.stoppedBecause } : {}),
      ...(deploy ? { deploy } : {}),
      ...(queueMs !== undefined ? { deployQueueMs: queueMs } : {})
    },
    run.calls
  )
}

const keyOf = (c: { type: string; fullName: string }): string => `${c.type}:${c.fullName}`

/** The CRUD record of every upserted component, or the input errors that stop the run. */
function recordsOf(
  plan: SyncPlan,
  files: PackageFiles,
  registry: Registry
): { byKey: Map<string, CrudRecord>; errors: string[] } {
  const byKey = new Map<string, CrudRecord>()
  const errors: string[] = []
  for (const batch of plan.batches) {
    if (batch.call !== 'upsert') continue
    for (const c of batch.components) {
      const source = crudSourceOf(c.type, c.fullName, registry)
      const bytes = source ? files.get(source.path) : undefined
      if (!source || !bytes) {
        errors.push(`${c.type} ${c.fullName}: the package holds no metadata file for it`)
        continue
      }
      const record = toCrudRecord(c.type, c.fullName, decodeUtf8(bytes), source)
      if ('error' in record) errors.push(`${c.type} ${c.fullName}: ${record.error}`)
      else byKey.set(keyOf(c), record)
    }
  }
  return { byKey, errors }
}

function viaOf(batch: CrudBatch): string {
  return `${batch.call}Metadata`
}

/** The mutable state of one run: results so far, calls made, and the stop. */
class Run {
  readonly results = new Map<string, ComponentResult>()
  calls = 0
  stoppedBecause: string | undefined
  private readonly ports: SyncPorts

  constructor(ports: SyncPorts) {
    this.ports = ports
  }

  get stopped(): boolean {
    return this.stoppedBecause !== undefined
  }

  stop(reason: string): void {
    this.stoppedBecause ??= reason
  }

  record(results: ComponentResult[]): void {
    for (const r of results) {
      const earlier = this.results.get(keyOf(r))
      // A renamed component whose content changed too is upserted after the rename: one line.
      if (earlier?.state === 'renamed' && r.state !== 'failed' && r.state !== 'not applied') {
        const then = r.state === 'unchanged' ? '' : `, then ${r.detail ?? r.state} (${r.via})`
        this.results.set(keyOf(r), { ...earlier, detail: `from ${earlier.from ?? '?'}${then}` })
        continue
      }
      this.results.set(keyOf(r), r)
    }
  }

  skip(components: PlannedComponent[], via: string): void {
    this.record(components.map((c) => ({ ...c, state: 'not applied', via })))
  }

  /** The org's version of each component to upsert; a read that faults only loses the comparison. */
  async readBefore(batches: CrudBatch[]): Promise<Map<string, ReadRecord | null>> {
    const before = new Map<string, ReadRecord | null>()
    for (const batch of batches) {
      if (batch.call !== 'upsert') continue
      const names = batch.components.map((c) => c.fullName)
      try {
        this.calls++
        const read = await this.ports.crud.read(batch.type, names)
        const childTags = new Set(
          this.ports.registry.types.get(batch.type)?.children.map((c) => c.tag) ?? []
        )
        for (const c of batch.components) {
          const record = read.find((r) => r.fullName === c.fullName)
          before.set(keyOf(c), record ? withoutChildren(record, childTags) : null)
        }
      } catch (error) {
        this.ports.logger.warning(
          `readMetadata ${batch.type} failed (${describeError(error)}); applying without comparing to the org's version.`
        )
      }
    }
    return before
  }

  async apply(
    batch: CrudBatch,
    records: Map<string, CrudRecord>,
    before: Map<string, ReadRecord | null>
  ): Promise<void> {
    const via = viaOf(batch)
    try {
      if (batch.call === 'rename') return this.renamed(batch, via)
      if (batch.call === 'delete') return this.deleted(batch, via)
      return await this.upserted(batch, via, records, before)
    } catch (error) {
      const message = describeError(error)
      this.record(batch.components.map((c) => ({ ...c, state: 'failed', via, detail: message })))
      this.stop(`${via} ${batch.type} failed: ${message}`)
    }
  }

  private async renamed(batch: CrudBatch, via: string): Promise<void> {
    const c = batch.components[0] as PlannedComponent
    this.calls++
    const result = await this.ports.crud.rename(c.type, c.from ?? '', c.fullName)
    this.outcomes(batch, via, [result], () => 'renamed')
  }

  private async deleted(batch: CrudBatch, via: string): Promise<void> {
    this.calls++
    const results = await this.ports.crud.delete(
      batch.type,
      batch.components.map((c) => c.fullName)
    )
    this.outcomes(batch, via, results, () => 'deleted')
  }

  private async upserted(
    batch: CrudBatch,
    via: string,
    records: Map<string, CrudRecord>,
    before: Map<string, ReadRecord | null>
  ): Promise<void> {
    const pending: PlannedComponent[] = []
    for (const c of batch.components) {
      const old = before.get(keyOf(c))
      const diff = old ? changedElements(records.get(keyOf(c)) as CrudRecord, old) : undefined
      if (diff && diff.length === 0) {
        this.record([
          {
            ...c,
            state: 'unchanged',
            via: 'readMetadata',
            detail: 'the org already holds this version'
          }
        ])
        continue
      }
      pending.push(c)
    }
    if (pending.length === 0) return
    const sent = { ...batch, components: pending }
    this.calls++
    const results = await this.ports.crud.upsert(
      pending.map((c) => records.get(keyOf(c)) as CrudRecord)
    )
    this.outcomes(sent, via, results, (result, c) => {
      if (result.created) return 'created'
      const old = before.get(keyOf(c))
      const diff = old ? changedElements(records.get(keyOf(c)) as CrudRecord, old) : undefined
      if (!old || !diff) return 'changed'
      const lines = diffOf(records.get(keyOf(c)) as CrudRecord, old)
      return {
        state: 'changed',
        detail: diff.join(', '),
        ...(lines ? { diff: lines } : {})
      }
    })
  }

  /** Pairs results with components (by fullName, else by position) and stops on a failure. */
  private outcomes(
    batch: CrudBatch,
    via: string,
    results: CrudResult[],
    success: (
      result: CrudResult,
      component: PlannedComponent
    ) =>
      | ComponentResult['state']
      | { state: ComponentResult['state']; detail: string; diff?: string[] }
  ): void {
    const failed: string[] = []
    batch.components.forEach((c, index) => {
      const result =
        results.find((r) => r.fullName === c.fullName) ??
        results.find((r) => r.fullName === c.from) ??
        results[index]
      if (!result) {
        failed.push(c.fullName)
        this.record([{ ...c, state: 'failed', via, detail: 'the org returned no result for it' }])
        return
      }
      if (!result.success) {
        failed.push(c.fullName)
        const detail =
          result.errors.map((e) => `${e.statusCode}: ${e.message}`).join('; ') ||
          'failed without a message'
        this.record([{ ...c, state: 'failed', via, detail }])
        return
      }
      const state = success(result, c)
      this.record([typeof state === 'string' ? { ...c, state, via } : { ...c, ...state, via }])
    })
    if (failed.length > 0) this.stop(`${via} ${batch.type} failed for ${failed.join(', ')}`)
  }
}

/**
 * The org's record of a parent without its children. readMetadata answers with the whole
 * component, and the CustomObject type holds its fields, record types, list views… (Metadata API
 * Developer Guide, CustomObject; the simulator's readMetadata does the same), while sync sends the
 * parent without them, as components of their own that the upsert leaves in place: compared as
 * they come, every object would read as changed, with a diff that removes its fields.
 */
function withoutChildren(record: ReadRecord, childTags: ReadonlySet<string>): ReadRecord {
  if (childTags.size === 0) return record
  const fields = Object.fromEntries(
    Object.entries(record.fields).filter(([name]) => !childTags.has(name))
  )
  return { ...record, fields }
}

/** The change as the backup shows it: canonical XML lines of the org's version and of the new one. */
function diffOf(record: CrudRecord, org: ReadRecord): string[] | undefined {
  const before = canonicalXml(recordToMetadataXml(record.type, org.fields))
  const after = canonicalXml(recordAsMetadataXml(record))
  if (!before || !after) return undefined
  return unifiedDiff(before, after, { maxEdits: 200 })
}

/** The top-level elements whose values differ between the record sent and the org's. */
export function changedElements(record: CrudRecord, org: ReadRecord): string[] {
  const parsed = parseXml(`<r>${record.innerXml}</r>`) as { r?: unknown }
  const mine = (withoutAttributes(parsed.r) ?? {}) as Record<string, unknown>
  const theirs = org.fields
  const names = new Set([...Object.keys(mine), ...Object.keys(theirs)])
  return [...names].filter((name) => canonical(mine[name]) !== canonical(theirs[name])).sort()
}

function canonical(value: unknown): string {
  if (value === undefined || value === '') return ''
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${k}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`
  return JSON.stringify(String(value))
}

/** Per-component results of the deploy: its failures by type and name, the rest deployed. */
function deployResults(list: PlannedComponent[], outcome: Outcome): ComponentResult[] {
  const via = outcome.deployId ?? 'deploy'
  const result = outcome.result
  // The org keeps a deploy running after the wait: what it holds is not known yet.
  if (outcome.timedOut)
    return list.map((c) => ({
      ...c,
      state: 'deploying',
      via,
      detail: `the deploy was still ${outcome.timedOut?.last?.status ?? 'running'} at the wait limit; it continues in the org`
    }))
  return list.map((c) => {
    // Every problem of the component, located as the Tooling API path's are (a class can have several).
    const failures = (result?.details?.componentFailures ?? []).filter(
      (f) => f.componentType === c.type && f.fullName === c.fullName
    )
    if (failures.length > 0) {
      const detail = failures
        .map((f) => `${f.lineNumber ? `line ${f.lineNumber}: ` : ''}${f.problem ?? 'failed'}`)
        .join('; ')
      return { ...c, state: 'failed', via, detail }
    }
    if (result?.success) return { ...c, state: c.change === 'delete' ? 'deleted' : 'deployed', via }
    const why = result?.errorMessage ?? 'the deploy failed as a whole and rolled back'
    return { ...c, state: 'not applied', via, detail: why }
  })
}

/** Time the deploy waited in the org's queue, when the org reported both dates. */
function queueWaitOf(deploy: Outcome | undefined): number | undefined {
  const result = deploy?.result ?? deploy?.timedOut?.last
  if (!result?.createdDate || !result.startDate) return undefined
  return Math.max(0, result.startDate.getTime() - result.createdDate.getTime())
}

/** Results in plan order. */
function order(plan: SyncPlan, results: Map<string, ComponentResult>): ComponentResult[] {
  const seen = new Set<string>()
  const ordered: ComponentResult[] = []
  for (const c of plan.components) {
    const key = keyOf(c)
    const r = results.get(key)
    if (r && !seen.has(key)) {
      ordered.push(r)
      seen.add(key)
    }
  }
  for (const [key, r] of results) if (!seen.has(key)) ordered.push(r)
  return ordered
}
