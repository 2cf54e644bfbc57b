/**
 * The drift guard through the real run(): the org simulator (with a second user whose deploy is
 * a change made outside the pipeline) and the GitHub simulator (receipt artifacts, read back by
 * the REST API). Each pipeline step is one workflow run.
 */
import { copyFileSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  type GitHubSimulator,
  type RunOptions,
  startGitHubSimulator
} from '../../github-simulator/index.ts'
import type { Simulator } from '../../simulator/index.ts'
import { passingProject, runAction, startSim, workflowStep } from './harness.ts'

const CLASS = 'force-app/main/default/classes/InvoiceService.cls'
const FIELD = 'force-app/main/default/objects/Invoice__c/fields/Total__c.field-meta.xml'
const OBJECT = 'force-app/main/default/objects/Invoice__c/Invoice__c.object-meta.xml'
const HOTFIX_USER = { username: 'hotfix@acme.example', name: 'Hannah Hotfix' }

let sim: Simulator
let gh: GitHubSimulator
beforeEach(async () => {
  sim = await startSim({ users: [HOTFIX_USER] })
  gh = await startGitHubSimulator()
})
afterEach(async () => {
  await sim.close()
  await gh.close()
})

/** One pipeline run: a workflow run in the GitHub simulator, the action with its token. */
const step = (
  inputs: Record<string, string>,
  workspace: string,
  options: RunOptions = {}
): ReturnType<typeof workflowStep> =>
  workflowStep(sim, gh, { 'delta-from': 'none', ...inputs }, workspace, options)

/** Someone deploys a hot fix as another user, outside any workflow: no receipt artifact. */
async function hotfix(
  changes: Record<string, string | null> = classHotfix(),
  extra: Record<string, string> = {}
): Promise<void> {
  await sim.clock.advance(60_000)
  const run = await runAction(
    sim,
    {
      'access-token': sim.issueAccessToken(HOTFIX_USER.username),
      'instance-url': sim.baseUrl,
      mode: 'deploy',
      'delta-from': 'none',
      drift: 'off',
      ...extra
    },
    { workspace: passingProject(changes) }
  )
  expect(run.failed).toBe(false)
  await sim.clock.advance(60_000)
}

function classHotfix(): Record<string, string> {
  const source = readFileSync(path.join(passingProject(), CLASS), 'utf8')
  return {
    [CLASS]: source.replace('Decimal sum = 0;', 'Decimal sum = 0; // hot fix: start at zero')
  }
}

const orgClass = () =>
  sim.org
    .component('ApexClass', 'InvoiceService')
    ?.files.get('classes/InvoiceService.cls')
    ?.toString('utf8')

/** Extra fields Extra01__c … ExtraNN__c, with the label given. */
function extraFields(count: number, label: (i: number) => string): Record<string, string> {
  const out: Record<string, string> = {}
  for (let i = 1; i <= count; i++) {
    const name = `Extra${String(i).padStart(2, '0')}__c`
    out[`force-app/main/default/objects/Invoice__c/fields/${name}.field-meta.xml`] =
      `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n` +
      `    <fullName>${name}</fullName>\n    <label>${label(i)}</label>\n    <length>40</length>\n    <type>Text</type>\n</CustomField>\n`
  }
  return out
}

/** A hot fix of configuration only: the Apex files are left out of its deploy, so the org's are untouched. */
function configOnly(changes: Record<string, string | null>): Record<string, string | null> {
  const apex = [
    'classes/InvoiceService.cls',
    'classes/InvoiceServiceTest.cls',
    'triggers/InvoiceTrigger.trigger'
  ]
  const gone = apex.flatMap((f) => [
    `force-app/main/default/${f}`,
    `force-app/main/default/${f}-meta.xml`
  ])
  return { ...Object.fromEntries(gone.map((f) => [f, null])), ...changes }
}

/** The Metadata API operations the simulator saw from the given request on. */
const operationsSince = (from: number): string[] =>
  sim.requests.slice(from).map((q) => q.operation ?? '')

