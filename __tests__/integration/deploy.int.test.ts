import JSZip from 'jszip'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { copyDemoProject, PASSING_TEST, passingProject, runAction, startSim } from './harness.ts'

async function uploadedFiles(sim: Simulator, index = -1): Promise<string[]> {
  const deploy = sim.deploys.at(index)
  return [...(deploy?.files.keys() ?? [])].sort()
}

describe.each(['rest', 'soap'] as const)('deploy through %s', (api) => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSim()
  })
  afterEach(async () => {
    await sim.close()
  })

  it('deploys a source project and reports success', async () => {
    const workspace = copyDemoProject({
      'force-app/main/default/classes/InvoiceServiceTest.cls': PASSING_TEST
    })
    const r = await runAction(sim, { api, 'test-level': 'RunLocalTests' }, { workspace })
    expect(r.failure).toBeUndefined()
    expect(r.outputs).toMatchObject({
      status: 'Succeeded',
      success: 'true',
      'tests-run': '3',
      'tests-failed': '0',
      'component-errors': '0'
    })
    expect(r.outputs['deploy-id']).toMatch(/^0Af[A-Za-z0-9]{15}$/)
    expect(r.summary).toContain(r.outputs['deploy-id'])
    expect(await uploadedFiles(sim)).toEqual([
      'classes/InvoiceService.cls',
      'classes/InvoiceService.cls-meta.xml',
      'classes/InvoiceServiceTest.cls',
      'classes/InvoiceServiceTest.cls-meta.xml',
      'objects/Invoice__c.object',
      'package.xml',
      'triggers/InvoiceTrigger.trigger',
      'triggers/InvoiceTrigger.trigger-meta.xml'
    ])
    const deploy = sim.deploys.at(-1)
    expect(deploy?.transport).toBe(api)
    expect(deploy?.options).toMatchObject({
      checkOnly: false,
      testLevel: 'RunLocalTests',
      rollbackOnError: true
    })
    expect(deploy?.packageXml).toContain('<members>InvoiceService</members>')
    expect(sim.org.has('ApexClass', 'InvoiceService')).toBe(true)
  })

  it('passes with ignore-warnings, and still reports the warning of a destructive change', async () => {
    const r = await runAction(
      sim,
      {
        api,
        'ignore-warnings': 'true',
        'post-destructive-changes': 'manifest/destructiveChangesPost.xml'
      },
      { workspace: passingProject() }
    )
    expect(r.failure).toBeUndefined()
    expect(r.outputs).toMatchObject({ status: 'Succeeded', success: 'true' })
    expect(sim.deploys.at(-1)?.files.has('destructiveChangesPost.xml')).toBe(true)
    expect(r.summary).toContain('No ApexClass named: LegacyInvoiceHelper found')
    // The warning names the component, not the manifest it came from.
    expect(r.summary).toMatch(
      /\| ApexClass \| `LegacyInvoiceHelper` \| destructiveChangesPost\.xml \|/
    )
    expect(
      r.commands.some((c) => c.startsWith('::warning') && c.includes('LegacyInvoiceHelper'))
    ).toBe(true)
  })

  it('fails on a warning without ignore-warnings', async () => {
    const r = await runAction(
      sim,
      { api, 'post-destructive-changes': 'manifest/destructiveChangesPost.xml' },
      { workspace: passingProject() }
    )
    expect(r.failed).toBe(true)
    expect(r.failure).toContain('No ApexClass named: LegacyInvoiceHelper found')
  })

  it('fails on a compile error and annotates the source line', async () => {
    const workspace = copyDemoProject({
      'force-app/main/default/classes/InvoiceService.cls':
        'public class InvoiceService {\n    public static Integer one() {\n        return 1\n    }\n}\n'
    })
    const r = await runAction(sim, { api }, { workspace })
    expect(r.failed).toBe(true)
    expect(r.outputs).toMatchObject({ status: 'Failed', success: 'false' })
    expect(Number(r.outputs['component-errors'])).toBeGreaterThan(0)
    expect(r.failure).toContain('ApexClass InvoiceService (line 4)')
    expect(r.failure).toContain("Missing ';' at '}'")
    const annotation = r.commands.find(
      (c) => c.startsWith('::error') && c.includes('InvoiceService.cls')
    )
    expect(annotation).toContain('file=force-app/main/default/classes/InvoiceService.cls')
    expect(annotation).toContain('line=4')
    expect(sim.org.has('ApexClass', 'InvoiceService')).toBe(false)
  })

  it('fails on a failing Apex test and says which one', async () => {
    const r = await runAction(
      sim,
      { api, 'test-level': 'RunLocalTests' },
      { workspace: copyDemoProject() }
    )
    expect(r.failed).toBe(true)
    expect(r.outputs).toMatchObject({
      status: 'Failed',
      success: 'false',
      'tests-run': '3',
      'tests-failed': '1'
    })
    expect(r.failure).toContain('1 Apex test failed, first InvoiceServiceTest.appliesTax')
    expect(r.summary).toContain('appliesTax')
    const annotation = r.commands.find(
      (c) => c.startsWith('::error') && c.includes('InvoiceServiceTest.cls')
    )
    expect(annotation).toContain('line=13')
  })

  it('validates, then quick-deploys the validation', async () => {
    const workspace = copyDemoProject({
      'force-app/main/default/classes/InvoiceServiceTest.cls': PASSING_TEST
    })
    const validation = await runAction(
      sim,
      { api, mode: 'validate', 'test-level': 'RunLocalTests' },
      { workspace }
    )
    expect(validation.failure).toBeUndefined()
    const validatedId = validation.outputs['validated-id']
    expect(validatedId).toBe(validation.outputs['deploy-id'])
    expect(sim.deploys.at(-1)?.checkOnly).toBe(true)
    expect(sim.org.has('ApexClass', 'InvoiceService')).toBe(false)

    const quick = await runAction(
      sim,
      { api, mode: 'quick-deploy', 'validation-id': validatedId ?? '' },
      { workspace }
    )
    expect(quick.failure).toBeUndefined()
    expect(quick.outputs['quick-deploy-id']).toBeDefined()
    expect(quick.outputs['quick-deploy-id']).not.toBe(validatedId)
    expect(sim.deploys.at(-1)?.validatedDeployRequestId).toBe(validatedId)
    expect(sim.org.has('ApexClass', 'InvoiceService')).toBe(true)
  })

  it('refuses to quick-deploy an unknown id with a clear error', async () => {
    const r = await runAction(sim, {
      api,
      mode: 'quick-deploy',
      'validation-id': '0Af5g00000ZZZZZZZZ'
    })
    expect(r.failed).toBe(true)
    expect(r.failure).toContain('Validation 0Af5g00000ZZZZZZZZ was not found in this org')
    expect(sim.deploys).toHaveLength(0)
  })

  it('refuses an expired validation before asking the org', async () => {
    const workspace = copyDemoProject({
      'force-app/main/default/classes/InvoiceServiceTest.cls': PASSING_TEST
    })
    const validation = await runAction(
      sim,
      { api, mode: 'validate', 'test-level': 'RunLocalTests' },
      { workspace }
    )
    await sim.clock.advance(11 * 24 * 60 * 60 * 1000)
    const r = await runAction(sim, {
      api,
      mode: 'quick-deploy',
      'validation-id': validation.outputs['validated-id'] ?? ''
    })
    expect(r.failed).toBe(true)
    expect(r.failure).toMatch(/cannot be quick-deployed: it expired on \d{4}-/)
    expect(sim.requests.some((q) => q.operation === 'deployRecentValidation')).toBe(false)
  })

  it('reports the org refusing a validation that was already used', async () => {
    const workspace = copyDemoProject({
      'force-app/main/default/classes/InvoiceServiceTest.cls': PASSING_TEST
    })
    const validation = await runAction(
      sim,
      { api, mode: 'validate', 'test-level': 'RunLocalTests' },
      { workspace }
    )
    const id = validation.outputs['validated-id'] ?? ''
    await runAction(sim, { api, mode: 'quick-deploy', 'validation-id': id })
    const again = await runAction(sim, { api, mode: 'quick-deploy', 'validation-id': id })
    expect(again.failed).toBe(true)
    expect(again.failure).toContain(`Quick deploy of ${id} refused`)
    expect(again.failure).toContain('Validate again')
  })

  it('stops at the wait limit with the deploy id in the outputs, and leaves the deploy running', async () => {
    const r = await runAction(
      sim,
      { api, wait: '0.02', 'test-level': 'RunLocalTests' },
      { workspace: copyDemoProject() }
    )
    expect(r.failed).toBe(true)
    expect(r.outputs['deploy-id']).toMatch(/^0Af/)
    expect(r.failure).toContain(
      `Follow it later with mode: report and deploy-id: ${r.outputs['deploy-id']}`
    )
    expect(sim.deploys.at(-1)?.done).toBe(false)
    expect(sim.requests.some((q) => q.operation === 'cancelDeploy')).toBe(false)
  })

  it('cancels a running deploy by id', async () => {
    const started = await runAction(
      sim,
      { api, wait: '0.02', 'test-level': 'RunLocalTests' },
      { workspace: copyDemoProject() }
    )
    const id = started.outputs['deploy-id'] ?? ''
    const r = await runAction(sim, { api, mode: 'cancel', 'deploy-id': id })
    // Cancel mode passes when the org canceled the deploy; the heading names what happened.
    expect(r.outputs).toMatchObject({ 'deploy-id': id, status: 'Canceled', success: 'true' })
    expect(r.failed).toBe(false)
    expect(r.summary).toMatch(/^## 🚫 Deploy canceled/m)
    expect(sim.deploys.at(-1)?.status).toBe('Canceled')
  })

  it('re-authenticates once when the session expires mid-poll, and keeps polling the same deploy', async () => {
    const workspace = copyDemoProject({
      'force-app/main/default/classes/InvoiceServiceTest.cls': PASSING_TEST
    })
    sim.faults.expireSessionsAt(sim.clock.now() + 500)
    const r = await runAction(
      sim,
      { api, 'auth-url': sim.authUrl, 'test-level': 'RunLocalTests' },
      { workspace }
    )
    expect(r.failure).toBeUndefined()
    expect(r.outputs.status).toBe('Succeeded')
    const tokenCalls = sim.requests.filter((q) => q.path.endsWith('/oauth2/token'))
    expect(tokenCalls).toHaveLength(2)
    expect(sim.deploys).toHaveLength(1)
  })
})

describe('the uploaded zip', () => {
  it('is a real zip with package.xml at its root', async () => {
    const sim = await startSim()
    try {
      const workspace = copyDemoProject({
        'force-app/main/default/classes/InvoiceServiceTest.cls': PASSING_TEST
      })
      await runAction(sim, {}, { workspace })
      const deploy = sim.deploys.at(-1)
      const zip = new JSZip()
      for (const [name, bytes] of deploy?.files ?? []) zip.file(name, bytes)
      expect(deploy?.packageXml).toMatch(
        /<types>\s*<members>InvoiceService<\/members>\s*<members>InvoiceServiceTest<\/members>\s*<name>ApexClass<\/name>/
      )
      expect(deploy?.packageXml).toContain('<version>62.0</version>')
    } finally {
      await sim.close()
    }
  })
})
