/**
 * Replaces `*` members with the org's components, listed with listMetadata one type per call (see
 * docs/retrieve-and-rollback.md): folder-based types (Report, Dashboard, Document, EmailTemplate)
 * list their folders first, then each folder's items, since a retrieve cannot take `*` for them.
 * Components of installed packages are left out, as a wildcard retrieve leaves them out.
 */
import type { FileProperties, ListMetadataQuery } from '../metadata-api/retrieve-api.ts'
import { ApiError } from '../shared/errors.ts'
import type { Logger } from '../shared/logger.ts'
import { folderTypeOf, refKey, type ComponentRef } from './metadata-paths.ts'

/** listMetadata for one query. */
export type ListMetadata = (query: ListMetadataQuery) => Promise<FileProperties[]>

const INSTALLED = new Set(['installed', 'installedEditable', 'deprecated', 'deprecatedEditable'])

/** Members with wildcards expanded; `notes` say what each wildcard became. */
export async function expandWildcards(
  members: readonly ComponentRef[],
  list: ListMetadata,
  logger: Logger
): Promise<{ members: ComponentRef[]; notes: string[] }> {
  const wildcardTypes = [...new Set(members.filter((m) => m.fullName === '*').map((m) => m.type))]
  const out = new Map(members.filter((m) => m.fullName !== '*').map((m) => [refKey(m), m]))
  const notes: string[] = []
  for (const type of wildcardTypes) {
    const listed = await listType(type, list).catch((error: unknown) => {
      // A type listMetadata refuses keeps its wildcard: the retrieve itself may still take it.
      if (!(error instanceof ApiError)) throw error
      notes.push(`${type}: * kept as it is; listMetadata refused the type (${error.message}).`)
      return undefined
    })
    if (!listed) {
      out.set(refKey({ type, fullName: '*' }), { type, fullName: '*' })
      continue
    }
    for (const ref of listed) out.set(refKey(ref), ref)
    notes.push(
      `${type}: * is ${listed.length} component${listed.length === 1 ? '' : 's'} in the org.`
    )
    logger.info(`${type}: * expands to ${listed.length} components`)
  }
  return { members: [...out.values()], notes }
}

async function listType(type: string, list: ListMetadata): Promise<ComponentRef[]> {
  const folderType = folderTypeOf(type)
  if (!folderType) return own(await list({ type })).map((p) => ({ type, fullName: p.fullName }))
  const folders = own(await list({ type: folderType })).map((p) => p.fullName)
  const refs: ComponentRef[] = folders.map((folder) => ({ type, fullName: folder }))
  for (const folder of folders) {
    for (const item of own(await list({ type, folder })))
      refs.push({ type, fullName: item.fullName })
  }
  return refs
}

function own(listed: FileProperties[]): FileProperties[] {
  return listed
    .filter((p) => p.fullName !== '' && !INSTALLED.has(p.manageableState ?? ''))
    .sort((a, b) => (a.fullName < b.fullName ? -1 : a.fullName > b.fullName ? 1 : 0))
}
