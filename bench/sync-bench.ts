// Sync benchmark: mode: sync against a Metadata API deploy of the same git delta, through the real
// run() against the simulator, for a 5-component configuration delta (field label, new field,
// picklist value, layout, permission set) and a 2-class Apex delta. Times are the simulator's
// virtual clock (its deploy queue model: a deploy stays Pending at least 1.5 s and until the
// deploy ahead of it is done; a container save is Queued 1.2 s + 0.3 s per member), measured on an
// idle org and on a busy one, where another deploy is already in the queue. API calls are every
// request the org received. The simulator gives CRUD calls no duration of their own (they are
// synchronous; only their HTTP round trips cost wall time). Run: node bench/sync-bench.ts
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setupActionEnv } from '../__tests__/support/action-env.ts'
import { deployBody, envelope } from '../src/metadata-api/soap/envelopes.ts'
import { run } from '../src/action/main.ts'
import { startSimulator, type Simulator } from '../simulator/index.ts'
import { zipFiles } from '../simulator/org/zip.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const D = 'force-app/main/default'
const FIELDS = `${D}/objects/Invoice__c/fields`

const OBJECT = `<?xml version="1.0" encoding="UTF-8"?>
<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">
    <deploymentStatus>Deployed</deploymentStatus>
    <fields>
        <fullName>Total__c</fullName>
        <label>Total</label>
        <precision>16</precision>
        <scale>2</scale>
        <type>Currency</type>
    </fields>
    <fields>
        <fullName>Stage__c</fullName>
        <label>Stage</label>
        <type>Picklist</type>
        <valueSet><valueSetDefinition><value><fullName>Open</fullName><default>true</default><label>Open</label></value></valueSetDefinition></valueSet>
    </fields>
    <label>Invoice</label>
    <pluralLabel>Invoices</pluralLabel>
    <sharingModel>ReadWrite</sharingModel>
</CustomObject>
`
const LAYOUT = (extra: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<Layout xmlns="http://soap.sforce.com/2006/04/metadata">
    <layoutSections>
        <label>Information</label>
        <layoutColumns>
            <layoutItems><behavior>Edit</behavior><field>Total__c</field></layoutItems>${extra}
        </layoutColumns>
        <style>OneColumn</style>
    </layoutSections>
</Layout>
`
const CLASS_META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>62.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n'
const classBody = (name: string, n: number): string =>
  `public with sharing class ${name} {\n    public static Integer value() {\n        return ${n};\n    }\n}\n`

interface Scenario {
  name: string
  base: Record<string, string>
  change: Record<string, string>
}

const CONFIG: Scenario = {
  name: '5-component config delta',
  base: {
    [`${FIELDS}/Stage__c.field-meta.xml`]: field('Stage__c', 'Stage', 'Picklist', 'Open'),
    [`${D}/layouts/Invoice__c-Invoice Layout.layout-meta.xml`]: LAYOUT('')
  },
  change: {
    [`${FIELDS}/Total__c.field-meta.xml`]: field('Total__c', 'Grand total', 'Currency'),
    [`${FIELDS}/Due__c.field-meta.xml`]: field('Due__c', 'Due', 'Date'),
    [`${FIELDS}/Stage__c.field-meta.xml`]: field('Stage__c', 'Stage', 'Picklist', 'Open', 'Paid'),
    [`${D}/layouts/Invoice__c-Invoice Layout.layout-meta.xml`]: LAYOUT(
      '\n            <layoutItems><behavior>Edit</behavior><field>Due__c</field></layoutItems>'
    ),
    [`${D}/permissionsets/Invoicing.permissionset-meta.xml`]:
      '<?xml version="1.0" encoding="UTF-8"?>\n<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fieldPermissions>\n        <editable>true</editable>\n        <field>Invoice__c.Due__c</field>\n        <readable>true</readable>\n    </fieldPermissions>\n    <label>Invoicing</label>\n</PermissionSet>\n'
  }
}

const APEX: Scenario = {
  name: '2-class Apex delta',
  base: {
    [`${D}/classes/RateA.cls`]: classBody('RateA', 1),
    [`${D}/classes/RateA.cls-meta.xml`]: CLASS_META,
    [`${D}/classes/RateB.cls`]: classBody('RateB', 1),
    [`${D}/classes/RateB.cls-meta.xml`]: CLASS_META
  },
  change: {
    [`${D}/classes/RateA.cls`]: classBody('RateA', 2),
    [`${D}/classes/RateB.cls`]: classBody('RateB', 2)
  }
}

function field(name: string, label: string, type: string, ...values: string[]): string {
  const extra =
    type === 'Currency'
      ? '    <precision>16</precision>\n    <scale>2</scale>\n'
      : values.length > 0
        ? `    <valueSet><valueSetDefinition>${values.map((v) => `<value><fullName>${v}</fullName><default>false</default><label>${v}</label></value>`).join('')}</valueSetDefinition></valueSet>\n`
        : ''
  return `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fullName>${name}</fullName>\n    <label>${label}</label>\n${extra}    <type>${type}</type>\n</CustomField>\n`
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Bench',
      GIT_AUTHOR_EMAIL: 'bench@example.com',
      GIT_COMMITTER_NAME: 'Bench',
      GIT_COMMITTER_EMAIL: 'bench@example.com',
      GIT_CONFIG_NOSYSTEM: '1'
    }
  })
}

function write(dir: string, files: Record<string, string>): void {
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(dir, file)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, content)
  }
}

/** A repository of the demo project with the scenario's base, and its change committed on top. */
function repository(scenario: Scenario): { dir: string; base: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'sfda-sync-bench-'))
  cpSync(path.join(ROOT, 'examples', 'demo-project'), dir, { recursive: true })
  write(dir, scenario.base)
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'base')
  const base = git(dir, 'rev-parse', 'HEAD').trim()
  write(dir, scenario.change)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'change')
  return { dir, base }
}

/** The org before the change: the object, the layout and the classes of the base. */
async function orgFor(scenario: Scenario): Promise<Simulator> {
  const seed = new Map<string, Buffer>([['objects/Invoice__c.object', Buffer.from(OBJECT)]])
  for (const [file, content] of Object.entries(scenario.base)) {
    if (file.includes('/classes/'))
      seed.set(
        `classes/${path.basename(file).replace(/-meta\.xml$/, '-meta.xml')}`,
        Buffer.from(content)
      )
    if (file.includes('/layouts/'))
      seed.set(`layouts/${path.basename(file).replace('-meta.xml', '')}`, Buffer.from(content))
  }
  return startSimulator({ orgType: 'Sandbox', seedFiles: seed })
}

/** Puts a 300-class deploy in the org's queue ahead of the measured run (a busy shared sandbox). */
async function busy(sim: Simulator): Promise<void> {
  const files = new Map<string, Buffer>()
  const members: string[] = []
  for (let i = 0; i < 300; i++) {
    files.set(`classes/Busy${i}.cls`, Buffer.from(classBody(`Busy${i}`, i)))
    files.set(`classes/Busy${i}.cls-meta.xml`, Buffer.from(CLASS_META))
    members.push(`<members>Busy${i}</members>`)
  }
  files.set(
    'package.xml',
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><Package xmlns="http://soap.sforce.com/2006/04/metadata"><types>${members.join('')}<name>ApexClass</name></types><version>62.0</version></Package>`
    )
  )
  const zip = (await zipFiles(files)).toString('base64')
  const body = deployBody(zip, {
    checkOnly: false,
    ignoreWarnings: false,
    purgeOnDelete: false,
    rollbackOnError: true,
    runTests: [],
    singlePackage: true,
    testLevel: 'RunLocalTests'
  })
  const response = await fetch(`${sim.baseUrl}/services/Soap/m/62.0`, {
    method: 'POST',
    headers: { 'content-type': 'text/xml; charset=UTF-8', soapaction: '""' },
    body: envelope(sim.accessToken, body)
  })
  if (!response.ok) throw new Error(`the busy deploy was refused: ${await response.text()}`)
}

