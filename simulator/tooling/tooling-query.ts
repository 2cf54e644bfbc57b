/**
 * `GET /services/data/vNN.0/tooling/query?q=`: the SOQL subset of rest/soql.ts over the org's
 * Apex entities (ApexClass, ApexTrigger, ApexPage, ApexComponent) and the Tooling objects
 * (MetadataContainer, ContainerAsyncRequest, DeployRequest). One page; these queries are small.
 */
import { restDate } from '../core/clock.ts'
import type { SimContext } from '../core/context.ts'
import type { SimRequest, SimResponse } from '../core/route.ts'
import { json, restError } from '../rest/rest-kit.ts'
import { type DeployJob, viewAt } from '../deploy/deploy-job.ts'
import { evaluateSoql, parseSoql } from '../rest/soql.ts'
import { settleRequests } from './compile-request.ts'
import { TEST_RUN_SOURCES } from './test-runs.ts'
import { toolingState } from './tooling-state.ts'

type Row = Record<string, unknown>

const ENTITY_FIELDS = [
  'Id',
  'Name',
  'NamespacePrefix',
  'LastModifiedDate',
  'CreatedDate',
  'ApiVersion',
  'Status'
]

function entities(sim: SimContext, type: string): Row[] {
  return sim.org
    .list()
    .filter((c) => c.type === type)
    .map((c) => ({
      Id: c.id,
      Name: c.fullName,
      NamespacePrefix: c.namespacePrefix ?? null,
      LastModifiedDate: new Date(c.lastModified.at).toISOString(),
      CreatedDate: new Date(c.created.at).toISOString(),
      ApiVersion: Number(
        /<apiVersion>([\d.]+)</.exec(
          c.files.get(`${c.mainFile}-meta.xml`)?.toString('utf8') ?? ''
        )?.[1] ?? 0
      ),
      Status: 'Active'
    }))
}

const SOURCES: Record<string, { fields: string[]; rows: (sim: SimContext) => Row[] }> = {
  apexclass: { fields: ENTITY_FIELDS, rows: (sim) => entities(sim, 'ApexClass') },
  apextrigger: { fields: ENTITY_FIELDS, rows: (sim) => entities(sim, 'ApexTrigger') },
  apexpage: { fields: ENTITY_FIELDS, rows: (sim) => entities(sim, 'ApexPage') },
  apexcomponent: { fields: ENTITY_FIELDS, rows: (sim) => entities(sim, 'ApexComponent') },
  metadatacontainer: {
    fields: ['Id', 'Name', 'CreatedDate'],
    rows: (sim) =>
      [...toolingState(sim).containers.values()].map((c) => ({
        Id: c.id,
        Name: c.name,
        CreatedDate: new Date(c.createdAt).toISOString()
      }))
  },
  containerasyncrequest: {
    fields: ['Id', 'State', 'ErrorMsg', 'MetadataContainerId', 'IsCheckOnly'],
    rows: (sim) => {
      const state = toolingState(sim)
      settleRequests(sim, state)
      return [...state.requests.values()].map((r) => ({
        Id: r.id,
        State: r.state,
        ErrorMsg: r.errorMsg,
        MetadataContainerId: r.containerId,
        IsCheckOnly: r.checkOnly
      }))
    }
  },
  // The deploys behind Setup > Deployment Status: every deploy, validation and quick deploy.
  deployrequest: {
    fields: [
      'Id',
      'Status',
      'CheckOnly',
      'CreatedDate',
      'CreatedById',
      'StartDate',
      'CompletedDate'
    ],
    rows: (sim) => sim.deploys.jobs.map((job) => deployRequestRow(job, sim.clock.now()))
  },
  ...TEST_RUN_SOURCES
}

function deployRequestRow(job: DeployJob, now: number): Row {
  const view = viewAt(job, now)
  return {
    Id: job.id,
    Status: view.status,
    CheckOnly: view.checkOnly,
    CreatedDate: restDate(job.createdAt),
    CreatedById: job.createdBy.id,
    StartDate: view.startDate === undefined ? null : restDate(view.startDate),
    CompletedDate: view.completedDate === undefined ? null : restDate(view.completedDate)
  }
}

/** Answers a Tooling query. */
export function toolingQuery(req: SimRequest, sim: SimContext, version: string): SimResponse {
  const text = req.query.get('q')
  if (!text) return restError(400, 'MALFORMED_QUERY', 'A query string has to be specified')
  let parsed
  try {
    parsed = parseSoql(text)
  } catch (error) {
    return restError(400, 'MALFORMED_QUERY', (error as Error).message)
  }
  const source = SOURCES[parsed.object.toLowerCase()]
  if (!source)
    return restError(400, 'INVALID_TYPE', `sObject type '${parsed.object}' is not supported.`)
  const canonical = (f: string): string | undefined =>
    source.fields.find((x) => x.toLowerCase() === f.toLowerCase())
  const unknown = [...parsed.fields, ...parsed.where.map((w) => w.field)].find((f) => !canonical(f))
  if (unknown)
    return restError(
      400,
      'INVALID_FIELD',
      `No such column '${unknown}' on entity '${parsed.object}'.`
    )
  const records = evaluateSoql(parsed, source.rows(sim)).map((row) => {
    const out: Row = {
      attributes: {
        type: parsed.object,
        url: `/services/data/v${version}/tooling/sobjects/${parsed.object}/${String(row.Id)}`
      }
    }
    for (const f of parsed.fields) out[canonical(f) as string] = row[canonical(f) as string] ?? null
    return out
  })
  return json(200, {
    size: records.length,
    totalSize: records.length,
    done: true,
    queryLocator: null,
    entityTypeName: parsed.object,
    records
  })
}
