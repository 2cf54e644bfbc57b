/**
 * Query paging against answers a broken or hostile org could send: a page that says more follow
 * but names no next page, a next page already read, a page without records. Each is an error
 * naming the queried object, never a short list passed off as the whole result or an endless loop.
 */
import { describe, expect, it } from 'vitest'
import type { Session } from '../../src/auth/session.ts'
import type { HttpRequest, HttpResponse, HttpTransport } from '../../src/http/transport.ts'
import { OrgCaller } from '../../src/metadata-api/org-caller.ts'
import { createPushClient } from '../../src/push-upgrade/push-client.ts'
import { createSalesforceRest } from '../../src/salesforce-rest/rest-client.ts'
import { TransientError } from '../../src/shared/errors.ts'

const INSTANCE = 'https://acme.my.salesforce.com'
const NEXT = '/services/data/v62.0/query/01gxx0000000001-2000'

/** A REST client whose org answers each GET with the next body of `pages` (the last one repeats). */
function restAnswering(pages: unknown[]): {
  rest: ReturnType<typeof createSalesforceRest>
  urls: string[]
} {
  const urls: string[] = []
  const connection = { instanceUrl: INSTANCE, accessToken: '00D!token' }
  const session = { connection, refresh: () => Promise.resolve(connection) } as unknown as Session
  const http: HttpTransport = {
    send: (request: HttpRequest) =>
      // A macrotask per answer, so that a loop that never ends still lets the test time out.
      new Promise<HttpResponse>((resolve) =>
        setImmediate(() => {
          urls.push(request.url)
          const body = pages[Math.min(urls.length - 1, pages.length - 1)]
          resolve({ status: 200, headers: {}, body: JSON.stringify(body) })
        })
      )
  }
  return { rest: createSalesforceRest(new OrgCaller(session, http), '62.0'), urls }
}

function subscriberRow(n: number): Record<string, unknown> {
  return {
    attributes: { type: 'PackageSubscriber' },
    OrgKey: `00D00000000000${n}`,
    OrgName: `Org ${n}`,
    OrgType: 'Production',
    OrgStatus: 'Active',
    InstalledStatus: 'i',
    InstanceName: 'NA1',
    MetadataPackageVersionId: '04t000000000001'
  }
}

const first = { totalSize: 4, done: false, nextRecordsUrl: NEXT, records: [subscriberRow(1)] }

describe('query paging', () => {
  it('follows nextRecordsUrl until done', async () => {
    const { rest, urls } = restAnswering([
      first,
      { totalSize: 4, done: true, records: [subscriberRow(2)] }
    ])
    const rows = await createPushClient(rest).readAllSubscribers('033000000000001')
    expect(rows.map((r) => r.orgKey)).toEqual(['00D000000000001', '00D000000000002'])
    expect(urls[1]).toBe(`${INSTANCE}${NEXT}`)
  })

  it('refuses a page that says more follow but names no next page, instead of a short subscriber list', async () => {
    const { rest } = restAnswering([{ totalSize: 4, done: false, records: [subscriberRow(1)] }])
    const error = await createPushClient(rest)
      .readAllSubscribers('033000000000001')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TransientError)
    expect((error as Error).message).toBe(
      'The query on PackageSubscriber: the org answered a page with done: false and no nextRecordsUrl, after 1 records; the rest of the result cannot be read.'
    )
  })

  it('refuses a next page it has already read, instead of reading it forever', async () => {
    const { rest, urls } = restAnswering([first, first])
    const error = await createPushClient(rest)
      .readAllSubscribers('033000000000001')
      .catch((e: unknown) => e)
    expect((error as Error).message).toBe(
      'The query on PackageSubscriber: the org answered a page with done: false and the nextRecordsUrl of a page already read, after 2 records; the rest of the result cannot be read.'
    )
    expect(urls).toHaveLength(2)
  }, 2_000)

  it('names the queried object, not a sub-query, when a page has no records list', async () => {
    const { rest } = restAnswering([{ totalSize: 1, done: true }])
    const error = await createPushClient(rest)
      .readFailedJobs('0DV000000000001')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TransientError)
    expect((error as Error).message).toBe(
      'The query on PackagePushJob: the org answered a page without a records list.'
    )
  })
})
