/**
 * The drift guard's core: three versions of every component the package touches — the receipt
 * of our last deploy, the org now, the repository (the package) — and which of them the org
 * changed since that deploy. To stay cheap on large packages, listMetadata (one call per type)
 * tells which components were modified after the receipt's deploy; only those are retrieved and
 * hashed the way the receipt hashed them.
 */
import type { FileProperties, ListMetadataQuery } from '../metadata-api/retrieve-api.ts'
import type { DeployReceipt } from '../receipt/build-receipt.ts'
import { hashComponents } from '../receipt/component-hashes.ts'
import { withRetries, type WaitOptions } from '../deploy/wait-for-deploy.ts'
import { compareWithOrg, type FileDiff } from '../retrieve/compare.ts'
import { folderTypeOf, refKey, type ComponentRef } from '../retrieve/metadata-paths.ts'
import { packageMembers } from '../retrieve/package-members.ts'
import {
  retrieveComponents,
  type RetrievedComponents,
  type RetrievePorts
} from '../retrieve/retrieve-components.ts'
import type { CrudApi } from '../metadata-api/soap/crud-client.ts'
import { ApiError } from '../shared/errors.ts'
import { defaultRegistry } from '../source/registry/registry.ts'
import { readOrgFiles, readPlan } from './read-org-files.ts'

/** One component the org changed since the receipt's deploy. */
export interface DriftedComponent extends ComponentRef {
  parent?: ComponentRef
  /** Who the org says changed it last, and when (ISO 8601). */
  changedBy?: string
  changedAt?: string
  /** changed: content differs from the receipt's; deleted: gone from the org; unrecorded: no hash to compare with. */
  kind: 'changed' | 'deleted' | 'unrecorded'
  /** The deploy would overwrite (or delete) the org's change: the package differs from the org. */
  overwrites: boolean
  /** The package's version equals the receipt's, so `diffs` show the org's change against the receipt's version. */
  packageIsReceipt: boolean
  /** Unified diffs from the package's version to the org's (the org's change, when packageIsReceipt). */
  diffs: FileDiff[]
}

/** What the guard found, and what it cost. */
export interface DriftReport {
  drifted: DriftedComponent[]
  /** Components the package touches that were compared. */
  checked: number
  /** Modified after the receipt's deploy, so retrieved. */
  retrieved: number
  listCalls: number
  retrieveIds: string[]
  /** readMetadata calls made instead of a retrieve (small sets of CRUD types). */
  readCalls: number
  /** Bytes of the retrieved files. */
  retrievedBytes: number
  notes: string[]
}

/** What the check compares. */
export interface DriftInput {
  receipt: DeployReceipt
  /** The deploy package (metadata format, package.xml included). */
  packageFiles: ReadonlyMap<string, Uint8Array>
  apiVersion: string
  wait: WaitOptions
}

/** The retrieve ports, and the CRUD client's readMetadata for small sets. */
export interface DriftPorts extends RetrievePorts {
  read?: CrudApi['read']
}

/** Compares the package's components with the org and the receipt. */
export async function detectDrift(input: DriftInput, ports: DriftPorts): Promise<DriftReport> {
  const manifest = packageMembers(input.packageFiles)
  const repo = byKey(hashComponents(input.packageFiles, manifest.members))
  const touched = new Map<string, ComponentRef & { parent?: ComponentRef }>(repo)
  for (const d of manifest.deletions) touched.set(refKey(d), d)
  const recorded = byKey(input.receipt.components)
  const since = Date.parse(input.receipt.deployedAt)
  const listing = await listTouched([...touched.values()], input.wait, ports)
  const modified = [...touched.values()].filter((ref) => {
    const props = listing.props.get(refKey(ref))
    return props?.lastModifiedDate !== undefined && props.lastModifiedDate.getTime() > since
  })
  // A component our last deploy wrote that the org no longer lists was deleted outside it.
  const vanished = [...touched.values()].filter(
    (ref) =>
      (!ref.parent || listsEveryMember(ref)) &&
      recorded.get(refKey(ref))?.hash &&
      listing.listedTypes.has(ref.type) &&
      !listing.props.has(refKey(ref))
  )
  const fetched = await fetchOrgFiles(modified, input, ports)
  const { retrieved, orgFiles } = fetched
  const org = byKey(hashComponents(orgFiles, modified))
  const changes = new Map(
    // Swapped sides: the diff reads from the repository's version to what the org holds now.
    compareWithOrg({ packageFiles: orgFiles, orgFiles: input.packageFiles, members: modified }).map(
      (c) => [refKey(c), c]
    )
  )
  const drifted: DriftedComponent[] = []
  for (const ref of modified) {
    const key = refKey(ref)
    const before = recorded.get(key)
    const now = org.get(key)?.hash ?? undefined
    if (before?.hash && now === before.hash) continue
    const props = listing.props.get(key)
    const inRepo = repo.get(key)?.hash ?? undefined
    drifted.push({
      type: ref.type,
      fullName: ref.fullName,
      ...(ref.parent ? { parent: ref.parent } : {}),
      ...(props?.lastModifiedByName ? { changedBy: props.lastModifiedByName } : {}),
      ...(props?.lastModifiedDate ? { changedAt: props.lastModifiedDate.toISOString() } : {}),
      kind: before?.hash ? 'changed' : 'unrecorded',
      overwrites: inRepo === undefined ? now !== undefined : inRepo !== now,
      packageIsReceipt: before?.hash !== undefined && before.hash === inRepo,
      diffs: changes.get(key)?.diffs ?? []
    })
  }
  for (const ref of vanished)
    drifted.push({
      type: ref.type,
      fullName: ref.fullName,
      kind: 'deleted',
      overwrites: repo.has(refKey(ref)),
      packageIsReceipt: recorded.get(refKey(ref))?.hash === repo.get(refKey(ref))?.hash,
      diffs: []
    })
  return {
    drifted: drifted.sort(byRef),
    checked: touched.size,
    retrieved: modified.length,
    listCalls: listing.calls,
    retrieveIds: retrieved?.retrieveIds ?? [],
    readCalls: fetched.readCalls,
    retrievedBytes: [...orgFiles.values()].reduce((sum, b) => sum + b.byteLength, 0),
    notes: [...listing.notes, ...fetched.notes, ...(retrieved?.notes ?? [])]
  }
}