interface Measure {
  ms: number
  /** Wall time of the whole run() in this process (sign-in, git, build, HTTP to the simulator). */
  wallMs: number
  calls: number
  success: string
}

async function measure(
  scenario: Scenario,
  mode: 'sync' | 'deploy',
  load: 'idle' | 'busy'
): Promise<Measure> {
  const sim = await orgFor(scenario)
  const { dir, base } = repository(scenario)
  try {
    if (load === 'busy') await busy(sim)
    const env = setupActionEnv(
      {
        mode,
        'delta-from': base,
        'access-token': sim.accessToken,
        'instance-url': sim.baseUrl,
        'upload-artifact': 'false',
        'check-run': 'false'
      },
      { workspace: dir }
    )
    const calls = sim.requests.length
    const start = sim.clock.now()
    const wall = performance.now()
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = (() => true) as typeof process.stdout.write
    try {
      await run({ clock: { now: () => sim.clock.now(), sleep: (ms) => sim.clock.advance(ms) } })
    } finally {
      process.stdout.write = write
    }
    const outputs = env.outputs()
    env.restore()
    process.exitCode = undefined
    return {
      ms: sim.clock.now() - start,
      wallMs: performance.now() - wall,
      calls: sim.requests.length - calls,
      success: outputs.success ?? '?'
    }
  } finally {
    await sim.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function runSyncBench(): Promise<void> {
  console.log('| delta | org | mode | simulated time | wall time | API calls | success |')
  console.log('|---|---|---|---:|---:|---:|---|')
  for (const scenario of [CONFIG, APEX]) {
    for (const load of ['idle', 'busy'] as const) {
      const rows: [string, Measure][] = []
      for (const mode of ['sync', 'deploy'] as const)
        rows.push([mode, await measure(scenario, mode, load)])
      for (const [mode, m] of rows)
        console.log(
          `| ${scenario.name} | ${load} | ${mode} | ${(m.ms / 1000).toFixed(1)} s | ${Math.round(m.wallMs)} ms | ${m.calls} | ${m.success} |`
        )
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await runSyncBench()
}
