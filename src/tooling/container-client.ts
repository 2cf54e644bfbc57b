/**
 * Adapter: the ToolingApi port over the Salesforce REST client (`/services/data/vXX.X/tooling/`).
 * Wire shapes are turned into the model by normalize.ts.
 */
import type { SalesforceRest } from '../salesforce-rest/rest-client.ts'
import { ApiError } from '../shared/errors.ts'
import type { MemberType, OrgEntity } from './compile-model.ts'
import { toEntities, toOrgFacts, toRequestStatus } from './normalize.ts'
import { ContainerNameTaken, type ToolingApi } from './tooling-api.ts'
import type * as wire from './wire.ts'

// Long IN (…) lists in a GET URL fail with "URI too long"; 100 names stay far below it.
const NAMES_PER_QUERY = 100
// No spaces: the list is a query parameter, and some proxies mangle encoded spaces.
const REQUEST_FIELDS = 'Id,State,ErrorMsg,DeployDetails,MetadataContainerId,IsCheckOnly'

/** Creates the Tooling API client. */
export function createContainerClient(rest: SalesforceRest): ToolingApi {
  const tooling = (path: string): string => `${rest.base(true)}/${path}`
  /** Creates one Tooling record and returns its id. */
  const create = async (object: string, body: object): Promise<string> =>
    createdId(await rest.post<wire.SaveResult>(tooling(`sobjects/${object}`), body), object)
  return {
    async readOrg() {
      const rows = await rest.queryAll<wire.OrganizationRow>(
        'SELECT IsSandbox, OrganizationType, TrialExpirationDate, NamespacePrefix FROM Organization'
      )
      const row = rows[0]
      if (!row) throw new ApiError('NO_ORGANIZATION', 'the Organization query returned no row', 200)
      return toOrgFacts(row)
    },
    async findEntities(type, names) {
      const found: OrgEntity[] = []
      for (let i = 0; i < names.length; i += NAMES_PER_QUERY) {
        const chunk = names.slice(i, i + NAMES_PER_QUERY).map((n) => `'${soqlEscape(n)}'`)
        const rows = await rest.queryAll<wire.EntityRow>(
          `SELECT Id, Name, NamespacePrefix FROM ${type} WHERE Name IN (${chunk.join(', ')})`,
          { tooling: true }
        )
        found.push(...toEntities(type, rows))
      }
      return found
    },
    async createContainer(name) {
      try {
        return await create('MetadataContainer', { Name: name })
      } catch (error) {
        if (error instanceof ApiError && error.code === 'DUPLICATE_VALUE')
          throw new ContainerNameTaken(error.message)
        throw error
      }
    },
    async createMember(containerId, member, entityId) {
      const body = {
        MetadataContainerId: containerId,
        ContentEntityId: entityId,
        Body: member.body,
        ...(member.metadata ? { Metadata: member.metadata } : {})
      }
      return create(memberObject(member.type), body)
    },
    async submit(containerId, checkOnly) {
      const body = { MetadataContainerId: containerId, IsCheckOnly: checkOnly }
      return create('ContainerAsyncRequest', body)
    },
    async readRequest(id) {
      const record = await rest.get<wire.ContainerAsyncRequest>(
        `${tooling(`sobjects/ContainerAsyncRequest/${id}`)}?fields=${encodeURIComponent(REQUEST_FIELDS)}`
      )
      return toRequestStatus(record)
    },
    async abortRequest(id) {
      await rest.patch(tooling(`sobjects/ContainerAsyncRequest/${id}`), { State: 'Aborted' })
    },
    async deleteContainer(id) {
      await rest.delete(tooling(`sobjects/MetadataContainer/${id}`))
    }
  }
}

/** ApexClass → ApexClassMember, and so on. */
export function memberObject(type: MemberType): string {
  return `${type}Member`
}

function soqlEscape(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")
}

/**
 * The id of a record just created. An answer without one (an empty or truncated body) is an
 * error naming the object, not an `undefined` that would end up in the next request's URL.
 */
function createdId(result: wire.SaveResult | undefined, object: string): string {
  const id: unknown = result?.id
  if (typeof id !== 'string' || id === '')
    throw new ApiError(
      'NO_RECORD_ID',
      `creating the ${object} record: the answer carried no record id`,
      200
    )
  return id
}
