import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { createRepo, D, type TestRepo } from '../delta/git-repo.ts'
import { REPO_ROOT } from '../support/repo-root.ts'
import path from 'node:path'
import { runAction, startSim } from './harness.ts'

const META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>62.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n'

describe('compile mode on the files changed in a git delta', () => {
  let sim: Simulator
  let repo: TestRepo
  let base: string
  beforeEach(async () => {
    repo = createRepo(path.join(REPO_ROOT, 'examples', 'demo-project'))
    base = repo.git('rev-parse', 'HEAD').trim()
    const service = repo.read(`${D}/classes/InvoiceService.cls`)
    sim = await startSim({
      seedFiles: new Map([
        ['classes/InvoiceService.cls', Buffer.from(service)],
        ['classes/InvoiceService.cls-meta.xml', Buffer.from(META)]
      ])
    })
  })
  afterEach(async () => {
    await sim.close()
    repo.cleanup()
  })

  it('compiles only the changed class, through a container', async () => {
    repo.write(
      `${D}/classes/InvoiceService.cls`,
      repo.read(`${D}/classes/InvoiceService.cls`).replace('Decimal sum = 0;', 'Decimal sum = 0.0;')
    )
    repo.write(
      `${D}/objects/Invoice__c/fields/Total__c.field-meta.xml`,
      repo
        .read(`${D}/objects/Invoice__c/fields/Total__c.field-meta.xml`)
        .replace('Total', 'Grand total')
    )
    repo.commit('change the service and a field')
    const r = await runAction(sim, { mode: 'compile', 'delta-from': base }, { workspace: repo.dir })
    expect(r.failure).toBeUndefined()
    expect(r.outputs).toMatchObject({ success: 'true', 'compile-method': 'tooling' })
    expect(r.log).toContain(
      `Compiling the 1 Apex file(s) changed in ${base}..HEAD: ${D}/classes/InvoiceService.cls`
    )
    const members = sim.requests.filter((q) => q.operation === 'createContainerMember')
    expect(members).toHaveLength(1)
    expect(members[0]?.path).toMatch(/ApexClassMember$/)
  })

  it('ends in success with nothing to compile, and no API call, when no Apex changed', async () => {
    repo.write(
      `${D}/objects/Invoice__c/fields/Total__c.field-meta.xml`,
      repo
        .read(`${D}/objects/Invoice__c/fields/Total__c.field-meta.xml`)
        .replace('Total', 'Grand total')
    )
    repo.commit('a field only')
    const r = await runAction(sim, { mode: 'compile', 'delta-from': base }, { workspace: repo.dir })
    expect(r.failure).toBeUndefined()
    expect(r.outputs).toMatchObject({ success: 'true', status: 'NothingToCompile' })
    expect(r.summary).toContain('Nothing to compile')
    expect(sim.requests).toHaveLength(0)
  })

  it('says what to set when there are neither compile-files nor a delta', async () => {
    const r = await runAction(sim, { mode: 'compile' }, { workspace: repo.dir })
    expect(r.failed).toBe(true)
    expect(r.failure).toContain('list them in compile-files, or set delta-from')
    expect(sim.requests).toHaveLength(0)
  })

  it('checks a deleted class through a Metadata API validation with a destructive manifest', async () => {
    repo.remove(`${D}/classes/InvoiceService.cls`)
    repo.remove(`${D}/classes/InvoiceService.cls-meta.xml`)
    repo.commit('delete the service')
    const r = await runAction(sim, { mode: 'compile', 'delta-from': base }, { workspace: repo.dir })
    expect(r.outputs['compile-method']).toBe('metadata-api')
    const deploy = sim.deploys.at(-1)
    expect(deploy?.checkOnly).toBe(true)
    expect([...(deploy?.files.keys() ?? [])].sort()).toEqual([
      'destructiveChangesPost.xml',
      'package.xml'
    ])
    expect(deploy?.files.get('destructiveChangesPost.xml')?.toString()).toContain(
      '<members>InvoiceService</members>'
    )
    expect(sim.requests.some((q) => q.operation === 'createMetadataContainer')).toBe(false)
    // A check-only deploy deletes nothing.
    expect(sim.org.has('ApexClass', 'InvoiceService')).toBe(true)
    // The manifests reached the builder in memory: the run wrote only its report files.
    const written = repo.git('status', '--porcelain', '--untracked-files=all').trim().split('\n')
    expect(written.filter((line) => !line.startsWith('?? sf-deploy-results/'))).toEqual([])
    expect(written.filter((line) => /package\.xml|destructiveChanges/.test(line))).toEqual([])
  })
})
