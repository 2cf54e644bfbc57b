/**
 * Port: the Tooling API calls compile mode makes (docs/compile.md, What happens). The adapter is
 * container-client.ts; unit tests pass an in-memory fake.
 */
import { ActionError } from '../shared/errors.ts'
import type {
  MemberSource,
  MemberType,
  OrgEntity,
  OrgFacts,
  RequestStatus
} from './compile-model.ts'

/** Tooling API operations on containers, members and requests. */
export interface ToolingApi {
  /** `SELECT IsSandbox, OrganizationType, … FROM Organization` (data API). */
  readOrg(): Promise<OrgFacts>
  /** Existing entities of one type with these names (any namespace). */
  findEntities(type: MemberType, names: string[]): Promise<OrgEntity[]>
  /** Creates a MetadataContainer; throws ContainerNameTaken when the name exists. */
  createContainer(name: string): Promise<string>
  /** Creates an Apex*Member for an existing entity; returns its id. */
  createMember(containerId: string, member: MemberSource, entityId: string): Promise<string>
  /** Creates the ContainerAsyncRequest; returns its id (1dr…). */
  submit(containerId: string, checkOnly: boolean): Promise<string>
  readRequest(id: string): Promise<RequestStatus>
  /** PATCH State = Aborted (only honoured while Queued). */
  abortRequest(id: string): Promise<void>
  /** Deletes the container and, with it, its members. */
  deleteContainer(id: string): Promise<void>
}

/** The container name is in use (DUPLICATE_VALUE): try another name, never delete theirs. */
export class ContainerNameTaken extends ActionError {
  override name = 'ContainerNameTaken'
}
