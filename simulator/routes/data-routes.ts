/**
 * REST data API basics: the version list (`GET /services/data`), the resource directory of a
 * version, SOQL queries with `nextRecordsUrl` paging, and `sobjects/User/{id}`.
 */
import type { SimContext } from '../core/context.ts'
import { KEY_PREFIX } from '../core/ids.ts'
import type { Route, SimRequest, SimResponse } from '../core/route.ts'
import { REST_ERRORS, dataRoute, json, restError } from '../rest/rest-kit.ts'
import { evaluateSoql, parseSoql } from '../rest/soql.ts'
import { querySources } from '../rest/query-sources.ts'

/** Default page size of query results (the org's default batch size). */
export const QUERY_BATCH_SIZE = 2000
const CURSORS_KEY = 'rest.queryCursors'

const SEASONS = ['Winter', 'Spring', 'Summer'] as const

/** Release label of an API version (`62.0` → `Winter '25`). */
export function releaseLabel(version: number): string {
  const offset = version - 62
  const season = SEASONS[((offset % 3) + 3) % 3] as string
  const year = 25 + Math.floor(offset / 3)
  return `${season} '${String(year).padStart(2, '0')}`
}

function versions(sim: SimContext): SimResponse {
  const max = Math.floor(Number(sim.maxApiVersion))
  const list = []
  for (let v = 20; v <= max; v++)
    list.push({ label: releaseLabel(v), url: `/services/data/v${v}.0`, version: `${v}.0` })
  return json(200, list)
}

interface Cursor {
  rows: Record<string, unknown>[]
  version: string
}

function cursors(sim: SimContext): Map<string, Cursor> {
  let map = sim.extensions.get(CURSORS_KEY) as Map<string, Cursor> | undefined
  if (!map) {
    map = new Map()
    sim.extensions.set(CURSORS_KEY, map)
  }
  return map
}

function batchSize(req: SimRequest): number {
  const header = String(req.headers['sforce-query-options'] ?? '')
  const size = Number(/batchSize=(\d+)/i.exec(header)?.[1])
  return size >= 200 && size <= 2000 ? size : QUERY_BATCH_SIZE
}

/** One page of rows starting at `offset`, with `nextRecordsUrl` when more remain. */
function page(locator: string, cursor: Cursor, offset: number, size: number): SimResponse {
  const records = cursor.rows.slice(offset, offset + size)
  const done = offset + size >= cursor.rows.length
  return json(200, {
    totalSize: cursor.rows.length,
    done,
    ...(done
      ? {}
      : { nextRecordsUrl: `/services/data/v${cursor.version}/query/${locator}-${offset + size}` }),
    records
  })
}

function query(req: SimRequest, sim: SimContext, version: string): SimResponse {
  const text = req.query.get('q')
  if (!text) return restError(400, 'MALFORMED_QUERY', 'A query string has to be specified')
  let parsed
  try {
    parsed = parseSoql(text)
  } catch (error) {
    return restError(400, 'MALFORMED_QUERY', (error as Error).message)
  }
  const source = querySources(sim).get(parsed.object.toLowerCase())
  if (!source) {
    return restError(
      400,
      'INVALID_TYPE',
      `sObject type '${parsed.object}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`
    )
  }
  const canonical = (field: string): string | undefined =>
    source.fields.find((f) => f.toLowerCase() === field.toLowerCase())
  const unknown = [...parsed.fields, ...parsed.where.map((w) => w.field)].find(
    (field) => !canonical(field)
  )
  if (unknown)
    return restError(
      400,
      'INVALID_FIELD',
      `No such column '${unknown}' on entity '${source.object}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`
    )
  const rows = evaluateSoql(parsed, source.records(sim)).map((record) => {
    const row: Record<string, unknown> = {
      attributes: {
        type: source.object,
        url: `/services/data/v${version}/sobjects/${source.object}/${String(record['Id'])}`
      }
    }
    for (const field of parsed.fields)
      row[canonical(field) as string] = record[canonical(field) as string] ?? null
    return row
  })
  const locator = sim.ids.next(KEY_PREFIX.queryLocator)
  const cursor = { rows, version }
  if (rows.length > batchSize(req)) cursors(sim).set(locator, cursor)
  return page(locator, cursor, 0, batchSize(req))
}

/** Data API routes. */
export const DATA_ROUTES: Route[] = [
  {
    name: 'versions',
    methods: ['GET'],
    path: /^\/services\/data$/,
    transport: 'rest',
    operation: () => 'versions',
    handle: (_req, sim) => versions(sim)
  },
  dataRoute('resources', ['GET'], '', 'resources', (_req, _sim, _session, version) =>
    json(
      200,
      Object.fromEntries(
        ['sobjects', 'query', 'queryAll', 'tooling', 'metadata', 'composite', 'limits'].map(
          (name) => [name, `/services/data/v${version}/${name}`]
        )
      )
    )
  ),
  dataRoute('query', ['GET'], 'query', 'query', (req, sim, _session, version) =>
    query(req, sim, version)
  ),
  dataRoute('query more', ['GET'], 'query/(\\w+)-(\\d+)', 'queryMore', (req, sim) => {
    const locator = req.params[1] ?? ''
    const cursor = cursors(sim).get(locator)
    if (!cursor) return restError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator')
    return page(locator, cursor, Number(req.params[2]), batchSize(req))
  }),
  dataRoute(
    'user record',
    ['GET'],
    'sobjects/User/(\\w+)',
    'sobjects',
    (req, sim, _session, version) => {
      const user = sim.org.user(req.params[1] ?? '')
      if (!user) return REST_ERRORS.notFound()
      return json(200, {
        attributes: { type: 'User', url: `/services/data/v${version}/sobjects/User/${user.id}` },
        Id: user.id,
        Username: user.username,
        Name: user.name,
        Email: user.username,
        IsActive: true
      })
    }
  )
]
