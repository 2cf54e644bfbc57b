/**
 * The objects the REST query resource can read. Each source gives canonical field names and the
 * current records; extensions (e.g. push upgrades) register more with `registerQuerySource`.
 */
import { isSandboxLike } from '../org/org-profiles.ts'
import type { SimContext } from '../core/context.ts'

/** One queryable object. */
export interface QuerySource {
  /** Canonical object name (`Organization`). */
  object: string
  /** Canonical field names; queries naming other fields fail with INVALID_FIELD. */
  fields: string[]
  records: (sim: SimContext) => Record<string, unknown>[]
}

const SOURCES_KEY = 'rest.querySources'

/** The registry of query sources of a simulator. */
export function querySources(sim: SimContext): Map<string, QuerySource> {
  let sources = sim.extensions.get(SOURCES_KEY) as Map<string, QuerySource> | undefined
  if (!sources) {
    sources = new Map(BUILT_IN.map((source) => [source.object.toLowerCase(), source]))
    sim.extensions.set(SOURCES_KEY, sources)
  }
  return sources
}

/** Adds or replaces a query source. */
export function registerQuerySource(sim: SimContext, source: QuerySource): void {
  querySources(sim).set(source.object.toLowerCase(), source)
}

const BUILT_IN: QuerySource[] = [
  {
    object: 'Organization',
    fields: [
      'Id',
      'Name',
      'IsSandbox',
      'OrganizationType',
      'InstanceName',
      'NamespacePrefix',
      'TrialExpirationDate',
      'PrimaryContact',
      'LanguageLocaleKey'
    ],
    records: (sim) => {
      const info = sim.org.info
      return [
        {
          Id: info.orgId,
          Name: info.name,
          IsSandbox: isSandboxLike(info.orgType),
          OrganizationType:
            info.orgType === 'Developer Edition' || info.orgType === 'Scratch'
              ? 'Developer Edition'
              : 'Enterprise Edition',
          InstanceName: info.instanceName,
          NamespacePrefix: info.namespacePrefix,
          TrialExpirationDate:
            info.trialExpiresAt === undefined || info.trialExpiresAt === null
              ? null
              : new Date(info.trialExpiresAt).toISOString().replace('Z', '+0000'),
          PrimaryContact: sim.org.admin.name,
          LanguageLocaleKey: 'en_US'
        }
      ]
    }
  },
  {
    object: 'User',
    fields: ['Id', 'Username', 'Name', 'Email', 'IsActive'],
    records: (sim) =>
      sim.org.users.map((user) => ({
        Id: user.id,
        Username: user.username,
        Name: user.name,
        Email: user.username,
        IsActive: true
      }))
  }
]
