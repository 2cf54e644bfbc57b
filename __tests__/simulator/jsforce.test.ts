/**
 * Proof that the simulator speaks the real protocol: unmodified jsforce deploys, polls, validates,
 * quick-deploys, cancels, retrieves, lists and logs in (JWT and refresh token) against it.
 */
import { sign } from 'node:crypto'
import jsforce from 'jsforce'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Simulator, startSimulator } from '../../simulator/index.ts'
import { API, GOOD_CLASS, GOOD_TEST, classZip, drive, readZip } from './support.ts'

let sim: Simulator
let conn: jsforce.Connection

beforeEach(async () => {
  sim = await startSimulator()
  conn = new jsforce.Connection({
    instanceUrl: sim.baseUrl,
    accessToken: sim.accessToken,
    version: API
  })
  conn.metadata.pollInterval = 5
  conn.metadata.pollTimeout = 20_000
})
afterEach(async () => {
  await sim.close()
})

function jwtAssertion(claims: Record<string, unknown>, key = sim.jwt.privateKeyPem): string {
  const encode = (value: unknown): string =>
    Buffer.from(JSON.stringify(value)).toString('base64url')
  const unsigned = `${encode({ alg: 'RS256' })}.${encode(claims)}`
  return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), key).toString('base64url')}`
}

describe('jsforce metadata deploy', () => {
  it('deploys over SOAP and polls to completion with details', async () => {
    const zip = await classZip({ Calculator: GOOD_CLASS, CalculatorTest: GOOD_TEST })
    const result = await drive(
      sim,
      conn.metadata
        .deploy(zip, { rollbackOnError: true, singlePackage: true, testLevel: 'RunLocalTests' })
        .complete(true)
    )
    expect(result.status).toBe('Succeeded')
    expect(result.success).toBe(true)
    expect(result.numberTestsTotal).toBe(1)
    expect(result.details.componentSuccesses.map((m) => m.fullName).sort()).toEqual([
      'Calculator',
      'CalculatorTest',
      'package.xml'
    ])
    expect(sim.org.has('ApexClass', 'Calculator')).toBe(true)
    expect(sim.deploys[0]?.files.get('classes/Calculator.cls')?.toString()).toBe(GOOD_CLASS)
  })

  it('deploys over REST (multipart entity_content) and reads the status over REST and SOAP', async () => {
    const zip = await classZip({ Calculator: GOOD_CLASS, CalculatorTest: GOOD_TEST })
    const started = await conn.metadata.deployRest(zip, {
      checkOnly: false,
      testLevel: 'RunSpecifiedTests',
      runTests: ['CalculatorTest']
    })
    expect(started.id).toMatch(/^0Af\w{15}$/)
    expect(sim.deploys[0]?.transport).toBe('rest')
    expect(sim.deploys[0]?.options.runTests).toEqual(['CalculatorTest'])
    const pollRest = async (): Promise<
      Awaited<ReturnType<typeof conn.metadata.checkDeployStatus>>
    > => {
      for (;;) {
        const status = await conn.metadata.checkDeployStatus(started.id, true, true)
        if (status.done) return status
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
    }
    const done = await drive(sim, pollRest())
    expect(done.done).toBe(true)
    expect(done.status).toBe('Succeeded')
    const soap = await conn.metadata.checkDeployStatus(started.id, false)
    expect(soap.status).toBe('Succeeded')
    expect(soap.numberComponentsTotal).toBe(done.numberComponentsTotal)
  })

  it('reports light status without details over SOAP while pending', async () => {
    const zip = await classZip({ Calculator: GOOD_CLASS })
    const { id } = await conn.metadata.deploy(zip, { singlePackage: true })
    const pending = await conn.metadata.checkDeployStatus(id, false)
    expect(pending.status).toBe('Pending')
    expect(pending.done).toBe(false)
  })

  it('validates, quick-deploys the validation once (SOAP), and refuses a second time', async () => {
    const zip = await classZip({ Calculator: GOOD_CLASS, CalculatorTest: GOOD_TEST })
    const validation = await drive(
      sim,
      conn.metadata
        .deploy(zip, { checkOnly: true, testLevel: 'RunLocalTests', singlePackage: true })
        .complete()
    )
    expect(validation.status).toBe('Succeeded')
    expect(sim.org.has('ApexClass', 'Calculator')).toBe(false)
    const quickId = await conn.metadata.deployRecentValidation({ id: validation.id })
    expect(quickId).toMatch(/^0Af/)
    expect(quickId).not.toBe(validation.id)
    const quick = await drive(
      sim,
      (async () => {
        for (;;) {
          const status = await conn.metadata.checkDeployStatus(quickId, true)
          if (status.done) return status
          await new Promise((resolve) => setTimeout(resolve, 5))
        }
      })()
    )
    expect(quick.status).toBe('Succeeded')
    expect(sim.org.has('ApexClass', 'Calculator')).toBe(true)
    await expect(conn.metadata.deployRecentValidation({ id: validation.id })).rejects.toMatchObject(
      { errorCode: 'sf:INVALID_ID_FIELD' }
    )
  })

  it('quick-deploys over REST (JSON POST to the collection) and gets 404 once consumed', async () => {
    const zip = await classZip({ Calculator: GOOD_CLASS, CalculatorTest: GOOD_TEST })
    const validation = await drive(
      sim,
      conn.metadata
        .deploy(zip, {
          checkOnly: true,
          testLevel: 'RunSpecifiedTests',
          runTests: ['CalculatorTest'],
          singlePackage: true
        })
        .complete()
    )
    const quickId = await conn.metadata.deployRecentValidation({ id: validation.id, rest: true })
    expect(quickId).not.toBe(validation.id)
    expect(sim.deploys.at(-1)?.validatedDeployRequestId).toBe(validation.id)
    await expect(
      conn.metadata.deployRecentValidation({ id: validation.id, rest: true })
    ).rejects.toMatchObject({ errorCode: 'NOT_FOUND' })
  })

  it('cancels a deploy before it starts (done=true) and faults on a finished one', async () => {
    const zip = await classZip({ Calculator: GOOD_CLASS })
    const { id } = await conn.metadata.deploy(zip, { singlePackage: true })
    const cancel = await conn.metadata.cancelDeploy(id)
    // cancelDeploy has no result schema in jsforce, so its leaves stay text (quirk Q2).
    expect(cancel).toMatchObject({ done: 'true', id })
    const status = await conn.metadata.checkDeployStatus(id)
    expect(status.status).toBe('Canceled')
    expect(status.canceledByName).toBe('Sim Admin')
    await expect(conn.metadata.cancelDeploy(id)).rejects.toMatchObject({
      errorCode: 'sf:INVALID_ID_FIELD',
      message: 'INVALID_ID_FIELD: Deployment already completed'
    })
  })

  it('faults on an unknown deploy id with INVALID_CROSS_REFERENCE_KEY', async () => {
    await expect(conn.metadata.checkDeployStatus('0Af5g000000zzzzAAA')).rejects.toMatchObject({
      errorCode: 'sf:INVALID_CROSS_REFERENCE_KEY'
    })
  })
})

describe('jsforce retrieve and list', () => {
  it('retrieves deployed components and lists them', async () => {
    const zip = await classZip({ Calculator: GOOD_CLASS })
    await drive(sim, conn.metadata.deploy(zip, { singlePackage: true }).complete())
    const result = await drive(
      sim,
      conn.metadata
        .retrieve({
          apiVersion: Number(API),
          unpackaged: {
            types: [{ name: 'ApexClass', members: ['Calculator', 'Missing'] }],
            version: API,
            objectPermissions: []
          }
        })
        .complete()
    )
    expect(result.status).toBe('Succeeded')
    expect(result.success).toBe(true)
    const files = await readZip(Buffer.from(result.zipFile, 'base64'))
    expect(files.get('unpackaged/classes/Calculator.cls')).toBe(GOOD_CLASS)
    expect(files.get('unpackaged/package.xml')).toContain('<members>Missing</members>')
    const properties = Array.isArray(result.fileProperties)
      ? result.fileProperties
      : [result.fileProperties]
    expect(properties.map((p) => p.type).sort()).toEqual(['ApexClass', 'Package'])
    const messages = Array.isArray(result.messages) ? result.messages : [result.messages]
    expect(messages[0]).toMatchObject({
      fileName: 'unpackaged/package.xml',
      problem: "Entity of type 'ApexClass' named 'Missing' cannot be found"
    })
    const again = await conn.metadata.checkRetrieveStatus(result.id)
    expect(again.done).toBe(true)
    const list = await conn.metadata.list([{ type: 'ApexClass' }], API)
    expect(list).toEqual([
      expect.objectContaining({
        fullName: 'Calculator',
        fileName: 'classes/Calculator.cls',
        type: 'ApexClass'
      })
    ])
    expect(await conn.metadata.list([{ type: 'ApexTrigger' }], API)).toEqual([])
  })
})

describe('jsforce login', () => {
  it('logs in with a JWT bearer assertion and uses the session', async () => {
    const login = new jsforce.Connection({
      oauth2: { loginUrl: sim.baseUrl, clientId: sim.jwt.clientId },
      version: API
    })
    const assertion = jwtAssertion({
      iss: sim.jwt.clientId,
      sub: sim.jwt.username,
      aud: 'https://login.salesforce.com',
      exp: Math.floor(Date.now() / 1000) + 180
    })
    const user = await login.authorize({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      assertion
    })
    expect(user.organizationId).toBe(sim.orgId)
    expect(login.instanceUrl).toBe(sim.baseUrl)
    const org = await login.query<{ Id: string; IsSandbox: boolean }>(
      'SELECT Id, Name, IsSandbox, OrganizationType FROM Organization'
    )
    expect(org.records[0]).toMatchObject({
      Id: sim.orgId,
      IsSandbox: false,
      attributes: { type: 'Organization' }
    })
  })

  it('refreshes an expired session with the refresh token (REST 401 and SOAP INVALID_SESSION_ID)', async () => {
    const client = new jsforce.Connection({
      oauth2: { loginUrl: sim.baseUrl, clientId: 'PlatformCLI' },
      instanceUrl: sim.baseUrl,
      accessToken: sim.accessToken,
      refreshToken: sim.refreshToken,
      version: API
    })
    const refreshed: string[] = []
    client.on('refresh', (token: string) => refreshed.push(token))
    sim.faults.expireSessions()
    const org = await client.query('SELECT Id FROM Organization')
    expect(org.totalSize).toBe(1)
    expect(refreshed).toHaveLength(1)
    sim.faults.expireSessions()
    const list = await client.metadata.list([{ type: 'ApexClass' }], API)
    expect(list).toEqual([])
    expect(refreshed).toHaveLength(2)
    const direct = await client.oauth2.refreshToken(sim.refreshToken)
    expect(direct.instance_url).toBe(sim.baseUrl)
  })
})
