import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runPost } from '../../src/action/post-step.ts'
import type { Simulator, SimulatorOptions } from '../../simulator/index.ts'
import { toolingControl, type ToolingControl } from '../../simulator/tooling/index.ts'
import { setupActionEnv } from '../support/action-env.ts'
import { workflowCommands } from '../support/workflow-commands.ts'
import { copyDemoProject, decodeCommand, runAction, simClock, startSim } from './harness.ts'

const CLASS = 'force-app/main/default/classes/InvoiceService.cls'
const TRIGGER = 'force-app/main/default/triggers/InvoiceTrigger.trigger'
const PAGE = 'force-app/main/default/pages/InvoicePage.page'
const META = (root: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>62.0</apiVersion>\n    <status>Active</status>\n</${root}>\n`
const PAGE_META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexPage xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>62.0</apiVersion>\n    <label>Invoice</label>\n</ApexPage>\n'
const PAGE_BODY = '<apex:page>\n  <h1>Invoices</h1>\n</apex:page>\n'
const CLASS_BODY =
  'public with sharing class InvoiceService {\n    public static Decimal one() {\n        return 1;\n    }\n}\n'
const BROKEN_CLASS =
  'public with sharing class InvoiceService {\n    public static Decimal one() {\n        return 1\n    }\n}\n'

/** The org already holds the demo class, trigger and a page: the container path applies. */
function seed(): Map<string, Buffer> {
  return new Map([
    ['classes/InvoiceService.cls', Buffer.from(CLASS_BODY)],
    ['classes/InvoiceService.cls-meta.xml', Buffer.from(META('ApexClass'))],
    [
      'triggers/InvoiceTrigger.trigger',
      Buffer.from('trigger InvoiceTrigger on Invoice__c (before insert) {\n}\n')
    ],
    ['triggers/InvoiceTrigger.trigger-meta.xml', Buffer.from(META('ApexTrigger'))],
    ['pages/InvoicePage.page', Buffer.from(PAGE_BODY)],
    ['pages/InvoicePage.page-meta.xml', Buffer.from(PAGE_META)]
  ])
}

function workspace(changes: Record<string, string | null> = {}): string {
  return copyDemoProject({ [PAGE]: PAGE_BODY, [`${PAGE}-meta.xml`]: PAGE_META, ...changes })
}

let sim: Simulator
let tooling: ToolingControl

async function start(options: SimulatorOptions = {}): Promise<void> {
  sim = await startSim({ seedFiles: seed(), ...options })
  tooling = toolingControl(sim.context)
}

const calls = (operation: string): { body: string; path: string }[] =>
  sim.requests.filter((r) => r.operation === operation)

/** Every container the run created was deleted, and the org holds none. */
function expectAllContainersDeleted(): void {
  const created = calls('createMetadataContainer').length
  expect(created).toBeGreaterThan(0)
  expect(tooling.state.deletedContainers).toHaveLength(created)
  expect(tooling.state.containers.size).toBe(0)
}

afterEach(async () => {
  await sim.close()
})

describe('compile mode through the Tooling API', () => {
  it('compiles changed files cleanly, check only, and deletes the container', async () => {
    await start()
    const r = await runAction(
      sim,
      { mode: 'compile', 'compile-files': `${CLASS}\n${TRIGGER}` },
      { workspace: workspace() }
    )
    expect(r.failed).toBe(false)
    expect(r.outputs).toMatchObject({
      success: 'true',
      status: 'Completed',
      'compile-method': 'tooling',
      'component-errors': '0'
    })
    expect(r.outputs['compile-request-id']).toMatch(/^1dr/)
    expect(Number(r.outputs['compile-queue-ms'])).toBeGreaterThanOrEqual(1_800)
    const members = calls('createContainerMember')
    expect(members.map((m) => m.path.split('/').at(-1)).sort()).toEqual([
      'ApexClassMember',
      'ApexTriggerMember'
    ])
    const classMember = JSON.parse(
      members.find((m) => m.path.endsWith('ApexClassMember'))?.body ?? '{}'
    ) as Record<string, unknown>
    expect(classMember).toMatchObject({
      ContentEntityId: sim.org.component('ApexClass', 'InvoiceService')?.id,
      Metadata: { apiVersion: 62, status: 'Active' }
    })
    expect(classMember.Body).toContain('public static Decimal total')
    expect(JSON.parse(calls('createContainerAsyncRequest')[0]?.body ?? '{}')).toMatchObject({
      IsCheckOnly: true
    })
    expectAllContainersDeleted()
    expect(sim.org.files().get('classes/InvoiceService.cls')?.toString()).toBe(CLASS_BODY)
    expect(sim.deploys).toHaveLength(0)
    expect(r.summary).toContain('Apex compile check passed')
    expect(r.summary).toContain('Tooling API (MetadataContainer)')
    expect(r.summary).toMatch(/Time in queue and compile \| \d+\.\d{3} s/)
    expect(r.summary).toContain('runs no Apex tests')
  })

  it('sends the Apex with the project string replacements applied, as a deploy would', async () => {
    await start()
    const dir = workspace({
      [CLASS]: CLASS_BODY.replace('return 1;', 'return %%ONE%%;'),
      'config/one.txt': '1'
    })
    const projectFile = path.join(dir, 'sfdx-project.json')
    const project = JSON.parse(readFileSync(projectFile, 'utf8')) as Record<string, unknown>
    project.replacements = [
      { filename: CLASS, stringToReplace: '%%ONE%%', replaceWithFile: 'config/one.txt' }
    ]
    writeFileSync(projectFile, JSON.stringify(project))
    const r = await runAction(sim, { mode: 'compile', 'compile-files': CLASS }, { workspace: dir })
    expect(r.failed).toBe(false)
    const body = calls('createContainerMember')
      .map((m) => m.body)
      .join('\n')
    expect(body).toContain('return 1;')
    expect(body).not.toContain('%%ONE%%')
  })

  it('annotates compile errors on the repository lines, decoding entities and clamping missing lines', async () => {
    await start()
    const ws = workspace({
      [CLASS]: BROKEN_CLASS,
      [PAGE]: '<apex:page>\n  <!-- sim:compile-error Unknown component <c:nope> -->\n</apex:page>\n'
    })
    const r = await runAction(
      sim,
      { mode: 'compile', 'compile-files': `${CLASS}, ${PAGE}` },
      { workspace: ws }
    )
    expect(r.failed).toBe(true)
    expect(r.outputs).toMatchObject({
      success: 'false',
      status: 'Failed',
      'compile-method': 'tooling',
      'component-errors': '2'
    })
    expect(r.failure).toContain("ApexClass InvoiceService (line 4): Missing ';' at '}'")
    const errors = r.commands.filter((c) => c.startsWith('::error title='))
    const onClass = errors.find((c) => c.includes('InvoiceService.cls'))
    expect(onClass).toContain(`file=${CLASS},line=4,endLine=4,col=5,endColumn=5::`)
    expect(decodeCommand(onClass ?? '')).toContain("::Missing ';' at '}'")
    const onPage = errors.find((c) => c.includes('InvoicePage.page'))
    // The org sent lineNumber -1: line 1, no column.
    expect(onPage).toContain(`file=${PAGE},line=1,endLine=1::`)
    expect(onPage).not.toContain('col=')
    expect(decodeCommand(onPage ?? '')).toContain('Unknown component <c:nope>')
    // Decoded once: the summary escapes for HTML itself, so no double-encoded entity remains.
    expect(r.summary).toContain("Missing ';' at '}'")
    expect(r.summary).not.toContain('&amp;#39;')
    expectAllContainersDeleted()
  })

  it('retries once with a fresh container when the request is Invalidated', async () => {
    await start()
    tooling.script('Invalidated')
    const r = await runAction(
      sim,
      { mode: 'compile', 'compile-files': CLASS },
      { workspace: workspace() }
    )
    expect(r.failed).toBe(false)
    expect(r.outputs).toMatchObject({
      success: 'true',
      status: 'Completed',
      'compile-method': 'tooling'
    })
    const names = calls('createMetadataContainer').map(
      (c) => (JSON.parse(c.body) as { Name: string }).Name
    )
    expect(names).toHaveLength(2)
    expect(new Set(names).size).toBe(2)
    for (const name of names) expect(name.length).toBeLessThanOrEqual(32)
    expect([...tooling.state.requests.values()].map((q) => q.state)).toEqual([
      'Invalidated',
      'Completed'
    ])
    expectAllContainersDeleted()
    expect(r.summary).toContain('Container attempts')
  })

  it('falls back to a Metadata API check-only deploy of the same files after Error twice', async () => {
    await start()
    tooling.script('Error', 'Error')
    const r = await runAction(
      sim,
      { mode: 'compile', 'compile-files': CLASS },
      { workspace: workspace() }
    )
    expect(r.failed).toBe(false)
    expect(r.outputs).toMatchObject({
      success: 'true',
      status: 'Succeeded',
      'compile-method': 'metadata-api'
    })
    expect(r.outputs['compile-fallback-reason']).toContain('Error twice')
    // Each output is written once (success and deploy-id used to be written twice).
    const writes = r.env.outputWrites()
    expect(writes.filter((name, i) => writes.indexOf(name) !== i)).toEqual([])
    expect(r.outputs['compile-fallback-reason']).toContain(
      'An unexpected error has occurred. 485910397-48125'
    )
    expect(sim.deploys).toHaveLength(1)
    expect(sim.deploys[0]?.options).toMatchObject({ checkOnly: true })
    expect([...(sim.deploys[0]?.files.keys() ?? [])].sort()).toEqual([
      'classes/InvoiceService.cls',
      'classes/InvoiceService.cls-meta.xml',
      'package.xml'
    ])
    expectAllContainersDeleted()
    expect(r.summary).toContain('Metadata API check-only deploy (fallback)')
    expect(r.summary).toContain('Why not the Tooling API')
  })

  it('fails as one verdict when the fallback deploy misses the coverage threshold: exit code, success and both headings', async () => {
    await start()
    tooling.script('Error', 'Error')
    const r = await runAction(
      sim,
      {
        mode: 'compile',
        'compile-files': CLASS,
        'test-level': 'RunLocalTests',
        'coverage-threshold': '100'
      },
      { workspace: workspace() }
    )
    expect(r.failed).toBe(true)
    expect(r.outputs).toMatchObject({ success: 'false', 'compile-method': 'metadata-api' })
    expect(r.failure).toMatch(/below/)
    // The compile summary's heading and the deploy report's both say it failed.
    const headings = r.summary.split('\n').filter((l) => l.startsWith('## '))
    expect(headings.length).toBeGreaterThanOrEqual(2)
    for (const heading of headings) expect(heading).not.toMatch(/✅/)
  })

  it('sends new components straight to the Metadata API, creating no container', async () => {
    await start()
    const fresh = 'force-app/main/default/classes/Fresh.cls'
    const ws = workspace({
      [fresh]: 'public class Fresh {\n}\n',
      [`${fresh}-meta.xml`]: META('ApexClass')
    })
    const r = await runAction(
      sim,
      { mode: 'compile', 'compile-files': `${CLASS}\n${fresh}` },
      { workspace: ws }
    )
    expect(r.outputs).toMatchObject({ 'compile-method': 'metadata-api', success: 'true' })
    expect(r.outputs['compile-fallback-reason']).toContain('ApexClass Fresh is new to the org')
    expect(calls('createMetadataContainer')).toHaveLength(0)
    expect(sim.deploys[0]?.packageXml).toContain('<members>Fresh</members>')
    expect(sim.deploys[0]?.packageXml).toContain('<members>InvoiceService</members>')
  })

  it('fails with the reason instead of deploying when compile-fallback is fail', async () => {
    await start({ orgType: 'Production' })
    const r = await runAction(
      sim,
      { mode: 'compile', 'compile-files': CLASS, 'compile-fallback': 'fail' },
      { workspace: workspace() }
    )
    expect(r.failed).toBe(true)
    expect(r.failure).toContain('compile-fallback is fail')
    expect(r.failure).toContain('the org is production')
    expect(r.outputs['compile-method']).toBe('none')
    expect(sim.deploys).toHaveLength(0)
    expect(calls('createMetadataContainer')).toHaveLength(0)
  })

  it('reports every file it cannot send before signing in: a malformed -meta.xml and a class in two folders', async () => {
    await start()
    const copy = 'force-app/other/classes/InvoiceService.cls'
    const ws = workspace({
      [`${TRIGGER}-meta.xml`]: META('ApexTrigger').replace('</apiVersion>', '</apiVerson>'),
      [copy]: CLASS_BODY,
      [`${copy}-meta.xml`]: META('ApexClass')
    })
    const r = await runAction(
      sim,
      { mode: 'compile', 'compile-files': `${CLASS}\n${TRIGGER}\n${copy}` },
      { workspace: ws }
    )
    expect(r.failed).toBe(true)
    expect(r.failure).toContain('cannot be sent (2 problems)')
    expect(r.failure).toContain(`${TRIGGER}-meta.xml:3: malformed XML`)
    expect(r.failure).toContain(`ApexClass InvoiceService comes from ${CLASS} and ${copy}`)
    expect(r.summary).toContain(`${TRIGGER}-meta.xml:3: malformed XML`)
    // Not even a sign-in: no request reached the org.
    expect(sim.requests).toHaveLength(0)
  })

  it('refuses to save to a production org', async () => {
    await start({ orgType: 'Production' })
    const r = await runAction(
      sim,
      { mode: 'compile', 'compile-files': CLASS, 'check-only': 'false' },
      { workspace: workspace() }
    )
    expect(r.failed).toBe(true)
    expect(r.failure).toContain('check-only: false would save Apex to a production')
    expect(calls('createMetadataContainer')).toHaveLength(0)
    expect(sim.deploys).toHaveLength(0)
  })

  it('saves to a sandbox when check-only is false', async () => {
    await start({ orgType: 'Sandbox' })
    const ws = workspace({ [CLASS]: CLASS_BODY.replace('return 1;', 'return 2;') })
    const r = await runAction(
      sim,
      { mode: 'compile', 'compile-files': CLASS, 'check-only': 'false' },
      { workspace: ws }
    )
    expect(r.outputs).toMatchObject({ success: 'true', status: 'Completed' })
    expect(JSON.parse(calls('createContainerAsyncRequest')[0]?.body ?? '{}')).toMatchObject({
      IsCheckOnly: false
    })
    expect(sim.org.files().get('classes/InvoiceService.cls')?.toString()).toContain('return 2;')
    expect(r.summary).toContain('Apex compile and save passed')
    expectAllContainersDeleted()
  })

  it('aborts a request stuck in Queued at the wait limit and deletes the container', async () => {
    await start()
    tooling.script('stuck')
    const r = await runAction(
      sim,
      { mode: 'compile', 'compile-files': CLASS, wait: '1' },
      { workspace: workspace() }
    )
    expect(r.failed).toBe(true)
    expect(r.failure).toContain('timed out after 60 s in Queued')
    expect(calls('abortContainerAsyncRequest')).toHaveLength(1)
    expect([...tooling.state.requests.values()][0]?.state).toBe('Aborted')
    expect(r.outputs).toMatchObject({ status: 'Aborted', success: 'false' })
    expectAllContainersDeleted()
  })
})

describe('compile clean-up on failure paths', () => {
  it('deletes the container when submitting the request fails', async () => {
    await start()
    sim.faults.add({
      operation: 'createContainerAsyncRequest',
      kind: 'error',
      code: 'INVALID_OPERATION',
      message: 'no'
    })
    const r = await runAction(
      sim,
      { mode: 'compile', 'compile-files': CLASS },
      { workspace: workspace() }
    )
    expect(r.failed).toBe(true)
    expect(r.failure).toContain('INVALID_OPERATION')
    expectAllContainersDeleted()
  })

  it('deletes the container and falls back when a member cannot be created', async () => {
    await start()
    sim.faults.add({
      operation: 'createContainerMember',
      kind: 'error',
      code: 'NOT_FOUND',
      message: 'entity not found'
    })
    const r = await runAction(
      sim,
      { mode: 'compile', 'compile-files': CLASS },
      { workspace: workspace() }
    )
    expect(r.outputs).toMatchObject({ 'compile-method': 'metadata-api', success: 'true' })
    expect(r.outputs['compile-fallback-reason']).toContain(
      'likely lacks View All Data and Author Apex'
    )
    expect(calls('createContainerAsyncRequest')).toHaveLength(0)
    expectAllContainersDeleted()
  })

  it('picks another name when the container name is taken', async () => {
    await start()
    const r0 = await runAction(
      sim,
      { mode: 'compile', 'compile-files': CLASS },
      { workspace: workspace(), deps: { random: () => 0 } }
    )
    expect(r0.failed).toBe(false)
    // A foreign container holds the name a fixed random source produces; ours must not touch it.
    const foreign = await fetch(
      `${sim.baseUrl}/services/data/v66.0/tooling/sobjects/MetadataContainer`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${sim.accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          Name: (JSON.parse(calls('createMetadataContainer')[0]?.body ?? '{}') as { Name: string })
            .Name
        })
      }
    )
    expect(foreign.status).toBe(201)
    let n = 0
    const r = await runAction(
      sim,
      { mode: 'compile', 'compile-files': CLASS },
      { workspace: workspace(), deps: { random: () => (n++ < 6 ? 0 : 0.5) } }
    )
    expect(r.failed).toBe(false)
    expect(r.commands.join('\n')).toContain('is taken')
    expect(tooling.state.containers.size).toBe(1)
  })

  it('the post step aborts the request and deletes the container of a cancelled job', async () => {
    await start()
    tooling.script('stuck')
    const env = setupActionEnv(
      {
        mode: 'compile',
        'compile-files': CLASS,
        'access-token': sim.accessToken,
        'instance-url': sim.baseUrl,
        'check-run': 'false',
        'upload-artifact': 'false'
      },
      { workspace: workspace() }
    )
    const clock = simClock(sim)
    let polls = 0
    let killed!: () => void
    const stopped = new Promise<void>((resolve) => (killed = resolve))
    // The runner kills the main step while it polls: its sleep never returns.
    const { run } = await import('../../src/action/main.ts')
    void run({
      clock: {
        now: clock.now,
        sleep: (ms) =>
          ++polls > 3 ? (killed(), new Promise<void>(() => undefined)) : clock.sleep(ms)
      }
    })
    await stopped
    expect(tooling.state.containers.size).toBe(1)
    env.exposeStateForPost()
    const before = workflowCommands.length
    await runPost({ clock })
    const request = [...tooling.state.requests.values()][0]
    expect(request?.state).toBe('Aborted')
    expect(JSON.parse(calls('abortContainerAsyncRequest')[0]?.body ?? '{}')).toEqual({
      State: 'Aborted'
    })
    expect(tooling.state.containers.size).toBe(0)
    expect(tooling.state.deletedContainers).toHaveLength(1)
    expect(workflowCommands.slice(before).filter((c) => c.startsWith('::warning'))).toEqual([])
    env.restore()
  })
})
