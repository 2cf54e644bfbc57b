/**
 * mode: sync through the real run() against the simulator: configuration through the CRUD calls,
 * Apex through the Tooling API, the rest through one deploy, production refused, failures per
 * component, and the org state a later retrieve reads.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import type { OrgType } from '../../simulator/org/org-profiles.ts'
import { toolingControl } from '../../simulator/tooling/index.ts'
import { createRepo, D, type TestRepo } from '../delta/git-repo.ts'
import { REPO_ROOT } from '../support/repo-root.ts'
import { cancelAfter, toolingCreate } from './cancel-during.ts'
import { runAction, startSim } from './harness.ts'
import { CLASS_META, FIELDS, INVOICE_OBJECT, field, syncOrg } from './sync-org.ts'

const PERMISSION_SET = `<?xml version="1.0" encoding="UTF-8"?>
<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">
    <fieldPermissions>
        <editable>true</editable>
        <field>Invoice__c.Due__c</field>
        <readable>true</readable>
    </fieldPermissions>
    <hasActivationRequired>false</hasActivationRequired>
    <label>Invoicing</label>
</PermissionSet>
`

describe('mode: sync', () => {
  let sim: Simulator
  let repo: TestRepo
  let base: string

  async function start(orgType: OrgType = 'Sandbox'): Promise<void> {
    sim = await startSim(syncOrg({ orgType }))
  }

  const sync = (inputs: Record<string, string> = {}): ReturnType<typeof runAction> =>
    runAction(sim, { mode: 'sync', 'delta-from': base, ...inputs }, { workspace: repo.dir })
  const operations = (name: string): string[] =>
    sim.requests.filter((q) => q.operation === name).map((q) => q.body)
  const objectXml = (): string =>
    sim.org
      .component('CustomObject', 'Invoice__c')
      ?.files.get('objects/Invoice__c.object')
      ?.toString() ?? ''

  beforeEach(() => {
    repo = createRepo(path.join(REPO_ROOT, 'examples', 'demo-project'))
    base = repo.git('rev-parse', 'HEAD').trim()
  })
  afterEach(async () => {
    await sim.close()
    repo.cleanup()
  })

  it('upserts changed and new configuration in dependency order, with no deploy', async () => {
    await start()
    repo.write(
      `${FIELDS}/Total__c.field-meta.xml`,
      repo
        .read(`${FIELDS}/Total__c.field-meta.xml`)
        .replace('<label>Total</label>', '<label>Grand total</label>')
    )
    repo.write(`${FIELDS}/Due__c.field-meta.xml`, field('Due__c', 'Due', 'Date'))
    repo.write(`${D}/permissionsets/Invoicing.permissionset-meta.xml`, PERMISSION_SET)
    repo.commit('fields and a permission set')
    const r = await sync()
    expect(r.failure).toBeUndefined()
    expect(r.outputs).toMatchObject({ success: 'true', status: 'Succeeded' })
    expect(r.newDeployIds).toEqual([])
    expect(objectXml()).toContain('<label>Grand total</label>')
    expect(objectXml()).toContain('<fullName>Due__c</fullName>')
    expect(sim.org.has('PermissionSet', 'Invoicing')).toBe(true)
    const upserts = operations('upsertMetadata')
    expect(upserts).toHaveLength(2)
    expect(upserts[0]).toContain('xsi:type="CustomField"')
    expect(upserts[1]).toContain('xsi:type="PermissionSet"')
    expect(operations('readMetadata')).toHaveLength(2)
    expect(r.summary).toContain('`CustomField Invoice__c.Total__c`')
    expect(r.summary).toContain('changed: label')
    expect(r.summary).toContain("What changes against the org's version (1)")
    expect(r.summary).toMatch(/^-\s*<label>Total<\/label>$/m)
    expect(r.summary).toMatch(/^\+\s*<label>Grand total<\/label>$/m)
    expect(r.summary).toMatch(
      /`CustomField Invoice__c.Due__c` \| CRUD \(upsertMetadata\) \| created/
    )
    expect(r.summary).toContain('Total time')
    expect(r.summary).toContain('4 CRUD calls (reads included)')
    expect(r.summary).toContain('No deploy was needed')
  })

  it('skips a component the org already holds as it is, after reading it', async () => {
    await start()
    // Same content, other formatting: the org's version is what the repository says.
    repo.write(
      `${FIELDS}/Total__c.field-meta.xml`,
      `${repo.read(`${FIELDS}/Total__c.field-meta.xml`)}\n`
    )
    repo.commit('whitespace only')
    const r = await sync()
    expect(r.failure).toBeUndefined()
    expect(operations('readMetadata')).toHaveLength(1)
    expect(operations('upsertMetadata')).toHaveLength(0)
    expect(r.summary).toContain('unchanged')
    expect(r.summary).toContain('## ✅ Sync: 0 components applied, 1 already as in the repository')
  })

  it('deletes a removed field with deleteMetadata', async () => {
    await start()
    repo.remove(`${FIELDS}/Total__c.field-meta.xml`)
    repo.commit('drop the total')
    const r = await sync()
    expect(r.failure).toBeUndefined()
    expect(operations('deleteMetadata')).toHaveLength(1)
    expect(sim.org.has('CustomField', 'Invoice__c.Total__c')).toBe(false)
    expect(r.summary).toMatch(/Invoice__c.Total__c` \| CRUD \(deleteMetadata\) \| deleted/)
  })

  it('renames a field git saw renamed with renameMetadata, keeping it instead of delete + create', async () => {
    await start()
    repo.move(`${FIELDS}/Total__c.field-meta.xml`, `${FIELDS}/Amount__c.field-meta.xml`)
    repo.write(
      `${FIELDS}/Amount__c.field-meta.xml`,
      repo.read(`${FIELDS}/Amount__c.field-meta.xml`).replace('Total__c', 'Amount__c')
    )
    repo.commit('rename the total')
    const r = await sync()
    expect(r.failure).toBeUndefined()
    const renames = operations('renameMetadata')
    expect(renames).toHaveLength(1)
    expect(renames[0]).toContain('<met:oldFullName>Invoice__c.Total__c</met:oldFullName>')
    expect(renames[0]).toContain('<met:newFullName>Invoice__c.Amount__c</met:newFullName>')
    expect(operations('deleteMetadata')).toHaveLength(0)
    expect(sim.org.has('CustomField', 'Invoice__c.Amount__c')).toBe(true)
    expect(sim.org.has('CustomField', 'Invoice__c.Total__c')).toBe(false)
    expect(r.summary).toContain('renamed from Invoice__c.Total__c')
  })

  it('sends more than 10 components in batches of at most 10', async () => {
    await start()
    for (let i = 0; i < 12; i++)
      repo.write(`${FIELDS}/F${i}__c.field-meta.xml`, field(`F${i}__c`, `F${i}`))
    repo.commit('twelve fields')
    const r = await sync()
    expect(r.failure).toBeUndefined()
    const upserts = operations('upsertMetadata')
    expect(upserts.map((b) => b.match(/<met:metadata /g)?.length)).toEqual([10, 2])
    for (let i = 0; i < 12; i++)
      expect(sim.org.has('CustomField', `Invoice__c.F${i}__c`)).toBe(true)
  })

  it('saves a changed class through the Tooling API and deploys a type the CRUD calls refuse, with the reason', async () => {
    await start()
    repo.write(
      `${D}/classes/InvoiceService.cls`,
      repo.read(`${D}/classes/InvoiceService.cls`).replace('Decimal sum = 0;', 'Decimal sum = 0.0;')
    )
    repo.write(
      `${D}/staticresources/Logo.resource-meta.xml`,
      '<?xml version="1.0" encoding="UTF-8"?>\n<StaticResource xmlns="http://soap.sforce.com/2006/04/metadata">\n    <cacheControl>Public</cacheControl>\n    <contentType>text/plain</contentType>\n</StaticResource>\n'
    )
    repo.write(`${D}/staticresources/Logo.resource`, 'logo')
    repo.write(`${FIELDS}/Due__c.field-meta.xml`, field('Due__c', 'Due', 'Date'))
    repo.commit('a class, a static resource and a field')
    const r = await sync()
    expect(r.failure).toBeUndefined()
    expect(r.outputs.success).toBe('true')
    expect(sim.requests.some((q) => q.operation === 'createContainerAsyncRequest')).toBe(true)
    expect(r.newDeployIds).toHaveLength(1)
    expect(sim.org.has('StaticResource', 'Logo')).toBe(true)
    expect(sim.org.has('CustomField', 'Invoice__c.Due__c')).toBe(true)
    expect(r.summary).toMatch(/`ApexClass InvoiceService` \| Tooling API[^|]*\| saved/)
    expect(r.summary).toMatch(
      /`StaticResource Logo` \| Metadata API deploy[^|]*\| deployed — to the deploy because StaticResource is not a type sync sends through the CRUD calls/
    )
    expect(r.outputs['deploy-id']).toBe(r.newDeployIds[0])
    // The post step cancels that deploy if the job is cancelled, as for mode: deploy.
    expect(r.env.state()).toMatchObject({ 'deploy-id': r.newDeployIds[0], 'check-only': 'false' })
  })

  it('saves the Apex with the project string replacements applied, as a deploy would send it', async () => {
    await start()
    const project = JSON.parse(repo.read('sfdx-project.json')) as Record<string, unknown>
    project.replacements = [
      {
        filename: `${D}/classes/InvoiceService.cls`,
        stringToReplace: '%%START%%',
        replaceWithFile: 'config/start.txt'
      }
    ]
    repo.write('sfdx-project.json', JSON.stringify(project, null, 2))
    repo.write('config/start.txt', '0.0')
    repo.commit('replacements')
    base = repo.git('rev-parse', 'HEAD').trim()
    repo.write(
      `${D}/classes/InvoiceService.cls`,
      repo
        .read(`${D}/classes/InvoiceService.cls`)
        .replace('Decimal sum = 0;', 'Decimal sum = %%START%%;')
    )
    repo.commit('a placeholder')
    const r = await sync()
    expect(r.failure).toBeUndefined()
    const saved = operations('createContainerMember').join('\n')
    expect(saved).toContain('Decimal sum = 0.0;')
    expect(saved).not.toContain('%%START%%')
  })

  it('upserts changed labels through the CRUD calls, with no deploy of the whole labels file', async () => {
    await start()
    const labels = (value: string): string =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">\n    <labels>\n        <fullName>Greeting</fullName>\n        <language>en_US</language>\n        <protected>false</protected>\n        <shortDescription>Greeting</shortDescription>\n        <value>${value}</value>\n    </labels>\n</CustomLabels>\n`
    repo.write(`${D}/labels/CustomLabels.labels-meta.xml`, labels('Hello'))
    repo.commit('a label')
    const r = await sync()
    expect(r.failure).toBeUndefined()
    expect(r.outputs.success).toBe('true')
    expect(r.newDeployIds).toHaveLength(0)
    expect(operations('upsertMetadata').join('\n')).toContain('<fullName>Greeting</fullName>')
    expect(r.summary).toMatch(/`CustomLabel Greeting` \| CRUD \(upsertMetadata\) \| created/)
    expect(sim.org.has('CustomLabel', 'Greeting')).toBe(true)
    expect(r.summary).not.toContain('`CustomLabels CustomLabels`')
  })

  it('aborts the Apex save and deletes its container when the job is cancelled', async () => {
    await start()
    toolingControl(sim.context).script('stuck')
    repo.write(
      `${D}/classes/InvoiceService.cls`,
      repo.read(`${D}/classes/InvoiceService.cls`).replace('Decimal sum = 0;', 'Decimal sum = 0.0;')
    )
    repo.commit('a class')
    // Cancelled while the save is queued: it is set to Aborted.
    const r = await runAction(
      sim,
      { mode: 'sync', 'delta-from': base },
      { workspace: repo.dir, deps: cancelAfter(toolingCreate('ContainerAsyncRequest')) }
    )
    expect(r.failed).toBe(true)
    expect(r.outputs.success).toBe('false')
    const tooling = toolingControl(sim.context).state
    expect(tooling.containers.size).toBe(0)
    expect(tooling.deletedContainers.length).toBeGreaterThan(0)
    expect(r.summary).toMatch(
      /`ApexClass InvoiceService` \| Tooling API[^|]*\| not applied: the job was cancelled; the Apex was not saved \|/
    )
    // Nothing is left for the post step to clean up.
    expect(r.env.state()['compile-container-id']).toBe('')
  })

  it('deploys a class new to the org, which a container cannot create, and says so', async () => {
    await start()
    repo.write(`${D}/classes/TaxRate.cls`, 'public with sharing class TaxRate {\n}\n')
    repo.write(`${D}/classes/TaxRate.cls-meta.xml`, CLASS_META)
    repo.commit('a new class')
    const r = await sync()
    expect(r.failure).toBeUndefined()
    expect(r.newDeployIds).toHaveLength(1)
    expect(sim.org.has('ApexClass', 'TaxRate')).toBe(true)
    expect(r.summary).toMatch(
      /`ApexClass TaxRate` \| Metadata API deploy[^|]*\| deployed — to the deploy because ApexClass TaxRate is new to the org/
    )
  })

  it('says what to set when there is no delta, before signing in', async () => {
    await start()
    const r = await runAction(sim, { mode: 'sync' }, { workspace: repo.dir })
    expect(r.failed).toBe(true)
    expect(r.failure).toContain('mode sync needs a delta: set delta-from')
    expect(sim.requests).toHaveLength(0)
  })

  it('refuses wait: 0, which would leave its deploy unfollowed, before signing in', async () => {
    await start()
    repo.write(`${D}/classes/TaxRate.cls`, 'public with sharing class TaxRate {\n}\n')
    repo.write(`${D}/classes/TaxRate.cls-meta.xml`, CLASS_META)
    repo.commit('a new class')
    const r = await runAction(
      sim,
      { mode: 'sync', 'delta-from': 'HEAD~1', wait: '0' },
      { workspace: repo.dir }
    )
    expect(r.failed).toBe(true)
    expect(r.outputs.status).toBe('InvalidInput')
    expect(r.failure).toContain('wait: mode sync follows each change to its end')
    expect(r.summary).not.toMatch(/rolled back|Nothing was applied/)
    expect(sim.requests).toHaveLength(0)
  })

  it('ends with nothing to sync and no API call at all when the delta is empty', async () => {
    await start()
    repo.write('README.md', 'notes only\n')
    repo.commit('docs')
    const r = await sync()
    expect(r.failed).toBe(false)
    expect(r.outputs.status).toBe('NothingToSync')
    expect(r.log).toContain(
      'Nothing to sync: the delta changes and deletes no component; no API call was made.'
    )
    expect(r.log).not.toContain('Signed in')
    expect(sim.requests).toHaveLength(0)
  })

  it('refuses a production org before writing anything', async () => {
    await start('Production')
    repo.write(`${FIELDS}/Due__c.field-meta.xml`, field('Due__c', 'Due', 'Date'))
    repo.commit('a field')
    const r = await sync()
    expect(r.failed).toBe(true)
    expect(r.outputs).toMatchObject({ success: 'false', status: 'Refused' })
    expect(r.failure).toContain('is production')
    expect(operations('upsertMetadata')).toHaveLength(0)
    expect(sim.org.has('CustomField', 'Invoice__c.Due__c')).toBe(false)
  })

  it('reports a partial failure per component, says what stayed applied, and sends nothing after it', async () => {
    await start()
    repo.write(`${FIELDS}/Due__c.field-meta.xml`, field('Due__c', 'Due', 'Date'))
    repo.write(`${D}/objects/Missing__c/fields/Code__c.field-meta.xml`, field('Code__c', 'Code'))
    repo.write(`${D}/permissionsets/Invoicing.permissionset-meta.xml`, PERMISSION_SET)
    repo.commit('a field on an object the org lacks')
    const r = await sync()
    expect(r.failed).toBe(true)
    expect(r.outputs).toMatchObject({ success: 'false', status: 'PartiallyApplied' })
    expect(sim.org.has('CustomField', 'Invoice__c.Due__c')).toBe(true)
    expect(sim.org.has('PermissionSet', 'Invoicing')).toBe(false)
    expect(r.summary).toMatch(
      /`CustomField Missing__c.Code__c` \| CRUD \(upsertMetadata\) \| failed: INVALID_CROSS_REFERENCE_KEY/
    )
    expect(r.summary).toMatch(/`PermissionSet Invoicing` \|[^|]*\| not applied/)
    expect(r.failure).toContain('Applied before the failure')
    expect(r.failure).toContain('CustomField Invoice__c.Due__c')
  })

  it('leaves the org in the state a later retrieve reads', async () => {
    await start()
    repo.write(
      `${FIELDS}/Total__c.field-meta.xml`,
      repo
        .read(`${FIELDS}/Total__c.field-meta.xml`)
        .replace('<label>Total</label>', '<label>Grand total</label>')
    )
    repo.write(
      'manifest/retrieve.xml',
      '<?xml version="1.0" encoding="UTF-8"?>\n<Package xmlns="http://soap.sforce.com/2006/04/metadata">\n    <types>\n        <members>Invoice__c</members>\n        <name>CustomObject</name>\n    </types>\n    <version>62.0</version>\n</Package>\n'
    )
    repo.commit('relabel the total')
    expect((await sync()).failure).toBeUndefined()
    const r = await runAction(
      sim,
      { mode: 'retrieve', 'retrieve-manifest': 'manifest/retrieve.xml' },
      { workspace: repo.dir }
    )
    expect(r.failure).toBeUndefined()
    const retrieved = readFileSync(
      path.join(repo.dir, 'sf-deploy-results/retrieve/objects/Invoice__c.object'),
      'utf8'
    )
    expect(retrieved).toContain('<label>Grand total</label>')
  })
})

describe('mode: sync with backup', () => {
  let sim: Simulator
  let repo: TestRepo
  afterEach(async () => {
    await sim.close()
    repo.cleanup()
  })

  it('backs up what it will change first, and offers that rollback package after a partial failure', async () => {
    repo = createRepo(path.join(REPO_ROOT, 'examples', 'demo-project'))
    const base = repo.git('rev-parse', 'HEAD').trim()
    sim = await startSim({
      orgType: 'Sandbox',
      seedFiles: new Map([['objects/Invoice__c.object', Buffer.from(INVOICE_OBJECT)]])
    })
    repo.write(`${FIELDS}/Due__c.field-meta.xml`, field('Due__c', 'Due', 'Date'))
    repo.write(`${D}/objects/Missing__c/fields/Code__c.field-meta.xml`, field('Code__c', 'Code'))
    repo.commit('one good field, one on an object the org lacks')
    const r = await runAction(
      sim,
      { mode: 'sync', 'delta-from': base, backup: 'true' },
      { workspace: repo.dir }
    )
    expect(r.outputs.status).toBe('PartiallyApplied')
    expect(r.outputs['rollback-dir']).toBeDefined()
    expect(sim.requests.findIndex((q) => q.operation === 'retrieve')).toBeLessThan(
      sim.requests.findIndex((q) => q.operation === 'upsertMetadata')
    )
    expect(r.failure).toContain(
      'deploy the rollback package the backup wrote before sync changed anything: mode: deploy with metadata-dir: sf-deploy-results/rollback'
    )
    expect(r.summary).toContain('To undo')
  })
})
