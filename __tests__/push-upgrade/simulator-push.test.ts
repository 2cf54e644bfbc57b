// The push part of the org simulator answers with the real shapes of push-and-tooling.md A.4/A.13.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimulator, type Simulator } from '../../simulator/index.ts'
import { pushController, type PushController } from '../../simulator/push/index.ts'

let sim: Simulator
let push: PushController
const V = '/services/data/v66.0'

async function call(
  method: string,
  path: string,
  body?: unknown
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${sim.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${sim.accessToken}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })
  const text = await response.text()
  return { status: response.status, json: text ? (JSON.parse(text) as unknown) : undefined }
}

const query = (soql: string): Promise<{ status: number; json: unknown }> =>
  call('GET', `${V}/query?q=${encodeURIComponent(soql)}`)

async function newRequest(): Promise<string> {
  const created = await call('POST', `${V}/sobjects/PackagePushRequest`, {
    PackageVersionId: push.versionId('2.0')
  })
  expect(created).toMatchObject({ status: 201, json: { success: true, errors: [] } })
  return (created.json as { id: string }).id
}

function eligibleKeys(n: number): string[] {
  const target = push.state.versions
    .filter((v) => v.major < 2 && v.releaseState === 'Released')
    .map((v) => v.id)
  return push.state.subscribers
    .filter(
      (s) => s.installedStatus === 'i' && s.orgStatus !== 'Inactive' && target.includes(s.versionId)
    )
    .slice(0, n)
    .map((s) => s.orgKey)
}

const jobs = (requestId: string, keys: string[]): unknown => ({
  allOrNone: false,
  records: keys.map((k) => ({
    attributes: { type: 'PackagePushJob' },
    PackagePushRequestId: requestId,
    SubscriberOrganizationKey: k
  }))
})

beforeAll(async () => {
  sim = await startSimulator()
  push = pushController(sim.context)
  push.scenario.outcome = () => ({ outcome: 'Failed', errors: [] })
})

afterAll(async () => {
  await sim.close()
})

