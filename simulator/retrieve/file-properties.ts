/**
 * FileProperties of org components, for retrieve results and listMetadata.
 */
import { to18 } from '../core/ids.ts'
import { soapDate } from '../core/clock.ts'
import type { XmlObject } from '../core/soap-xml.ts'
import { topLevelType } from '../org/metadata-registry.ts'
import type { OrgComponent } from '../org/org-state.ts'

/** FileProperties of a top-level component or one of its children. */
export function fileProperties(
  component: OrgComponent,
  prefix: string,
  child?: { type: string; fullName: string; id: string }
): XmlObject {
  const type =
    child?.type ??
    (component.isFolder
      ? (topLevelType(component.type)?.folderType ?? component.type)
      : component.type)
  return {
    createdById: to18(component.created.userId.slice(0, 15)),
    createdByName: component.created.userName,
    createdDate: soapDate(component.created.at),
    fileName: `${prefix}${component.mainFile}`,
    fullName: child?.fullName ?? component.fullName,
    id: child?.id ?? component.id,
    lastModifiedById: to18(component.lastModified.userId.slice(0, 15)),
    lastModifiedByName: component.lastModified.userName,
    lastModifiedDate: soapDate(component.lastModified.at),
    manageableState: component.manageableState,
    namespacePrefix: component.namespacePrefix,
    type
  }
}

/** The manifest's own entry: type `Package`, empty id, the retrieve time with real milliseconds. */
export function packageFileProperties(
  fileName: string,
  user: { id: string; name: string },
  at: number
): XmlObject {
  const date = new Date(at).toISOString()
  return {
    createdById: user.id,
    createdByName: user.name,
    createdDate: date,
    fileName,
    fullName: fileName,
    id: '',
    lastModifiedById: user.id,
    lastModifiedByName: user.name,
    lastModifiedDate: date,
    manageableState: 'unmanaged',
    type: 'Package'
  }
}
