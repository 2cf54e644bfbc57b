/**
 * Type facts of sync mode, as data: which types go through the CRUD calls and in which order,
 * and which go through the Tooling API. Every other type goes through one Metadata API deploy.
 *
 * The CRUD calls take components that extend Metadata as typed XML records, one type per call
 * and up to 10 per call (Metadata API Developer Guide: createMetadata(), upsertMetadata()). The
 * list holds the types whose metadata is one XML record with no content file beside it; Apex
 * code, static resources, documents and bundles are files, which only deploy() or the Tooling
 * API take. renameMetadata "renames any of the objects that extend Metadata"
 * (meta_renameMetadata.htm), so every type here can be renamed.
 */

/**
 * CRUD type → dependency rank: lower ranks are written first (objects before their fields,
 * fields before what refers to them: record types, layouts, permission sets), and deleted last
 * first.
 */
export const CRUD_TYPE_RANK: Readonly<Record<string, number>> = {
  CustomObject: 0,
  GlobalValueSet: 0,
  CustomPermission: 0,
  CustomLabel: 0,
  CustomField: 1,
  BusinessProcess: 2,
  RecordType: 3,
  ValidationRule: 3,
  WebLink: 3,
  ListView: 3,
  FieldSet: 3,
  CompactLayout: 3,
  QuickAction: 4,
  Layout: 5,
  CustomTab: 5,
  CustomApplication: 6,
  PermissionSet: 7
}

/** Types the Tooling API saves through a MetadataContainer (docs/compile.md). */
export const TOOLING_TYPES: ReadonlySet<string> = new Set([
  'ApexClass',
  'ApexTrigger',
  'ApexPage',
  'ApexComponent'
])

/** True when the CRUD calls take the type. */
export function isCrudType(type: string): boolean {
  return type in CRUD_TYPE_RANK
}

/** Rank of a CRUD type (unknown types last). */
export function rankOf(type: string): number {
  return CRUD_TYPE_RANK[type] ?? 99
}
