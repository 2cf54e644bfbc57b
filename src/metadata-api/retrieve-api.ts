/** Status of a retrieve job (RetrieveStatus). */
export type RetrieveStatus = 'Pending' | 'InProgress' | 'Succeeded' | 'Failed'

/** One component of a retrieve result or a listMetadata answer (FileProperties). */
export interface FileProperties {
  type: string
  fullName: string
  /** Zip path; retrieve results carry the package folder (`unpackaged/…`), listMetadata does not. */
  fileName: string
  /** Record id; undefined when empty or all zeros. */
  id?: string
  manageableState?: string
  namespacePrefix?: string
  lastModifiedByName?: string
  lastModifiedDate?: Date
}

/** A problem the org reports for one requested member (`… cannot be found`). */
export interface RetrieveMessage {
  fileName: string
  problem: string
}

/** RetrieveResult, normalised. */
export interface RetrieveResult {
  id: string
  done: boolean
  status: RetrieveStatus
  success: boolean
  errorMessage?: string
  errorStatusCode?: string
  fileProperties: FileProperties[]
  messages: RetrieveMessage[]
  /** The zip, when this call delivered it. */
  zip?: Uint8Array
}

/** The members of a manifest: type name → members (`*` allowed). */
export type ManifestTypes = ReadonlyMap<string, readonly string[]>

/** What to retrieve: an unpackaged manifest (the only form the Action sends). */
export interface RetrieveRequest {
  apiVersion: string
  types: ManifestTypes
}

/** One ListMetadataQuery: a type, and for folder-based types the folder. */
export interface ListMetadataQuery {
  type: string
  folder?: string
}

/** The Metadata API retrieve operations; SOAP only: the REST Metadata API has no retrieve. */
export interface RetrieveApi {
  /** Starts a retrieve; returns the `09S` job id. Not idempotent. */
  retrieve(request: RetrieveRequest): Promise<string>
  /** Status of a retrieve; `includeZip` asks for the zip, which the org hands out only once. */
  checkRetrieveStatus(id: string, includeZip: boolean): Promise<RetrieveResult>
  /** Components of one type (one query per call, as the CLI does, so one bad type spoils nothing). */
  listMetadata(query: ListMetadataQuery): Promise<FileProperties[]>
}
