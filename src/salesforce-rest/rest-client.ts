import type { OrgCaller } from '../metadata-api/org-caller.ts'
import { sendRest } from '../metadata-api/rest/rest-send.ts'
import { TransientError } from '../shared/errors.ts'

/** A page of a SOQL query result. */
export interface QueryPage<T> {
  totalSize: number
  done: boolean
  records: T[]
  nextRecordsUrl?: string
}

/**
 * The Salesforce REST API (sObjects, query, Collections, Tooling) over the org session: JSON in
 * and out, the session refreshed once on 401, errors classified as transient or fatal.
 */
export interface SalesforceRest {
  readonly apiVersion: string
  /** GET a path under the instance, e.g. `/services/data/v62.0/sobjects/Account/001...`. */
  get<T>(path: string): Promise<T>
  post<T>(path: string, body: unknown): Promise<T>
  patch<T>(path: string, body: unknown): Promise<T | undefined>
  delete(path: string): Promise<void>
  /** Runs a SOQL query and follows nextRecordsUrl to the end. `tooling` queries the Tooling API. */
  queryAll<T>(soql: string, options?: { tooling?: boolean }): Promise<T[]>
  /** The data (or Tooling) API base path, e.g. `/services/data/v62.0`. */
  base(tooling?: boolean): string
}

/** Creates the REST client for an API version. */
export function createSalesforceRest(caller: OrgCaller, apiVersion: string): SalesforceRest {
  const send = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    body?: unknown
  ): Promise<unknown> =>
    sendRest(
      caller,
      `${method} ${path.split('?')[0]}`,
      method,
      path,
      body === undefined
        ? undefined
        : { data: JSON.stringify(body), contentType: 'application/json' }
    )
  const base = (tooling = false): string =>
    `/services/data/v${apiVersion}${tooling ? '/tooling' : ''}`
  return {
    apiVersion,
    base,
    get: async <T>(path: string) => (await send('GET', path)) as T,
    post: async <T>(path: string, body: unknown) => (await send('POST', path, body)) as T,
    patch: async <T>(path: string, body: unknown) =>
      (await send('PATCH', path, body)) as T | undefined,
    delete: async (path: string) => {
      await send('DELETE', path)
    },
    async queryAll<T>(soql: string, options: { tooling?: boolean } = {}): Promise<T[]> {
      const what = `The query on ${queriedObject(soql)}`
      const records: T[] = []
      const followed = new Set<string>()
      let page = pageOf<T>(
        await send('GET', `${base(options.tooling)}/query?q=${encodeURIComponent(soql)}`),
        what
      )
      records.push(...page.records)
      while (!page.done) {
        // A page that is not the last must name the next one, and never one already read: a
        // short list would pass for the whole (a push to "all" orgs reaching only some).
        const next = page.nextRecordsUrl
        if (typeof next !== 'string' || next === '' || followed.has(next)) {
          throw new TransientError(
            `${what}: the org answered a page with done: false and ${typeof next === 'string' && next !== '' ? 'the nextRecordsUrl of a page already read' : 'no nextRecordsUrl'}, after ${records.length} records; the rest of the result cannot be read.`
          )
        }
        followed.add(next)
        page = pageOf<T>(await send('GET', next), what)
        records.push(...page.records)
      }
      return records
    }
  }
}

/** A query answer checked for the fields paging relies on. */
function pageOf<T>(answer: unknown, what: string): QueryPage<T> {
  const page = answer as Partial<QueryPage<T>> | null | undefined
  if (typeof page !== 'object' || page === null || !Array.isArray(page.records)) {
    throw new TransientError(`${what}: the org answered a page without a records list.`)
  }
  // Without `done`, only a nextRecordsUrl says that more pages follow.
  const done = page.done === undefined ? !page.nextRecordsUrl : page.done === true
  return { ...page, done } as QueryPage<T>
}

/** The object a SOQL query reads from (not a sub-query's), for messages. */
function queriedObject(soql: string): string {
  let outer = soql
  // Sub-queries sit in parentheses; drop them from the inside out.
  for (
    let inner = outer.replace(/\([^()]*\)/g, '');
    inner !== outer;
    inner = outer.replace(/\([^()]*\)/g, '')
  )
    outer = inner
  return /\bFROM\s+(\w+)/i.exec(outer)?.[1] ?? 'the org'
}