describe('drift guard', () => {
  it('warn: lists the hot fix another user deployed, with who, a diff and that this deploy overwrites it', async () => {
    const first = await step({ mode: 'deploy', drift: 'warn' }, passingProject())
    expect(first.failure).toBeUndefined()
    expect(first.summary).toContain('No deploy receipt of this org was found')
    expect(first.outputs['drifted-components']).toBeUndefined()
    await hotfix()

    const d = await step({ mode: 'deploy', drift: 'warn' }, passingProject())
    expect(d.failure).toBeUndefined()
    expect(d.outputs['drifted-components']).toBe('1')
    expect(d.summary).toContain('Drift: 1 component changed in the org since the last deploy')
    expect(d.summary).toContain(`Baseline: deploy \`${first.outputs['deploy-id']}\``)
    expect(d.summary).toMatch(
      /\| ApexClass `InvoiceService` \| Hannah Hotfix \| \d{4}-\d\d-\d\dT[^|]+ \| content changed \| \*\*overwrites it\*\* \|/
    )
    expect(d.summary).toContain("the org's change against the receipt's version")
    expect(d.summary).toContain('+        Decimal sum = 0; // hot fix: start at zero')
    expect(d.summary).toContain('-        Decimal sum = 0;')
    expect(d.summary).toContain('<members>InvoiceService</members>')
    expect(d.summary).toContain('mode: retrieve')
    expect(d.commands.some((c) => c.startsWith('::warning::Drift: 1 component(s)'))).toBe(true)
    // warn deploys anyway: the repository's version replaces the hot fix.
    expect(d.newDeployIds).toHaveLength(1)
    expect(orgClass()).not.toContain('hot fix')
  })

  it('fail: stops before anything is deployed, and the summary still lists the drift', async () => {
    await step({ mode: 'deploy', drift: 'warn' }, passingProject())
    await hotfix()
    const d = await step({ mode: 'deploy', drift: 'fail' }, passingProject())
    expect(d.failed).toBe(true)
    expect(d.failure).toContain('1 component(s) changed in the org since deploy')
    expect(d.failure).toContain('ApexClass InvoiceService')
    expect(d.outputs['drifted-components']).toBe('1')
    expect(d.outputs.success).toBe('false')
    expect(d.summary).toContain('**drift: fail** stopped the run before anything was deployed.')
    expect(d.newDeployIds).toEqual([])
    expect(orgClass()).toContain('hot fix')
  })

  it('fail: a custom field deleted in the org is drift this deploy would re-create', async () => {
    await step({ mode: 'deploy', drift: 'warn' }, passingProject())
    // Someone deletes the field outside the pipeline (a destructive deploy of it alone).
    await hotfix(
      configOnly({
        [FIELD]: null,
        'manifest/delete-field.xml':
          '<?xml version="1.0" encoding="UTF-8"?>\n<Package xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
          '    <types><members>Invoice__c.Total__c</members><name>CustomField</name></types>\n    <version>62.0</version>\n</Package>\n'
      }),
      { 'post-destructive-changes': 'manifest/delete-field.xml' }
    )
    expect(sim.org.has('CustomField', 'Invoice__c.Total__c')).toBe(false)
    const d = await step({ mode: 'deploy', drift: 'fail' }, passingProject())
    expect(d.failed).toBe(true)
    expect(d.outputs['drifted-components']).toBe('1')
    expect(d.failure).toContain('CustomField Invoice__c.Total__c')
    expect(d.summary).toMatch(/\| CustomField `Invoice__c\.Total__c` \|[^\n]*deleted in the org/)
    expect(d.newDeployIds).toEqual([])
  })

  it('finds no drift after our own deploy, and none once the repository takes the hot fix', async () => {
    await step({ mode: 'deploy', drift: 'warn' }, passingProject())
    await sim.clock.advance(60_000)
    const again = await step({ mode: 'deploy', drift: 'fail' }, passingProject())
    expect(again.failure).toBeUndefined()
    expect(again.outputs['drifted-components']).toBe('0')
    expect(again.summary).toContain('✅ No drift')
  })

  it('names the one field of an object that changed, not the object', async () => {
    await step({ mode: 'deploy', drift: 'warn' }, passingProject())
    const file = path.join(passingProject(), FIELD)
    await hotfix({
      [FIELD]: readFileSync(file, 'utf8').replace(
        '<label>Total</label>',
        '<label>Grand total</label>'
      )
    })
    const d = await step({ mode: 'deploy', drift: 'warn' }, passingProject())
    expect(d.outputs['drifted-components']).toBe('1')
    expect(d.summary).toContain('| CustomField `Invoice__c.Total__c` | Hannah Hotfix |')
    expect(d.summary).toContain('+  <label>Grand total</label>')
    expect(d.summary).not.toContain('| CustomObject `Invoice__c` |')
  })

  it('validate is guarded too', async () => {
    await step({ mode: 'deploy', drift: 'warn' }, passingProject())
    await hotfix()
    const v = await step({ mode: 'validate', drift: 'fail' }, passingProject())
    expect(v.failed).toBe(true)
    expect(v.newDeployIds).toEqual([])
    expect(v.outputs['drifted-components']).toBe('1')
  })

  it('quick deploy is guarded too: drift: fail does not promote the validation', async () => {
    await step({ mode: 'deploy', drift: 'warn' }, passingProject())
    const v = await step(
      { mode: 'validate', drift: 'warn', 'test-level': 'RunLocalTests' },
      passingProject()
    )
    expect(v.outputs['drifted-components']).toBe('0')
    await hotfix()
    const q = await step({ mode: 'quick-deploy', drift: 'fail' }, passingProject())
    expect(q.failed).toBe(true)
    expect(q.failure).toContain('ApexClass InvoiceService')
    expect(q.newDeployIds).toEqual([])
    expect(orgClass()).toContain('hot fix')
  })

  it('drift-baseline: compares with a receipt file, with no GitHub API at all', async () => {
    const first = await step({ mode: 'deploy', drift: 'off' }, passingProject())
    await hotfix()
    const ws = passingProject()
    copyFileSync(first.outputs['receipt-path'] ?? '', path.join(ws, 'baseline.json'))
    const requestsBefore = gh.requests.length
    const d = await runAction(
      sim,
      { mode: 'deploy', 'delta-from': 'none', drift: 'warn', 'drift-baseline': 'baseline.json' },
      { workspace: ws }
    )
    expect(d.failure).toBeUndefined()
    expect(d.outputs['drifted-components']).toBe('1')
    expect(d.summary).toContain('(file baseline.json)')
    expect(gh.requests.length).toBe(requestsBefore)
  })

  it('auto warns in a production org', async () => {
    await sim.close()
    sim = await startSim({ users: [HOTFIX_USER], orgType: 'Production' })
    const tests = { 'test-level': 'RunLocalTests' }
    await step({ mode: 'deploy', ...tests }, passingProject())
    await hotfix({ ...classHotfix() }, tests)
    const d = await step({ mode: 'deploy', ...tests }, passingProject())
    expect(d.failure).toBeUndefined()
    expect(d.log).toContain('Drift guard warn (drift: auto, a production org)')
    expect(d.outputs['drifted-components']).toBe('1')
  })

  it('auto is off outside production', async () => {
    await step({ mode: 'deploy', drift: 'warn' }, passingProject())
    await hotfix()
    const d = await step({ mode: 'deploy' }, passingProject())
    expect(d.failure).toBeUndefined()
    expect(d.outputs['drifted-components']).toBeUndefined()
    expect(d.log).toContain('Drift guard off (drift: auto, not a production org)')
  })

  it('reads a small drift with readMetadata, one call per type, and no retrieve', async () => {
    await step({ mode: 'deploy', drift: 'warn' }, passingProject())
    await hotfix(
      configOnly({
        [FIELD]: readFileSync(path.join(passingProject(), FIELD), 'utf8').replace(
          '<label>Total</label>',
          '<label>Grand total</label>'
        ),
        [OBJECT]: readFileSync(path.join(passingProject(), OBJECT), 'utf8').replace(
          '<label>Invoice</label>',
          '<label>Bill</label>'
        )
      })
    )
    const from = sim.requests.length
    const d = await step({ mode: 'deploy', drift: 'warn' }, passingProject())
    const ops = operationsSince(from)
    expect(ops.filter((o) => o === 'readMetadata')).toHaveLength(2)
    expect(ops).not.toContain('retrieve')
    expect(d.outputs['drifted-components']).toBe('2')
    expect(d.summary).toContain('Drift: 2 components changed in the org since the last deploy')
    expect(d.summary).toContain(
      '2 modified after that deploy were read (4 listMetadata calls, 2 readMetadata calls)'
    )
    expect(d.summary).toMatch(
      /\| CustomField `Invoice__c.Total__c` \| Hannah Hotfix \| [^|]+ \| content changed \| \*\*overwrites it\*\* \|/
    )
    expect(d.summary).toMatch(
      /\| CustomObject `Invoice__c` \| Hannah Hotfix \| [^|]+ \| content changed \| \*\*overwrites it\*\* \|/
    )
    expect(d.summary).toContain('+  <label>Grand total</label>')
    expect(d.summary).toContain('-  <label>Total</label>')
    expect(d.summary).toContain('+  <label>Bill</label>')
  })

  it('finds no drift when the org was changed and changed back (the read hashes as the receipt)', async () => {
    await step({ mode: 'deploy', drift: 'warn' }, passingProject())
    const field = readFileSync(path.join(passingProject(), FIELD), 'utf8')
    await hotfix(
      configOnly({ [FIELD]: field.replace('<label>Total</label>', '<label>Grand total</label>') })
    )
    await hotfix(configOnly({ [FIELD]: field }))
    const from = sim.requests.length
    const d = await step({ mode: 'deploy', drift: 'fail' }, passingProject())
    expect(operationsSince(from)).toContain('readMetadata')
    expect(d.failure).toBeUndefined()
    expect(d.outputs['drifted-components']).toBe('0')
    expect(d.summary).toContain('✅ No drift')
  })

  it('retrieves when more than 10 components changed', async () => {
    const project = () => passingProject(extraFields(11, (i) => `Extra ${i}`))
    await step({ mode: 'deploy', drift: 'warn' }, project())
    await hotfix(configOnly(extraFields(11, (i) => `Changed ${i}`)))
    const from = sim.requests.length
    const d = await step({ mode: 'deploy', drift: 'warn' }, project())
    const ops = operationsSince(from)
    expect(ops).toContain('retrieve')
    expect(ops).not.toContain('readMetadata')
    expect(d.outputs['drifted-components']).toBe('11')
    expect(d.summary).toMatch(
      /1[23] modified after that deploy were retrieved \(\d+ listMetadata calls, 1 retrieve\)/
    )
    expect(d.summary).toContain('| CustomField `Invoice__c.Extra11__c` | Hannah Hotfix |')
    expect(d.summary).toContain('+  <label>Changed 11</label>')
  })
})