interface OrgFiles {
  orgFiles: Map<string, Uint8Array>
  retrieved?: RetrievedComponents
  readCalls: number
  notes: string[]
}

/**
 * The org's files of the modified components: readMetadata when the set fits one call per type
 * and every type is one the CRUD calls take, since it answers synchronously; a retrieve
 * otherwise, or when a read is refused.
 */
async function fetchOrgFiles(
  modified: readonly ComponentRef[],
  input: DriftInput,
  ports: DriftPorts
): Promise<OrgFiles> {
  if (modified.length === 0) return { orgFiles: new Map(), readCalls: 0, notes: [] }
  const plan = ports.read ? readPlan(modified, defaultRegistry()) : undefined
  const notes: string[] = []
  let readCalls = 0
  if (plan && ports.read) {
    const read = ports.read
    const counted: CrudApi['read'] = (type, names) => {
      readCalls++
      return withRetries(() => read(type, names), ports, input.wait)
    }
    try {
      return { orgFiles: (await readOrgFiles(plan, counted)).files, readCalls, notes }
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      notes.push(`readMetadata refused the check (${error.message}); retrieved instead.`)
    }
  }
  const retrieved = await retrieveComponents(modified, ports, {
    apiVersion: input.apiVersion,
    wait: input.wait
  })
  return { orgFiles: retrieved.files, retrieved, readCalls, notes }
}

interface Listing {
  /** FileProperties by `Type:fullName` (folder entries under their content type). */
  props: Map<string, FileProperties>
  /** Types whose listing worked (a component missing from them is not in the org). */
  listedTypes: Set<string>
  calls: number
  notes: string[]
}

/** listMetadata once per type (per folder for folder-based types) the package touches. */
async function listTouched(
  refs: readonly ComponentRef[],
  wait: WaitOptions,
  ports: RetrievePorts
): Promise<Listing> {
  const queries = new Map<string, { query: ListMetadataQuery; contentType: string }>()
  for (const ref of refs) {
    const folderType = folderTypeOf(ref.type)
    const slash = ref.fullName.lastIndexOf('/')
    const query: ListMetadataQuery = !folderType
      ? { type: ref.type }
      : slash < 0
        ? { type: folderType }
        : { type: ref.type, folder: ref.fullName.slice(0, slash) }
    queries.set(`${query.type}/${query.folder ?? ''}`, { query, contentType: ref.type })
  }
  const out: Listing = { props: new Map(), listedTypes: new Set(), calls: 0, notes: [] }
  for (const { query, contentType } of queries.values()) {
    out.calls++
    const listed = await withRetries(() => ports.api.listMetadata(query), ports, wait).catch(
      (error: unknown) => {
        if (!(error instanceof ApiError)) throw error
        out.notes.push(
          `${query.type}: not checked for drift; listMetadata refused it (${error.message}).`
        )
        return undefined
      }
    )
    if (!listed) continue
    if (!query.folder) out.listedTypes.add(contentType)
    for (const p of listed) out.props.set(refKey({ type: contentType, fullName: p.fullName }), p)
  }
  return out
}

/**
 * Child types that exist only as metadata someone created, so listMetadata names every member
 * and a missing one was deleted. Standard fields (Account.Industry) are not listed as
 * CustomField, hence only custom ones (`__c`); types with standard members of uncertain listing
 * (list views, compact layouts) are left out rather than risk reporting a deletion that is not.
 */
const LISTED_CHILDREN = new Set([
  'ValidationRule',
  'RecordType',
  'FieldSet',
  'WebLink',
  'BusinessProcess',
  'CustomLabel'
])

function listsEveryMember(ref: ComponentRef): boolean {
  if (ref.type === 'CustomField') return ref.fullName.endsWith('__c')
  return LISTED_CHILDREN.has(ref.type)
}

/** The drifted components this deploy would overwrite, re-create or delete: what drift: fail stops. */
export function overwrittenDrift(drifted: readonly DriftedComponent[]): DriftedComponent[] {
  return drifted.filter((d) => d.overwrites)
}

function byKey<T extends ComponentRef>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((c) => [refKey(c), c]))
}

function byRef(a: ComponentRef, b: ComponentRef): number {
  const x = `${a.type}\u0000${a.fullName}`
  const y = `${b.type}\u0000${b.fullName}`
  return x < y ? -1 : x > y ? 1 : 0
}
