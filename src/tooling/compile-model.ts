/**
 * The vocabulary of compile mode, free of wire quirks (those stay in wire.ts and normalize.ts).
 */

/** Entity types a MetadataContainer can hold. */
export type MemberType = 'ApexClass' | 'ApexTrigger' | 'ApexPage' | 'ApexComponent'
export const MEMBER_TYPES: readonly MemberType[] = [
  'ApexClass',
  'ApexTrigger',
  'ApexPage',
  'ApexComponent'
]

/** A file to compile, as compile-files or a later git delta gives it. */
export interface ChangedFile {
  /** Workspace-relative posix path. */
  path: string
  /** `deleted`: the file is gone (a delta says so, or it is missing from the workspace). */
  change: 'changed' | 'deleted'
}

/** What a changed file turned out to be. */
export type ClassifiedFile =
  | { kind: 'member'; path: string; type: MemberType; name: string }
  /** Only the `-meta.xml` of an Apex component was listed. */
  | { kind: 'meta-only'; path: string; type: MemberType; name: string }
  | { kind: 'deleted'; path: string; type?: MemberType; name?: string }
  | { kind: 'other'; path: string }

/** A container member ready to create: the file's text and its `-meta.xml` as Metadata. */
export interface MemberSource {
  path: string
  type: MemberType
  name: string
  body: string
  /** Parsed `-meta.xml` (apiVersion, status, packageVersions, label, …); undefined without one. */
  metadata?: Record<string, unknown>
}

/** An existing entity (ApexClass, …) found in the org. */
export interface OrgEntity {
  type: MemberType
  id: string
  name: string
  namespacePrefix: string | null
}

/** The org facts that decide whether the Tooling path is allowed. */
export interface OrgFacts {
  isSandbox: boolean
  organizationType: string
  /** Scratch and trial orgs have one; production orgs do not. */
  trialExpirationDate: string | null
  /** The org's namespace (null in most orgs); entities must match it. */
  namespacePrefix: string | null
}

/**
 * ContainerAsyncRequest states (docs/compile.md, What happens); `Unknown` keeps an unexpected value
 * polling.
 */
export type CompileState =
  'Queued' | 'Completed' | 'Failed' | 'Error' | 'Invalidated' | 'Aborted' | 'Unknown'

/** One compile problem or success, located as the org reports it. */
export interface CompileMessage {
  componentType: string
  fullName: string
  /** As reported, e.g. `classes/Foo.cls`. */
  fileName: string
  /** 1-based; undefined when the org sent null, -1 or 0. */
  line?: number
  column?: number
  /** HTML entities decoded. */
  problem: string
  severity: 'error' | 'warning'
  /** "Dependent class is invalid and needs recompilation": not the file that actually failed. */
  dependant: boolean
}

/** The state of a ContainerAsyncRequest as read from the org. */
export interface RequestStatus {
  id: string
  state: CompileState
  /** The raw State value (shown when it is Unknown). */
  rawState: string
  errorMsg?: string
  failures: CompileMessage[]
  /** Successes as `{componentType, fullName}`. */
  successes: { componentType: string; fullName: string }[]
}

/** True for states after which the request never changes. */
export function isTerminal(state: CompileState): boolean {
  return state !== 'Queued' && state !== 'Unknown'
}
