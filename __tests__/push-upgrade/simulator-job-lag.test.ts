// The simulated packaging org can let job records trail their request (scenario.jobStatusLagMs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimulator, type Simulator } from '../../simulator/index.ts'
import { pushController, type PushController } from '../../simulator/push/index.ts'
import { eligibleFor20 } from '../support/push-orgs.ts'

let sim: Simulator
let push: PushController
const V = '/services/data/v66.0'

async function call(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${sim.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${sim.accessToken}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })
  const text = await response.text()
  return text ? (JSON.parse(text) as unknown) : undefined
}

const records = async (soql: string): Promise<Record<string, unknown>[]> =>
  (
    (await call('GET', `${V}/query?q=${encodeURIComponent(soql)}`)) as {
      records: Record<string, unknown>[]
    }
  ).records

beforeAll(async () => {
  sim = await startSimulator()
  push = pushController(sim.context)
})

afterAll(async () => {
  await sim.close()
})

describe('job records that trail their request', () => {
  it('reads the request Succeeded while its last wave of jobs still reads In Progress, until the lag has passed', async () => {
    Object.assign(push.scenario, {
      outcome: () => ({ outcome: 'Succeeded' }),
      concurrency: 2,
      jobMs: 30_000,
      jobStatusLagMs: 20_000
    })
    const created = (await call('POST', `${V}/sobjects/PackagePushRequest`, {
      PackageVersionId: push.versionId('2.0')
    })) as { id: string }
    const id = created.id
    await call('POST', `${V}/composite/sobjects`, {
      allOrNone: false,
      records: eligibleFor20(sim)
        .slice(0, 3)
        .map((s) => ({
          attributes: { type: 'PackagePushJob' },
          PackagePushRequestId: id,
          SubscriberOrganizationKey: s.orgKey
        }))
    })
    await call('PATCH', `${V}/sobjects/PackagePushRequest/${id}`, { Status: 'Pending' })
    const jobs = (): Promise<Record<string, unknown>[]> =>
      records(`SELECT Status, EndTime FROM PackagePushJob WHERE PackagePushRequestId = '${id}'`)
    const request = async (): Promise<unknown> =>
      (
        (await call('GET', `${V}/sobjects/PackagePushRequest/${id}?fields=Status`)) as {
          Status: string
        }
      ).Status

    // 15 s after Pending the request runs; its job records still read as 20 s ago, before Pending.
    await sim.clock.advance(push.scenario.startLagMs + 10_000)
    expect(await request()).toBe('In Progress')
    expect((await jobs()).map((j) => j.Status)).toEqual(['Created', 'Created', 'Created'])

    // Two waves of 30 s: the request has ended, the job of the second wave reads as 20 s ago.
    await sim.clock.advance(50_000)
    expect(await request()).toBe('Succeeded')
    const trailing = await jobs()
    expect(trailing.map((j) => j.Status)).toEqual(['Succeeded', 'Succeeded', 'In Progress'])
    expect(trailing[2]?.EndTime).toBeNull()

    await sim.clock.advance(20_000)
    expect((await jobs()).map((j) => j.Status)).toEqual(['Succeeded', 'Succeeded', 'Succeeded'])
  })
})
