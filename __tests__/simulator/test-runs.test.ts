import { afterEach, describe, expect, it } from 'vitest'
import { flowCoverageOf, flowElements } from '../../simulator/apex/flow-coverage.ts'
import { makeFlaky } from '../../simulator/apex/flaky-tests.ts'
import { startSimulator, type Simulator } from '../../simulator/index.ts'

const TEST = `@isTest
private class LockTest {
    @isTest
    static void a() {
        Integer n = 1;
    }
    @isTest
    static void b() {
        System.assertEquals(1, 2);
    }
}
`

describe('the Tooling test runner', () => {
  let sim: Simulator
  afterEach(async () => {
    await sim.close()
  })

  async function call(
    path: string,
    init: RequestInit = {}
  ): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${sim.baseUrl}/services/data/v62.0/tooling/${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${sim.accessToken}`, 'Content-Type': 'application/json' }
    })
    return { status: response.status, body: await response.json() }
  }

  const query = async (soql: string): Promise<Record<string, unknown>[]> =>
    (
      (await call(`query?q=${encodeURIComponent(soql)}`)).body as {
        records: Record<string, unknown>[]
      }
    ).records

  it('runs the named methods, answers the job id, and reports results only once the run ends', async () => {
    sim = await startSimulator({
      clock: 'virtual',
      seedFiles: new Map([['classes/LockTest.cls', Buffer.from(TEST)]])
    })
    makeFlaky(sim.context.org, 'LockTest.a')
    const started = await call('runTestsAsynchronous', {
      method: 'POST',
      body: JSON.stringify({ tests: [{ className: 'LockTest', testMethods: ['a', 'b'] }] })
    })
    expect(started.status).toBe(200)
    const jobId = started.body as string
    expect(jobId).toMatch(/^707/)
    const run = `SELECT Status, MethodsEnqueued, MethodsFailed FROM ApexTestRunResult WHERE AsyncApexJobId = '${jobId}'`
    expect((await query(run))[0]).toMatchObject({ Status: 'Queued', MethodsEnqueued: 2 })
    expect(
      await query(`SELECT MethodName FROM ApexTestResult WHERE AsyncApexJobId = '${jobId}'`)
    ).toEqual([])
    await sim.clock.advance(5_000)
    expect((await query(run))[0]).toMatchObject({ Status: 'Completed', MethodsFailed: 2 })
    const results = await query(
      `SELECT MethodName, Outcome, Message FROM ApexTestResult WHERE AsyncApexJobId = '${jobId}'`
    )
    expect(results.map((r) => [r.MethodName, r.Outcome])).toEqual([
      ['a', 'Fail'],
      ['b', 'Fail']
    ])
    expect(String(results[0]?.Message)).toContain('UNABLE_TO_LOCK_ROW')
  })

  it('refuses a class the org lacks with INVALID_INPUT', async () => {
    sim = await startSimulator({ clock: 'virtual' })
    const r = await call('runTestsAsynchronous', {
      method: 'POST',
      body: JSON.stringify({ classNames: 'Ghost' })
    })
    expect(r.status).toBe(400)
    expect(JSON.stringify(r.body)).toContain('INVALID_INPUT')
  })
})

describe('simulated flow coverage', () => {
  const FLOW = `<Flow><!-- sim:flow-not-covered Post -->
<actionCalls><actionName>x</actionName><inputParameters><name>param</name></inputParameters><name>Post</name></actionCalls>
<decisions><name>Check</name><rules><name>Rule</name></rules></decisions>
<processType>AutoLaunchedFlow</processType><start><object>Invoice__c</object></start></Flow>`

  it("takes each node's own name and covers the flows a test that ran reaches", () => {
    expect(flowElements(FLOW)).toEqual(['Post', 'Check'])
    const flows = [{ name: 'Tax', id: '301000000000001', xml: FLOW }]
    expect(flowCoverageOf(flows, ['insert new Invoice__c();'])).toEqual([
      {
        flowId: '301000000000001',
        flowName: 'Tax',
        processType: 'AutoLaunchedFlow',
        elements: ['Post', 'Check'],
        notCovered: ['Post']
      }
    ])
    expect(flowCoverageOf(flows, ['insert new Account();'])).toEqual([])
  })
})
