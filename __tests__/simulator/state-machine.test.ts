/**
 * The deploy lifecycle on the virtual clock: Pending → InProgress → terminal, the one-at-a-time
 * queue, cancel semantics, finalizing, quick-deploy eligibility, and scripted faults.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Simulator, startSimulator } from '../../simulator/index.ts'
import {
  GOOD_CLASS,
  GOOD_TEST,
  classZip,
  field,
  rest,
  runToEnd,
  soap,
  soapDeploy,
  soapStatus
} from './support.ts'

let sim: Simulator
beforeEach(async () => {
  sim = await startSimulator()
})
afterEach(async () => {
  await sim.close()
})

const DAY = 24 * 60 * 60 * 1000
const status = async (id: string): Promise<string | undefined> =>
  field(await soapStatus(sim, id, false), 'status')

async function validate(): Promise<string> {
  const id = await soapDeploy(
    sim,
    await classZip({ Calculator: GOOD_CLASS, CalculatorTest: GOOD_TEST }),
    '<met:checkOnly>true</met:checkOnly><met:singlePackage>true</met:singlePackage><met:testLevel>RunLocalTests</met:testLevel>'
  )
  expect(field(await runToEnd(sim, id), 'status')).toBe('Succeeded')
  return id
}

async function quick(id: string): Promise<string> {
  return (
    await soap(
      sim,
      `<met:deployRecentValidation><met:validationId>${id}</met:validationId></met:deployRecentValidation>`
    )
  ).text
}

describe('lifecycle', () => {
  it('stays Pending until 1.5 s, then runs components and tests, then completes', async () => {
    const id = await soapDeploy(
      sim,
      await classZip({ Calculator: GOOD_CLASS, CalculatorTest: GOOD_TEST }),
      '<met:singlePackage>true</met:singlePackage><met:testLevel>RunLocalTests</met:testLevel>'
    )
    await sim.clock.advance(1400)
    expect(await status(id)).toBe('Pending')
    await sim.clock.advance(200)
    const running = await soapStatus(sim, id)
    expect(field(running, 'status')).toBe('InProgress')
    expect(field(running, 'startDate')).toBeDefined()
    expect(field(running, 'completedDate')).toBeUndefined()
    await sim.clock.advance(520 + 160)
    const testing = await soapStatus(sim, id)
    expect(field(testing, 'numberTestsTotal')).toBe('1')
    expect(field(testing, 'stateDetail')).toBe('Running Test: CalculatorTest.addsNumbers')
    const done = await runToEnd(sim, id)
    expect(field(done, 'status')).toBe('Succeeded')
    expect(field(done, 'stateDetail')).toBeUndefined()
    expect(sim.deploys[0]?.done).toBe(true)
  })

  it('runs one deploy at a time: the second waits in Pending', async () => {
    const zip = await classZip({ Calculator: GOOD_CLASS })
    const first = await soapDeploy(sim, zip, '<met:singlePackage>true</met:singlePackage>')
    const second = await soapDeploy(sim, zip, '<met:singlePackage>true</met:singlePackage>')
    await sim.clock.advance(1600)
    expect([await status(first), await status(second)]).toEqual(['InProgress', 'Pending'])
    await runToEnd(sim, first)
    expect(await status(second)).not.toBe('Succeeded')
    expect(field(await runToEnd(sim, second), 'status')).toBe('Succeeded')
  })

  it('cancels a running deploy: Canceling, then Canceled with canceledBy', async () => {
    const methods = Array.from(
      { length: 12 },
      (_, i) =>
        `    @isTest static void adds${i}() {\n        System.assertEquals(3, Calculator.add(1, 2));\n    }\n`
    ).join('')
    const longTest = `@isTest\nprivate class CalculatorTest {\n${methods}}\n`
    const id = await soapDeploy(
      sim,
      await classZip({ Calculator: GOOD_CLASS, CalculatorTest: longTest }),
      '<met:singlePackage>true</met:singlePackage><met:testLevel>RunLocalTests</met:testLevel>'
    )
    await sim.clock.advance(1600)
    const cancel = await soap(
      sim,
      `<met:cancelDeploy><met:String>${id}</met:String></met:cancelDeploy>`
    )
    expect(cancel.text).toContain('<done>false</done>')
    expect(await status(id)).toBe('Canceling')
    await sim.clock.advance(1000)
    const final = await soapStatus(sim, id)
    expect(field(final, 'status')).toBe('Canceled')
    expect(field(final, 'done')).toBe('true')
    expect(field(final, 'canceledByName')).toBe('Sim Admin')
    expect(sim.org.has('ApexClass', 'Calculator')).toBe(false)
  })

  it('lets someone else cancel, and adds a finalizing stage on request', async () => {
    sim.faults.finalizing(true, 'FinalizingDeploy')
    const zip = await classZip({ Calculator: GOOD_CLASS })
    const canceled = await soapDeploy(sim, zip, '<met:singlePackage>true</met:singlePackage>')
    await sim.clock.advance(1600)
    expect(sim.faults.cancelDeploy(canceled)).toEqual({ done: false })
    await sim.clock.advance(1000)
    expect(field(await soapStatus(sim, canceled), 'canceledByName')).toBe('Release Manager')
    const id = await soapDeploy(sim, zip, '<met:singlePackage>true</met:singlePackage>')
    // Pending 1,500 + components 400 + 2 × 60, then 2,000 of finalizing.
    await sim.clock.advance(1500 + 520 + 100)
    expect(await status(id)).toBe('FinalizingDeploy')
    const fault = await soap(
      sim,
      `<met:cancelDeploy><met:String>${id}</met:String></met:cancelDeploy>`
    )
    expect(fault.status).toBe(500)
    await sim.clock.advance(2000)
    expect(await status(id)).toBe('Succeeded')
  })
})

describe('quick deploy eligibility', () => {
  it('expires after 10 days', async () => {
    const id = await validate()
    await sim.clock.advance(10 * DAY + 1000)
    expect(await quick(id)).toContain('<faultcode>sf:INVALID_ID_FIELD</faultcode>')
  })

  it('is invalidated by any later completed deployment', async () => {
    const id = await validate()
    await runToEnd(
      sim,
      await soapDeploy(
        sim,
        await classZip({ Other: GOOD_CLASS.replace('Calculator', 'Other') }),
        '<met:singlePackage>true</met:singlePackage>'
      )
    )
    expect(await quick(id)).toContain('INVALID_ID_FIELD')
  })

  it('needs tests to have run, and a validation', async () => {
    const noTests = await soapDeploy(
      sim,
      await classZip({ Calculator: GOOD_CLASS }),
      '<met:checkOnly>true</met:checkOnly><met:singlePackage>true</met:singlePackage>'
    )
    await runToEnd(sim, noTests)
    expect(await quick(noTests)).toContain('INVALID_ID_FIELD')
    const deploy = await soapDeploy(
      sim,
      await classZip({ Calculator: GOOD_CLASS }),
      '<met:singlePackage>true</met:singlePackage>'
    )
    await runToEnd(sim, deploy)
    expect(await quick(deploy)).toContain('INVALID_ID_FIELD')
  })

  it('returns a new id that deploys without running tests', async () => {
    const id = await validate()
    const newId = field(await quick(id), 'result') as string
    expect(newId).not.toBe(id)
    const final = await runToEnd(sim, newId)
    expect(field(final, 'status')).toBe('Succeeded')
    expect(field(final, 'numberTestsTotal')).toBe('0')
    expect(sim.org.has('ApexClass', 'CalculatorTest')).toBe(true)
  })
})

describe('faults', () => {
  it('scripts 503s for the next N calls of one operation, then answers normally', async () => {
    const id = await soapDeploy(
      sim,
      await classZip({ Calculator: GOOD_CLASS }),
      '<met:singlePackage>true</met:singlePackage>'
    )
    sim.faults.add({ operation: 'checkDeployStatus', kind: 'http', status: 503, times: 3 })
    const statuses = []
    for (let i = 0; i < 4; i++)
      statuses.push(
        (
          await soap(
            sim,
            `<met:checkDeployStatus><met:asyncProcessId>${id}</met:asyncProcessId></met:checkDeployStatus>`
          )
        ).status
      )
    expect(statuses).toEqual([503, 503, 503, 200])
    expect(
      sim.requests.filter((r) => r.operation === 'checkDeployStatus').map((r) => r.status)
    ).toEqual([503, 503, 503, 200])
  })

  it('resets connections, injects API errors in each protocol, and expires sessions', async () => {
    sim.faults.add({ operation: 'versions', kind: 'reset' })
    await expect(fetch(`${sim.baseUrl}/services/data`)).rejects.toThrow()
    sim.faults.add({ operation: 'listMetadata', kind: 'error', code: 'UNKNOWN_EXCEPTION' })
    const list = await soap(
      sim,
      '<met:listMetadata><met:queries><met:type>ApexClass</met:type></met:queries></met:listMetadata>'
    )
    expect(list.status).toBe(500)
    expect(list.text).toContain(
      '<faultcode>sf:UNKNOWN_EXCEPTION</faultcode><faultstring>UNKNOWN_EXCEPTION: An unexpected error occurred.'
    )
    sim.faults.add({ operation: 'query', kind: 'error', code: 'REQUEST_LIMIT_EXCEEDED' })
    const limited = await rest(
      sim,
      'GET',
      `/services/data/v66.0/query?q=${encodeURIComponent('SELECT Id FROM Organization')}`
    )
    expect(limited.status).toBe(403)
    expect(limited.json).toEqual([
      { message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }
    ])
    sim.faults.expireSessionsAt(sim.clock.now() + 5000)
    expect(
      (
        await soap(
          sim,
          '<met:listMetadata><met:queries><met:type>ApexClass</met:type></met:queries></met:listMetadata>'
        )
      ).status
    ).toBe(200)
    await sim.clock.advance(5000)
    const expired = await soap(
      sim,
      '<met:listMetadata><met:queries><met:type>ApexClass</met:type></met:queries></met:listMetadata>'
    )
    expect(expired.text).toContain('<faultcode>sf:INVALID_SESSION_ID</faultcode>')
    const fresh = sim.issueAccessToken()
    expect(
      (
        await soap(
          sim,
          '<met:listMetadata><met:queries><met:type>ApexClass</met:type></met:queries></met:listMetadata>',
          { token: fresh }
        )
      ).status
    ).toBe(200)
    expect(
      sim.requests.every(
        (r) => !r.body.includes(fresh) && r.headers['authorization'] !== `Bearer ${sim.accessToken}`
      )
    ).toBe(true)
  })

  it('reproduces the coverage race (Q24) and adds unknown fields', async () => {
    const test = GOOD_TEST
    const cls = GOOD_CLASS.replace(
      '    }\n}',
      '    }\n    public static Integer unused() {\n        return 0;\n    }\n}'
    )
    const id = await soapDeploy(
      sim,
      await classZip({ Calculator: cls, CalculatorTest: test }),
      '<met:singlePackage>true</met:singlePackage><met:testLevel>RunSpecifiedTests</met:testLevel><met:runTests>CalculatorTest</met:runTests>'
    )
    sim.faults.coverageRace(1)
    sim.faults.extraFields({ futureFlag: 'yes' })
    const raced = await runToEnd(sim, id)
    expect(raced).toContain('<locationsNotCovered></locationsNotCovered>')
    expect(raced).toContain('<futureFlag>yes</futureFlag>')
    const settled = await soapStatus(sim, id)
    expect(settled).toContain(
      '<locationsNotCovered><column>0</column><line>7</line><numExecutions>0</numExecutions><time>-1.0</time></locationsNotCovered>'
    )
  })

  it('lets detailed reads of a finished deploy lag behind the light status', async () => {
    const id = await validate()
    sim.faults.staleDetailReads(1)
    expect(await status(id)).toBe('Succeeded')
    const stale = await soapStatus(sim, id)
    expect(field(stale, 'status')).toBe('InProgress')
    expect(field(stale, 'done')).toBe('false')
    expect(field(await soapStatus(sim, id), 'status')).toBe('Succeeded')
  })
})
