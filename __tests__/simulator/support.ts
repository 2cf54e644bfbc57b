/**
 * Helpers for simulator tests: zip builders, raw SOAP/REST calls, and a driver that advances the
 * virtual clock while a client polls.
 */
import JSZip from 'jszip'
import type { Simulator } from '../../simulator/index.ts'

export const API = '66.0'

/** Minimal package.xml. */
export function packageXml(types: Record<string, string[]>, version = API): string {
  const blocks = Object.entries(types)
    .map(
      ([name, members]) =>
        `<types>${members.map((m) => `<members>${m}</members>`).join('')}<name>${name}</name></types>`
    )
    .join('')
  return `<?xml version="1.0" encoding="UTF-8"?><Package xmlns="http://soap.sforce.com/2006/04/metadata">${blocks}<version>${version}</version></Package>`
}

/** Meta file of an Apex class or trigger. */
export function apexMeta(kind: 'ApexClass' | 'ApexTrigger' = 'ApexClass'): string {
  return `<?xml version="1.0" encoding="UTF-8"?><${kind} xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>${API}</apiVersion><status>Active</status></${kind}>`
}

/** Files of Apex classes: name → source. */
export function apexFiles(classes: Record<string, string>): Record<string, string> {
  const files: Record<string, string> = {}
  for (const [name, source] of Object.entries(classes)) {
    files[`classes/${name}.cls`] = source
    files[`classes/${name}.cls-meta.xml`] = apexMeta()
  }
  return files
}

/** A zip with a root package.xml listing the given classes. */
export async function classZip(
  classes: Record<string, string>,
  extra: Record<string, string> = {}
): Promise<Buffer> {
  return buildZip({
    'package.xml': packageXml({ ApexClass: Object.keys(classes) }),
    ...apexFiles(classes),
    ...extra
  })
}

/** Builds a zip from path → text. */
export async function buildZip(files: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new JSZip()
  for (const [path, content] of Object.entries(files)) zip.file(path, content)
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

/** Reads a zip into path → text. */
export async function readZip(data: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(data)
  const out = new Map<string, string>()
  for (const entry of Object.values(zip.files))
    if (!entry.dir) out.set(entry.name, await entry.async('string'))
  return out
}

export const GOOD_CLASS = `public with sharing class Calculator {
    public static Integer add(Integer a, Integer b) {
        Integer sum = a + b;
        return sum;
    }
}
`
export const GOOD_TEST = `@isTest
private class CalculatorTest {
    @isTest
    static void addsNumbers() {
        System.assertEquals(3, Calculator.add(1, 2));
    }
}
`

/** Posts a raw SOAP Metadata call; returns status and body. */
export async function soap(
  sim: Simulator,
  body: string,
  options: { token?: string; version?: string; path?: string } = {}
): Promise<{ status: number; text: string; contentType: string | null }> {
  const envelope = `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:met="http://soap.sforce.com/2006/04/metadata"><soapenv:Header><met:SessionHeader><met:sessionId>${options.token ?? sim.accessToken}</met:sessionId></met:SessionHeader></soapenv:Header><soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`
  const response = await fetch(
    `${sim.baseUrl}${options.path ?? `/services/Soap/m/${options.version ?? API}`}`,
    {
      method: 'POST',
      headers: { 'content-type': 'text/xml; charset=UTF-8', SOAPAction: '""' },
      body: envelope
    }
  )
  return {
    status: response.status,
    text: await response.text(),
    contentType: response.headers.get('content-type')
  }
}

/** Raw SOAP deploy; returns the new id. */
export async function soapDeploy(
  sim: Simulator,
  zip: Buffer,
  options: string,
  version = API
): Promise<string> {
  const { text } = await soap(
    sim,
    `<met:deploy><met:ZipFile>${zip.toString('base64')}</met:ZipFile><met:DeployOptions>${options}</met:DeployOptions></met:deploy>`,
    { version }
  )
  const id = /<id>(\w+)<\/id>/.exec(text)?.[1]
  if (!id) throw new Error(`deploy failed: ${text}`)
  return id
}

/** Raw SOAP checkDeployStatus body. */
export async function soapStatus(
  sim: Simulator,
  id: string,
  includeDetails = true,
  version = API
): Promise<string> {
  return (
    await soap(
      sim,
      `<met:checkDeployStatus><met:asyncProcessId>${id}</met:asyncProcessId><met:includeDetails>${includeDetails}</met:includeDetails></met:checkDeployStatus>`,
      { version }
    )
  ).text
}

/** Value of the first `<name>` element in a SOAP body. */
export function field(xml: string, name: string): string | undefined {
  return new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1]
}

/** REST call with the simulator's token. */
export async function rest(
  sim: Simulator,
  method: string,
  path: string,
  body?: unknown,
  token = sim.accessToken
): Promise<{ status: number; json: unknown; text: string }> {
  const response = await fetch(`${sim.baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' })
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })
  const text = await response.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, json, text }
}

/** Advances the virtual clock in steps while `work` runs (for clients that poll on wall time). */
export async function drive<T>(sim: Simulator, work: Promise<T>, stepMs = 500): Promise<T> {
  let settled = false
  const tracked = work.finally(() => {
    settled = true
  })
  while (!settled) {
    await sim.clock.advance(stepMs)
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
  return tracked
}

/** Advances until the deploy is done (SOAP light polls); returns the final detailed status. */
export async function runToEnd(
  sim: Simulator,
  id: string,
  stepMs = 500,
  maxSteps = 2000
): Promise<string> {
  for (let i = 0; i < maxSteps; i++) {
    const status = await soapStatus(sim, id, false)
    if (field(status, 'done') === 'true') return soapStatus(sim, id, true)
    await sim.clock.advance(stepMs)
  }
  throw new Error(`deploy ${id} did not finish`)
}
