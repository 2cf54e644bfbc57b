import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startSimulator, type Simulator } from '../../simulator/index.ts'
import { toolingControl } from '../../simulator/tooling/index.ts'

const CLASS = 'public class Foo {\n    public Integer one() {\n        return 1;\n    }\n}\n'
const META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>62.0</apiVersion></ApexClass>\n'

let sim: Simulator

async function call(
  method: string,
  path: string,
  body?: unknown
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${sim.baseUrl}/services/data/v66.0/tooling/${path}`, {
    method,
    headers: { authorization: `Bearer ${sim.accessToken}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })
  const text = await response.text()
  return { status: response.status, json: text ? (JSON.parse(text) as unknown) : undefined }
}

async function containerWithMember(name = 'c1'): Promise<{ container: string; member: string }> {
  const container = (
    (await call('POST', 'sobjects/MetadataContainer', { Name: name })).json as { id: string }
  ).id
  const entity = sim.org.component('ApexClass', 'Foo')?.id
  const member = await call('POST', 'sobjects/ApexClassMember', {
    MetadataContainerId: container,
    ContentEntityId: entity,
    Body: CLASS
  })
  expect(member.status).toBe(201)
  return { container, member: (member.json as { id: string }).id }
}

const submit = async (
  container: string,
  checkOnly = true
): Promise<{ status: number; json: unknown }> =>
  call('POST', 'sobjects/ContainerAsyncRequest', {
    MetadataContainerId: container,
    IsCheckOnly: checkOnly
  })
const stateOf = async (id: string): Promise<string> =>
  ((await call('GET', `sobjects/ContainerAsyncRequest/${id}`)).json as { State: string }).State
const errorCode = (r: { json: unknown }): string =>
  ((r.json as { errorCode: string }[])[0] ?? { errorCode: '' }).errorCode

async function startWith(orgType: 'Sandbox' | 'Production' = 'Sandbox'): Promise<void> {
  sim = await startSimulator({
    orgType,
    seedFiles: new Map([
      ['classes/Foo.cls', Buffer.from(CLASS)],
      ['classes/Foo.cls-meta.xml', Buffer.from(META)]
    ])
  })
}

describe('simulator Tooling API', () => {
  beforeEach(async () => {
    await startWith()
  })
  afterEach(async () => {
    await sim.close()
  })

  it('refuses a duplicate container name, naming the existing container', async () => {
    const first = await call('POST', 'sobjects/MetadataContainer', { Name: 'gha-1' })
    const second = await call('POST', 'sobjects/MetadataContainer', { Name: 'GHA-1' })
    expect(second.status).toBe(400)
    expect(second.json).toEqual([
      {
        errorCode: 'DUPLICATE_VALUE',
        message: `duplicate value found: Name duplicates value on record with id: ${(first.json as { id: string }).id}`,
        fields: []
      }
    ])
  })

  it('allows one outstanding request per container and aborts only while Queued', async () => {
    const { container } = await containerWithMember()
    const id = ((await submit(container)).json as { id: string }).id
    expect(errorCode(await submit(container))).toBe('INVALID_OPERATION')
    expect(await stateOf(id)).toBe('Queued')
    await sim.clock.advance(1_500)
    expect(await stateOf(id)).toBe('Completed')
    expect(
      errorCode(await call('PATCH', `sobjects/ContainerAsyncRequest/${id}`, { State: 'Aborted' }))
    ).toBe('INVALID_OPERATION')
  })

  it('invalidates a queued check-only request when a member changes, and freezes members after success', async () => {
    const { container, member } = await containerWithMember()
    const first = ((await submit(container)).json as { id: string }).id
    expect(
      (
        await call('PATCH', `sobjects/ApexClassMember/${member}`, {
          Body: CLASS.replace('1;', '2;')
        })
      ).status
    ).toBe(204)
    expect(await stateOf(first)).toBe('Invalidated')
    const second = ((await submit(container)).json as { id: string }).id
    await sim.clock.advance(1_500)
    expect(await stateOf(second)).toBe('Completed')
    expect(
      errorCode(await call('PATCH', `sobjects/ApexClassMember/${member}`, { Body: CLASS }))
    ).toBe('INVALID_OPERATION')
  })

  it('reports compile errors with escaped problems and cascades container deletes', async () => {
    const { container, member } = await containerWithMember()
    await call('PATCH', `sobjects/ApexClassMember/${member}`, {
      Body: CLASS.replace('return 1;', 'return 1')
    })
    const id = ((await submit(container)).json as { id: string }).id
    await sim.clock.advance(1_500)
    const record = (await call('GET', `sobjects/ContainerAsyncRequest/${id}`)).json as {
      State: string
      DeployDetails: { componentFailures: Record<string, unknown>[] }
    }
    expect(record.State).toBe('Failed')
    expect(record.DeployDetails.componentFailures[0]).toMatchObject({
      fullName: 'Foo',
      fileName: 'classes/Foo.cls',
      lineNumber: 4,
      columnNumber: 5,
      problem: 'Missing &#39;;&#39; at &#39;}&#39;'
    })
    expect((await call('DELETE', `sobjects/MetadataContainer/${container}`)).status).toBe(204)
    expect(
      (await call('PATCH', `sobjects/ApexClassMember/${member}`, { Body: CLASS })).status
    ).toBe(404)
    expect((await call('DELETE', `sobjects/MetadataContainer/${container}`)).status).toBe(404)
  })

  it('scripts Error with its ErrorMsg, and keeps stuck requests Queued', async () => {
    const tooling = toolingControl(sim.context)
    tooling.script('Error', 'stuck')
    const a = await containerWithMember('a')
    const errored = ((await submit(a.container)).json as { id: string }).id
    const b = await containerWithMember('b')
    const stuck = ((await submit(b.container)).json as { id: string }).id
    await sim.clock.advance(60_000)
    expect((await call('GET', `sobjects/ContainerAsyncRequest/${errored}`)).json).toMatchObject({
      State: 'Error',
      ErrorMsg: 'An unexpected error has occurred. 485910397-48125 (1801558516)',
      DeployDetails: null
    })
    expect(await stateOf(stuck)).toBe('Queued')
  })

  it('answers entity queries', async () => {
    const q = encodeURIComponent(
      "SELECT Id, Name, NamespacePrefix FROM ApexClass WHERE Name IN ('Foo', 'Nope')"
    )
    const result = (await call('GET', `query?q=${q}`)).json as {
      records: { Name: string; NamespacePrefix: unknown }[]
    }
    expect(result.records.map((r) => [r.Name, r.NamespacePrefix])).toEqual([['Foo', null]])
  })
})

describe('simulator Tooling API in production', () => {
  afterEach(async () => {
    await sim.close()
  })

  it('answers a save with "Can\'t alter metadata in an active org"', async () => {
    await startWith('Production')
    const { container } = await containerWithMember()
    const id = ((await submit(container, false)).json as { id: string }).id
    await sim.clock.advance(1_500)
    expect((await call('GET', `sobjects/ContainerAsyncRequest/${id}`)).json).toMatchObject({
      State: 'Failed',
      ErrorMsg: "Can't alter metadata in an active org"
    })
    expect(sim.org.files().get('classes/Foo.cls')?.toString()).toBe(CLASS)
  })
})
