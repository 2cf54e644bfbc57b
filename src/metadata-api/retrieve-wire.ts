import type { Leaf, Many } from './wire.ts'

/** FileProperties as they arrive; every leaf may be nil or absent. */
export interface FileProperties {
  createdById?: Leaf
  createdByName?: Leaf
  createdDate?: Leaf
  fileName?: Leaf
  fullName?: Leaf
  id?: Leaf
  lastModifiedById?: Leaf
  lastModifiedByName?: Leaf
  lastModifiedDate?: Leaf
  manageableState?: Leaf
  namespacePrefix?: Leaf
  type?: Leaf
}

export interface RetrieveMessage {
  fileName?: Leaf
  problem?: Leaf
}

/** RetrieveResult as it arrives. */
export interface RetrieveResult {
  done?: Leaf
  errorMessage?: Leaf
  errorStatusCode?: Leaf
  fileProperties?: Many<FileProperties>
  id?: Leaf
  messages?: Many<RetrieveMessage>
  status?: Leaf
  success?: Leaf
  zipFile?: Leaf
}
