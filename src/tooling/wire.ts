/**
 * Tooling API shapes as the org sends them: messages may be
 * an object instead of an array, numbers may be strings, lines may be null or -1.
 */

/** A value that XML-derived payloads send as one object or as an array. */
export type OneOrMany<T> = T | T[] | null | undefined

/** One DeployMessage inside DeployDetails. */
export interface DeployMessage {
  componentType?: string | null
  fullName?: string | null
  fileName?: string | null
  lineNumber?: number | string | null
  columnNumber?: number | string | null
  problem?: string | null
  problemType?: string | null
  success?: boolean | string | null
  changed?: boolean | string | null
  created?: boolean | string | null
  deleted?: boolean | string | null
  id?: string | null
}

/** `ContainerAsyncRequest.DeployDetails` (API 31+). */
export interface DeployDetails {
  componentFailures?: OneOrMany<DeployMessage>
  componentSuccesses?: OneOrMany<DeployMessage>
  allComponentMessages?: OneOrMany<DeployMessage>
}

/** A ContainerAsyncRequest record. */
export interface ContainerAsyncRequest {
  Id: string
  State?: string | null
  ErrorMsg?: string | null
  DeployDetails?: DeployDetails | null
  MetadataContainerId?: string | null
  IsCheckOnly?: boolean | string | null
}

/** An ApexClass / ApexTrigger / ApexPage / ApexComponent row of an entity query. */
export interface EntityRow {
  Id: string
  Name: string
  NamespacePrefix?: string | null
}

/** The Organization row that decides the route. */
export interface OrganizationRow {
  IsSandbox?: boolean | string | null
  OrganizationType?: string | null
  TrialExpirationDate?: string | null
  NamespacePrefix?: string | null
}

/** The answer to an sObject create. */
export interface SaveResult {
  id: string
  success?: boolean
}
