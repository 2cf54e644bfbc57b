/**
 * mode: sync through the real run() against the simulator: what a user sees of a failed Apex save
 * and of a failed deploy (annotations on the repository's lines, each problem in the summary),
 * and what an object's upsert reports when the org's object holds fields.
 */
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { createRepo, D, type TestRepo } from '../delta/git-repo.ts'
import { decodeCommand, runAction, startSim } from '../integration/harness.ts'
import { CLASS, CLASS_META, FIELDS, field, syncOrg } from '../integration/sync-org.ts'
import { REPO_ROOT } from '../support/repo-root.ts'

const OBJECT = `${D}/objects/Invoice__c/Invoice__c.object-meta.xml`

describe('mode: sync, what a failure shows and what an object upsert changes', () => {
  let sim: Simulator
  let repo: TestRepo
  let base: string

  const sync = (): ReturnType<typeof runAction> =>
    runAction(sim, { mode: 'sync', 'delta-from': base }, { workspace: repo.dir })
  const errorAnnotations = (r: { commands: string[] }): string[] =>
    r.commands.filter((c) => c.startsWith('::error title=')).map(decodeCommand)

  beforeEach(async () => {
    repo = createRepo(path.join(REPO_ROOT, 'examples', 'demo-project'))
    base = repo.git('rev-parse', 'HEAD').trim()
    sim = await startSim(syncOrg())
  })
  afterEach(async () => {
    await sim.close()
    repo.cleanup()
  })

  it('annotates the Apex save’s compile error on its line, and reports the class alone as failed', async () => {
    repo.write(
      CLASS,
      repo
        .read(CLASS)
        .replace(
          'Decimal sum = 0;',
          'Decimal sum = 0;\n        // sim:compile-error Variable does not exist: nope'
        )
    )
    repo.write(`${FIELDS}/Due__c.field-meta.xml`, field('Due__c', 'Due', 'Date'))
    repo.commit('a class that does not compile, and a field')
    const r = await sync()
    expect(r.failed).toBe(true)
    expect(r.outputs).toMatchObject({ success: 'false', status: 'PartiallyApplied' })
    expect(errorAnnotations(r)).toEqual([
      `::error title=ApexClass InvoiceService,file=${CLASS},line=4,endLine=4,col=9,endColumn=9::Variable does not exist: nope`
    ])
    expect(r.summary).toMatch(
      /`ApexClass InvoiceService` \| Tooling API[^|]*\| failed: line 4: Variable does not exist: nope \|/
    )
    expect(r.summary).toMatch(
      /`CustomField Invoice__c.Due__c` \| CRUD \(upsertMetadata\) \| created/
    )
  })

  it('annotates each problem of a class the deploy refused, and lists them all with their lines', async () => {
    const taxRate = `${D}/classes/TaxRate.cls`
    repo.write(
      taxRate,
      'public with sharing class TaxRate {\n    // sim:compile-error Variable does not exist: rate\n    // sim:compile-error Variable does not exist: base\n}\n'
    )
    repo.write(`${taxRate}-meta.xml`, CLASS_META)
    repo.commit('a new class that does not compile')
    const r = await sync()
    expect(r.failed).toBe(true)
    expect(r.outputs.status).toBe('Failed')
    expect(r.newDeployIds).toHaveLength(1)
    expect(errorAnnotations(r)).toEqual([
      `::error title=ApexClass TaxRate,file=${taxRate},line=2,endLine=2,col=5,endColumn=5::Variable does not exist: rate`,
      `::error title=ApexClass TaxRate,file=${taxRate},line=3,endLine=3,col=5,endColumn=5::Variable does not exist: base`
    ])
    expect(r.summary).toMatch(
      /`ApexClass TaxRate` \| Metadata API deploy[^|]*\| failed: line 2: Variable does not exist: rate; line 3: Variable does not exist: base —/
    )
  })

  it('reports an object’s own change, not the fields the org holds in it', async () => {
    repo.write(OBJECT, repo.read(OBJECT).replace('<label>Invoice</label>', '<label>Bill</label>'))
    repo.commit('relabel the object')
    const r = await sync()
    expect(r.failure).toBeUndefined()
    expect(r.summary).toMatch(
      /`CustomObject Invoice__c` \| CRUD \(upsertMetadata\) \| changed: label \|/
    )
    expect(r.summary).toMatch(/^-\s*<label>Invoice<\/label>$/m)
    expect(r.summary).not.toMatch(/^-\s*<fields>$/m)
    // The org keeps the field: the upsert sent the object without it.
    expect(sim.org.has('CustomField', 'Invoice__c.Total__c')).toBe(true)
  })

  it('skips an object the org already holds as the repository has it, fields and all', async () => {
    repo.write(OBJECT, `${repo.read(OBJECT)}\n`)
    repo.commit('reformat the object')
    const r = await sync()
    expect(r.failure).toBeUndefined()
    expect(sim.requests.filter((q) => q.operation === 'upsertMetadata')).toHaveLength(0)
    expect(r.summary).toMatch(/`CustomObject Invoice__c` \| CRUD \(readMetadata\) \| unchanged/)
  })
})
