/**
 * REST deployRequest answers have the recorded shape (rest-deployRequest-get-includeDetails-
 * succeeded.json): same keys in the same order, explicit nulls, `+0000` dates, error arrays.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Simulator, startSimulator } from '../../simulator/index.ts'
import { API, GOOD_CLASS, classZip, rest } from './support.ts'
import { readVector } from '../support/fixtures.ts'

const VECTOR = 'rest-deployRequest-get-includeDetails-succeeded.json'
const BASE = `/services/data/v${API}/metadata/deployRequest`

let sim: Simulator
beforeEach(async () => {
  sim = await startSimulator()
})
afterEach(async () => {
  await sim.close()
})

function multipart(parts: { name: string; filename?: string; type: string; data: Buffer }[]): {
  body: Buffer
  contentType: string
} {
  const boundary = '----simtest7d3a'
  const chunks: Buffer[] = []
  for (const part of parts) {
    const filename = part.filename ? `; filename="${part.filename}"` : ''
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${filename}\r\nContent-Type: ${part.type}\r\n\r\n`
      ),
      part.data,
      Buffer.from('\r\n')
    )
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` }
}

async function start(
  options: Record<string, unknown>,
  jsonFirst = true,
  partName = 'json'
): Promise<{ status: number; json: Record<string, unknown> }> {
  const zip = await classZip({ Calculator: GOOD_CLASS })
  const parts = [
    {
      name: partName,
      type: 'application/json',
      data: Buffer.from(JSON.stringify({ deployOptions: options }))
    },
    { name: 'file', filename: 'deploy.zip', type: 'application/zip', data: zip }
  ]
  const { body, contentType } = multipart(jsonFirst ? parts : parts.reverse())
  const response = await fetch(`${sim.baseUrl}${BASE}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${sim.accessToken}`, 'content-type': contentType },
    body
  })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

async function finish(id: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 200; i++) {
    const { json } = await rest(sim, 'GET', `${BASE}/${id}?includeDetails=true`)
    const result = (json as { deployResult: Record<string, unknown> }).deployResult
    if (result['done'] === true) return json as Record<string, unknown>
    await sim.clock.advance(500)
  }
  throw new Error('not done')
}

describe('REST deployRequest', () => {
  it('starts with 201 (json part first or file part first, json or entity_content) and echoes every option', async () => {
    const first = await start({ checkOnly: true, singlePackage: true })
    expect(first.status).toBe(201)
    expect(Object.keys(first.json)).toEqual([
      'id',
      'validatedDeployRequestId',
      'url',
      'deployOptions',
      'deployResult'
    ])
    expect(first.json['url']).toBe(`${sim.baseUrl}${BASE}/${String(first.json['id'])}`)
    expect(first.json['deployOptions']).toEqual({
      allowMissingFiles: false,
      autoUpdatePackage: false,
      checkOnly: true,
      ignoreWarnings: false,
      performRetrieve: false,
      purgeOnDelete: false,
      rollbackOnError: true,
      runTests: null,
      singlePackage: true,
      testLevel: null
    })
    expect((first.json['deployResult'] as Record<string, unknown>)['status']).toBe('Pending')
    const second = await start({ singlePackage: true }, false, 'entity_content')
    expect(second.status).toBe(201)
    expect(sim.deploys.map((d) => d.checkOnly)).toEqual([true, false])
  })

  it('GET includeDetails=true has the recorded keys, order, nulls and dates', async () => {
    const recorded = readVector(VECTOR) as Record<string, Record<string, unknown>>
    const { json } = await start({ checkOnly: true, singlePackage: true })
    const body = await finish(String(json['id']))
    const result = body['deployResult'] as Record<string, unknown>
    const details = result['details'] as Record<string, unknown>
    const recordedResult = recorded['deployResult'] as Record<string, unknown>
    const recordedDetails = recordedResult['details'] as Record<string, unknown[]>
    expect(Object.keys(body)).toEqual(Object.keys(recorded))
    expect(body['deployOptions']).toBeNull()
    expect(Object.keys(result)).toEqual(Object.keys(recordedResult))
    expect(Object.keys(details)).toEqual(Object.keys(recordedDetails))
    const message = (details['componentSuccesses'] as Record<string, unknown>[])[0] as Record<
      string,
      unknown
    >
    expect(Object.keys(message)).toEqual(
      Object.keys(recordedDetails['componentSuccesses']?.[0] as object)
    )
    expect(Object.keys(details['runTestResult'] as object)).toEqual(
      Object.keys(recordedDetails['runTestResult'] as object)
    )
    expect(result['createdDate']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000\+0000$/)
    expect(result).toMatchObject({
      status: 'Succeeded',
      stateDetail: null,
      errorMessage: null,
      canceledBy: null,
      runTestResult: null,
      messages: null
    })
    expect((details['allComponentMessages'] as unknown[]).length).toBe(
      (details['componentSuccesses'] as unknown[]).length
    )
    const manifest = (details['componentSuccesses'] as Record<string, unknown>[]).find(
      (m) => m['fileName'] === 'package.xml'
    )
    expect(manifest).toMatchObject({ forPackageManifestFile: true, componentType: '', id: null })
  })

  it('keeps 0.0 doubles and omits details without includeDetails', async () => {
    const { json } = await start({ singlePackage: true })
    const raw = await rest(sim, 'GET', `${BASE}/${String(json['id'])}?includeDetails=true`)
    expect(raw.text).toContain('"totalTime":0.0')
    const light = await rest(sim, 'GET', `${BASE}/${String(json['id'])}`)
    expect((light.json as { deployResult: { details: unknown } }).deployResult.details).toBeNull()
  })

  it('cancels with PATCH (202) and answers errors as arrays (401, 404, 400)', async () => {
    const { json } = await start({ singlePackage: true })
    const id = String(json['id'])
    const cancel = await rest(sim, 'PATCH', `${BASE}/${id}`, {
      deployResult: { status: 'Canceling' }
    })
    expect(cancel.status).toBe(202)
    expect((cancel.json as { deployResult: { status: string } }).deployResult.status).toBe(
      'Canceled'
    )
    expect((await rest(sim, 'GET', `${BASE}/${id}`, undefined, 'bad')).json).toEqual([
      { message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }
    ])
    const missing = await rest(sim, 'GET', `${BASE}/0Af5g000000zzzzAAA`)
    expect(missing.status).toBe(404)
    expect(missing.json).toEqual([
      { message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }
    ])
    const malformed = await rest(sim, 'GET', `${BASE}/nope`)
    expect(malformed.status).toBe(400)
    expect((malformed.json as { errorCode: string }[])[0]?.errorCode).toBe('MALFORMED_ID')
    const quick = await rest(sim, 'POST', `${BASE}/${id}`, { validatedDeployRequestId: id })
    expect(quick.status).toBe(404)
  })
})

describe('REST data resources', () => {
  it('lists versions, answers the Organization query and normalises doubled slashes', async () => {
    const versions = await fetch(`${sim.baseUrl}//services/data`)
    const list = (await versions.json()) as { version: string; label: string; url: string }[]
    expect(list.at(-1)).toEqual({
      label: "Spring '26",
      url: '/services/data/v66.0',
      version: '66.0'
    })
    const q = encodeURIComponent(
      'SELECT Name, InstanceName, IsSandbox, TrialExpirationDate, NamespacePrefix, OrganizationType FROM Organization'
    )
    const org = await rest(sim, 'GET', `//services/data/v50.0/query?q=${q}`)
    expect(org.json).toEqual({
      totalSize: 1,
      done: true,
      records: [
        {
          attributes: {
            type: 'Organization',
            url: `/services/data/v50.0/sobjects/Organization/${sim.orgId}`
          },
          Name: 'Simulated Org',
          InstanceName: 'NA42',
          IsSandbox: false,
          TrialExpirationDate: null,
          NamespacePrefix: null,
          OrganizationType: 'Developer Edition'
        }
      ]
    })
    const unknown = await rest(
      sim,
      'GET',
      `/services/data/v${API}/query?q=${encodeURIComponent('SELECT Id FROM ScratchOrgInfo limit 1')}`
    )
    expect((unknown.json as { errorCode: string }[])[0]?.errorCode).toBe('INVALID_TYPE')
    const info = await rest(sim, 'GET', '/services/oauth2/userinfo')
    expect(info.json).toMatchObject({
      organization_id: sim.orgId,
      preferred_username: sim.jwt.username
    })
  })
})
