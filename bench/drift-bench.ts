// Drift guard benchmark: the guard's cost against a full retrieve of the same package, on a
// 2,500-component package (2,000 Apex classes, 10 objects with 49 fields each) of which 5 classes
// were changed in the org after the receipt's deploy. Both sides use the real SOAP retrieve client
// against the simulator; API calls are the Metadata API calls made (listMetadata, retrieve,
// checkRetrieveStatus), bytes the zips the org sent. Run: node bench/drift-bench.ts
import { detectDrift } from '../src/drift/detect-drift.ts'
import { createUndiciTransport } from '../src/http/undici-transport.ts'
import type { RetrieveApi } from '../src/metadata-api/retrieve-api.ts'
import { createSoapRetrieveApi } from '../src/metadata-api/soap/retrieve-client.ts'
import { buildReceipt } from '../src/receipt/build-receipt.ts'
import { packageMembers } from '../src/retrieve/package-members.ts'
import { retrieveComponents } from '../src/retrieve/retrieve-components.ts'
import { connectForRun } from '../src/runner/connect.ts'
import { parseSettings } from '../src/action/parse-settings.ts'
import { MemoryLogger } from '../src/shared/logger.ts'
import { rawInputs } from '../__tests__/support/raw-inputs.ts'
import { startSimulator } from '../simulator/index.ts'

const CLASSES = 2_000
const OBJECTS = 10
const FIELDS = 49
const CHANGED = 5

const META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>62.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n'
const classBody = (i: number, extra = ''): string =>
  `public with sharing class C${i} {\n    public static Integer value() {\n        return ${i};${extra}\n    }\n}\n`

/** The package in metadata format, package.xml included. */
function packageFiles(): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>()
  const enc = (text: string): Uint8Array => Buffer.from(text, 'utf8')
  const classes: string[] = []
  for (let i = 0; i < CLASSES; i++) {
    classes.push(`C${i}`)
    files.set(`classes/C${i}.cls`, enc(classBody(i)))
    files.set(`classes/C${i}.cls-meta.xml`, enc(META))
  }
  const objects: string[] = []
  const fields: string[] = []
  for (let o = 0; o < OBJECTS; o++) {
    const name = `Obj${o}__c`
    objects.push(name)
    const entries: string[] = []
    for (let f = 0; f < FIELDS; f++) {
      fields.push(`${name}.F${f}__c`)
      entries.push(
        `    <fields>\n        <fullName>F${f}__c</fullName>\n        <label>Field ${f}</label>\n        <type>Text</type>\n        <length>80</length>\n    </fields>`
      )
    }
    files.set(
      `objects/${name}.object`,
      enc(
        `<?xml version="1.0" encoding="UTF-8"?>\n<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">\n    <deploymentStatus>Deployed</deploymentStatus>\n${entries.join('\n')}\n    <label>Object ${o}</label>\n    <pluralLabel>Objects ${o}</pluralLabel>\n    <sharingModel>ReadWrite</sharingModel>\n</CustomObject>\n`
      )
    )
  }
  const types = (name: string, members: string[]): string =>
    `    <types>\n${members.map((m) => `        <members>${m}</members>`).join('\n')}\n        <name>${name}</name>\n    </types>`
  files.set(
    'package.xml',
    enc(
      `<?xml version="1.0" encoding="UTF-8"?>\n<Package xmlns="http://soap.sforce.com/2006/04/metadata">\n${types('ApexClass', classes)}\n${types('CustomField', fields)}\n${types('CustomObject', objects)}\n    <version>62.0</version>\n</Package>\n`
    )
  )
  return files
}

/** Counts the Metadata API calls and the zip bytes that pass through a retrieve client. */
function counting(api: RetrieveApi): RetrieveApi & { calls: number; bytes: number } {
  const counted = {
    calls: 0,
    bytes: 0,
    listMetadata: (q: Parameters<RetrieveApi['listMetadata']>[0]) => {
      counted.calls++
      return api.listMetadata(q)
    },
    retrieve: (r: Parameters<RetrieveApi['retrieve']>[0]) => {
      counted.calls++
      return api.retrieve(r)
    },
    checkRetrieveStatus: async (id: string, zip: boolean) => {
      counted.calls++
      const result = await api.checkRetrieveStatus(id, zip)
      counted.bytes += result.zip?.byteLength ?? 0
      return result
    }
  }
  return counted
}

export async function runDriftBench(): Promise<void> {
  const files = packageFiles()
  const seed = new Map(
    [...files].filter(([p]) => p !== 'package.xml').map(([p, b]) => [p, Buffer.from(b)])
  )
  const sim = await startSimulator({ seedFiles: seed })
  try {
    const deployedAt = new Date(sim.clock.now()).toISOString()
    const receipt = buildReceipt({
      mode: 'deploy',
      result: { id: '0Af000000000001AAA', status: 'Succeeded', done: true } as never,
      orgId: sim.orgId,
      packageFiles: files,
      run: { commitSha: 'bench' },
      now: deployedAt
    })
    await sim.clock.advance(60_000)
    // Someone changes 5 classes in the org after the receipt's deploy.
    sim.org.seed(
      new Map(
        Array.from({ length: CHANGED }, (_, i) => [
          `classes/C${i * 400}.cls`,
          Buffer.from(classBody(i * 400, ' // hot fix'))
        ])
      )
    )
    const settings = parseSettings(
      rawInputs({ 'access-token': sim.accessToken, 'instance-url': sim.baseUrl })
    )
    const clock = { now: () => sim.clock.now(), sleep: (ms: number) => sim.clock.advance(ms) }
    const session = await connectForRun(
      settings,
      { http: createUndiciTransport(), clock, logger: new MemoryLogger() },
      'soap',
      '62.0'
    )
    const wait = {
      waitMs: 600_000,
      maxIntervalMs: 2_000,
      maxErrorStreakMs: 60_000,
      random: () => 0.5
    }
    const logger = new MemoryLogger()
    const manifest = packageMembers(files)
    const members = manifest.members.length

    const full = counting(createSoapRetrieveApi(session.caller, session.apiVersion))
    let wall = performance.now()
    await retrieveComponents(
      manifest.members,
      { api: full, clock, logger },
      { apiVersion: '62.0', wait }
    )
    const fullMs = performance.now() - wall

    const guard = counting(createSoapRetrieveApi(session.caller, session.apiVersion))
    wall = performance.now()
    const report = await detectDrift(
      { receipt, packageFiles: files, apiVersion: '62.0', wait },
      { api: guard, clock, logger }
    )
    const guardMs = performance.now() - wall

    console.log(
      `${members} components; ${CHANGED} changed in the org after the receipt; drift found: ${report.drifted.length}`
    )
    console.log(
      '| approach | Metadata API calls | bytes received (zips) | components retrieved | wall time |'
    )
    console.log('|---|---:|---:|---:|---:|')
    console.log(
      `| full retrieve | ${full.calls} | ${full.bytes.toLocaleString('en-US')} | ${members} | ${Math.round(fullMs)} ms |`
    )
    console.log(
      `| drift guard (listMetadata, then modified only) | ${guard.calls} | ${guard.bytes.toLocaleString('en-US')} | ${report.retrieved} | ${Math.round(guardMs)} ms |`
    )
    console.log(
      `| ratio | ${(full.calls / guard.calls).toFixed(1)}× fewer | ${(full.bytes / Math.max(1, guard.bytes)).toFixed(0)}× fewer | | |`
    )
  } finally {
    await sim.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runDriftBench()