describe('simulated push objects', () => {
  it('pages subscriber queries with nextRecordsUrl', async () => {
    push.scenario.pageSize = 100
    const first = (await query("SELECT OrgKey FROM PackageSubscriber WHERE InstalledStatus = 'i'"))
      .json as { totalSize: number; done: boolean; nextRecordsUrl: string; records: unknown[] }
    expect(first).toMatchObject({ done: false, records: expect.any(Array) })
    expect(first.records).toHaveLength(100)
    const second = (await call('GET', first.nextRecordsUrl)).json as {
      records: { attributes: { type: string } }[]
    }
    expect(second.records[0]?.attributes.type).toBe('PackageSubscriber')
    push.scenario.pageSize = 2000
  })

  it('matches OrgKey exactly (a 15-character id does not find an 18-character key)', async () => {
    const key = push.state.subscribers[0]?.orgKey ?? ''
    const exact = (await query(`SELECT OrgKey FROM PackageSubscriber WHERE OrgKey IN ('${key}')`))
      .json as { totalSize: number }
    const short = (
      await query(`SELECT OrgKey FROM PackageSubscriber WHERE OrgKey IN ('${key.slice(0, 15)}')`)
    ).json as { totalSize: number }
    expect([exact.totalSize, short.totalSize]).toEqual([1, 0])
  })

  it('answers Collections with HTTP 200 and per-record statusCode errors in input order', async () => {
    const id = await newRequest()
    const [a, b] = eligibleKeys(2) as [string, string]
    const answer = await call(
      'POST',
      `${V}/composite/sobjects`,
      jobs(id, [a, a, '00D000000000001', b])
    )
    expect(answer.status).toBe(200)
    const results = answer.json as { success: boolean; errors: { statusCode: string }[] }[]
    expect(results.map((r) => (r.success ? 'ok' : r.errors[0]?.statusCode))).toEqual([
      'ok',
      'DUPLICATE_VALUE',
      'INVALID_OPERATION',
      'ok'
    ])
    const over = await call(
      'POST',
      `${V}/composite/sobjects`,
      jobs(
        id,
        Array.from({ length: 201 }, () => a)
      )
    )
    expect(over).toMatchObject({ status: 400, json: [{ errorCode: 'EXCEEDED_ID_LIMIT' }] })
  })

  it('counts jobs with GROUP BY (expr0 without an alias), runs them on the clock, and nests null errors', async () => {
    const id = await newRequest()
    await call('POST', `${V}/composite/sobjects`, jobs(id, eligibleKeys(3)))
    expect(
      (await call('PATCH', `${V}/sobjects/PackagePushRequest/${id}`, { Status: 'Pending' })).status
    ).toBe(204)
    const counts = async (): Promise<unknown> =>
      (
        (
          await query(
            `SELECT Status, COUNT(Id) FROM PackagePushJob WHERE PackagePushRequestId = '${id}' GROUP BY Status`
          )
        ).json as { records: unknown[] }
      ).records
    expect(await counts()).toEqual([
      { attributes: { type: 'AggregateResult' }, Status: 'Pending', expr0: 3 }
    ])
    await sim.clock.advance(push.scenario.startLagMs)
    expect(
      (await call('GET', `${V}/sobjects/PackagePushRequest/${id}?fields=Status,StartTime`)).json
    ).toMatchObject({ Status: 'In Progress', StartTime: expect.stringMatching(/\+0000$/) })
    const abort = await call('PATCH', `${V}/sobjects/PackagePushRequest/${id}`, {
      Status: 'Canceled'
    })
    expect(abort).toMatchObject({ status: 400, json: [{ errorCode: 'INVALID_OPERATION' }] })
    await sim.clock.advance(push.scenario.jobMs)
    expect(
      (await call('GET', `${V}/sobjects/PackagePushRequest/${id}?fields=Status`)).json
    ).toMatchObject({ Status: 'Failed' })
    const failed = (
      await query(
        `SELECT Id, Status, (SELECT ErrorType FROM PackagePushErrors) FROM PackagePushJob WHERE PackagePushRequestId = '${id}' AND Status = 'Failed'`
      )
    ).json as { records: { PackagePushErrors: unknown }[] }
    expect(failed.records).toHaveLength(3)
    expect(failed.records[0]?.PackagePushErrors).toBeNull()
  })

  it('aborts a Pending request with Canceled; jobs then read Cancelled', async () => {
    const id = await newRequest()
    await call('POST', `${V}/composite/sobjects`, jobs(id, eligibleKeys(1)))
    expect(
      (await call('PATCH', `${V}/sobjects/PackagePushRequest/${id}`, { Status: 'Cancelled' })).json
    ).toMatchObject([{ errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST' }])
    expect(
      (await call('PATCH', `${V}/sobjects/PackagePushRequest/${id}`, { Status: 'Canceled' })).status
    ).toBe(204)
    const rows = (
      (await query(`SELECT Status FROM PackagePushJob WHERE PackagePushRequestId = '${id}'`))
        .json as { records: { Status: string }[] }
    ).records
    expect(rows.map((r) => r.Status)).toEqual(['Cancelled'])
  })

  it('refuses fields a version does not have and a beta target', async () => {
    expect(
      (
        await call(
          'GET',
          `/services/data/v50.0/query?q=${encodeURIComponent('SELECT StartTime FROM PackagePushJob')}`
        )
      ).json
    ).toMatchObject([{ errorCode: 'INVALID_FIELD' }])
    const beta = await call('POST', `${V}/sobjects/PackagePushRequest`, {
      PackageVersionId: push.versionId('2.1', 'Beta')
    })
    expect(beta).toMatchObject({ status: 400, json: [{ errorCode: 'FIELD_INTEGRITY_EXCEPTION' }] })
  })

  it('leaves other queries to the core query resource', async () => {
    expect((await query('SELECT Id, Name FROM Organization')).json).toMatchObject({
      totalSize: 1,
      records: [{ attributes: { type: 'Organization' } }]
    })
  })
})
