import type { OrgCaller } from '../metadata-api/org-caller.ts'
import { sendRest } from '../metadata-api/rest/rest-send.ts'

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
      const records: T[] = []
      let page = (await send(
        'GET',
        `${base(options.tooling)}/query?q=${encodeURIComponent(soql)}`
      )) as QueryPage<T>
      records.push(...page.records)
      while (!page.done && page.nextRecordsUrl) {
        page = (await send('GET', page.nextRecordsUrl)) as QueryPage<T>
        records.push(...page.records)
      }
      return records
    }
  }
}
