/**
 * Files and folders named by inputs are checked with every other input, before any call to the
 * org: a typo in a path is not found only when the package is built, one problem per run.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { passingProject, runAction, startSim } from '../integration/harness.ts'
import { parseSettings } from '../../src/action/parse-settings.ts'
import { InputError } from '../../src/shared/errors.ts'
import { rawInputs } from '../support/raw-inputs.ts'
import { createRepo } from '../delta/git-repo.ts'

let sim: Simulator

beforeEach(async () => {
  sim = await startSim()
})
afterEach(async () => {
  await sim.close()
})

describe('path inputs', () => {
  it('reports a missing manifest and destructive manifest with a bad wait, in one error, before any call', async () => {
    const ws = passingProject()
    mkdirSync(path.join(ws, 'manifests'))
    const r = await runAction(
      sim,
      {
        mode: 'deploy',
        manifest: 'manifest/pakage.xml',
        'post-destructive-changes': 'manifests',
        wait: 'soon'
      },
      { workspace: ws }
    )
    expect(r.failed).toBe(true)
    expect(r.outputs.status).toBe('InvalidInput')
    expect(r.failure).toMatch(/^3 inputs are invalid:/)
    expect(r.failure).toContain('wait: got "soon"')
    expect(r.failure).toContain(
      `manifest: "manifest/pakage.xml" does not exist (no ${path.join(ws, 'manifest/pakage.xml')}); give the path of a file in the checkout.`
    )
    expect(r.failure).toContain(
      'post-destructive-changes: "manifests" is a folder; give the path of a file in the checkout.'
    )
    expect(sim.requests).toHaveLength(0)
  })

  it('names every source-dir that does not exist with the other problems, before any call', async () => {
    const ws = passingProject()
    const r = await runAction(
      sim,
      {
        mode: 'validate',
        'source-dir': 'force-app/main/default/classes\nforce-app/main/defualt/objects',
        'test-level': 'RunSomeTests'
      },
      { workspace: ws }
    )
    expect(r.failed).toBe(true)
    expect(r.failure).toMatch(/^2 inputs are invalid:/)
    expect(r.failure).toContain('test-level: got "RunSomeTests"')
    expect(r.failure).toContain(
      `source-dir: "force-app/main/defualt/objects" does not exist (no ${path.join(ws, 'force-app/main/defualt/objects')}); give the path of a file or folder in the checkout.`
    )
    expect(sim.requests).toHaveLength(0)
  })

  it('builds the package anyway, so a broken file is reported with the bad inputs, before any call', async () => {
    const ws = passingProject({
      'force-app/main/default/classes/InvoiceService.cls-meta.xml': null,
      'force-app/main/default/objects/Invoice__c/fields/Bad__c.field-meta.xml':
        '<CustomField><fullName>X'
    })
    const r = await runAction(sim, { mode: 'deploy', wait: 'soon' }, { workspace: ws })
    expect(r.failed).toBe(true)
    expect(r.outputs.status).toBe('InvalidInput')
    expect(r.failure).toMatch(/^An input is invalid:\n {2}- wait: got "soon"/)
    expect(r.failure).toContain('The package could not be built either (2 problems):')
    expect(r.failure).toContain('InvoiceService.cls has no InvoiceService.cls-meta.xml beside it')
    expect(r.failure).toContain('Bad__c.field-meta.xml:1: malformed XML')
    expect(r.summary).toContain('The package could not be built either (2 problems):')
    expect(r.summary).toContain('Bad\\_\\_c.field-meta.xml:1: malformed XML')
    expect(sim.requests).toHaveLength(0)
  })

  it("builds a delta run's delta, not its whole package: only what changed is read", async () => {
    const repo = createRepo(
      passingProject({ 'force-app/main/default/classes/InvoiceService.cls-meta.xml': null })
    )
    // The change: a malformed field. The class without its meta file is not in the delta.
    repo.write(
      'force-app/main/default/objects/Invoice__c/fields/Bad__c.field-meta.xml',
      '<CustomField><fullName>X'
    )
    repo.commit()
    const r = await runAction(
      sim,
      { mode: 'deploy', wait: 'soon', 'delta-from': 'HEAD~1' },
      { workspace: repo.dir }
    )
    repo.cleanup()
    expect(r.failure).toMatch(/^An input is invalid:\n {2}- wait: got "soon"/)
    expect(r.failure).toContain('The package could not be built either (1 problem):')
    expect(r.failure).toContain('Bad__c.field-meta.xml:1: malformed XML')
    expect(r.failure).not.toContain('InvoiceService')
    expect(sim.requests).toHaveLength(0)
  })

  it('names a delta that cannot be computed with the bad inputs', async () => {
    const ws = passingProject()
    const r = await runAction(
      sim,
      { mode: 'deploy', wait: 'soon', 'delta-from': 'HEAD~1' },
      { workspace: ws }
    )
    expect(r.failure).toMatch(/^An input is invalid:/)
    expect(r.failure).toContain(`${ws} is not inside a git repository, so no delta can be computed`)
    expect(sim.requests).toHaveLength(0)
  })

  it('names a missing drift-baseline and compile file the same way', async () => {
    const ws = passingProject()
    const drift = await runAction(
      sim,
      { mode: 'deploy', drift: 'warn', 'drift-baseline': 'receipts/none.json' },
      { workspace: ws }
    )
    expect(drift.failure).toContain('drift-baseline: "receipts/none.json" does not exist')
    const compile = await runAction(
      sim,
      { mode: 'compile', 'compile-files': 'force-app/main/default/classes/Nope.cls' },
      { workspace: ws }
    )
    expect(compile.failure).toContain(
      'compile-files: "force-app/main/default/classes/Nope.cls" does not exist'
    )
    expect(sim.requests).toHaveLength(0)
  })

  it('leaves the check to the main step: the post step reads the inputs when files may be gone', () => {
    const values = {
      mode: 'deploy',
      'access-token': 'x'.repeat(20),
      'instance-url': 'https://acme.my.salesforce.com',
      manifest: 'gone.xml'
    }
    const workspace = passingProject()
    // As the post step reads them: no checkFiles.
    expect(parseSettings(rawInputs(values, { workspace })).mode).toBe('deploy')
    let error: unknown
    try {
      parseSettings(rawInputs(values, { workspace, checkFiles: true }))
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).problems).toEqual([
      expect.stringContaining('manifest: "gone.xml" does not exist')
    ])
  })
})
