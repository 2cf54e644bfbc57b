/**
 * listMetadata over the org store: components of a type, folder items by folder, folders
 * through their folder type (`ReportFolder`), child types from their parent files. `fileName`
 * carries no package folder.
 */
import type { XmlObject } from '../core/soap-xml.ts'
import {
  contentTypeOfFolderType,
  isKnownType,
  parentTypeOf,
  topLevelType
} from '../org/metadata-registry.ts'
import type { OrgState } from '../org/org-state.ts'
import { fileProperties } from './file-properties.ts'

/** One ListMetadataQuery. */
export interface ListQuery {
  type: string
  folder: string | undefined
}

/** FileProperties for every query, or the first unknown type. */
export function listMetadata(
  org: OrgState,
  queries: ListQuery[]
): XmlObject[] | { unknownType: string } {
  const unknown = queries.find((query) => !isKnownType(query.type))
  if (unknown) return { unknownType: unknown.type }
  const results: XmlObject[] = []
  for (const query of queries) {
    if (parentTypeOf(query.type)) {
      for (const { ref, parent } of org.children()) {
        if (ref.type === query.type)
          results.push(
            fileProperties(parent, '', { ...ref, id: org.childIdOf(ref.type, ref.fullName) })
          )
      }
      continue
    }
    const folderOf = contentTypeOfFolderType(query.type)
    const type = folderOf ?? topLevelType(query.type)
    for (const component of org.list()) {
      if (component.type !== type?.name) continue
      if (folderOf) {
        if (component.isFolder) results.push(fileProperties(component, ''))
        continue
      }
      if (component.isFolder) continue
      const inFolder = type.folderType !== undefined
      if (
        inFolder &&
        component.fullName.slice(0, component.fullName.lastIndexOf('/')) !== query.folder
      )
        continue
      results.push(fileProperties(component, ''))
    }
  }
  return results
}
