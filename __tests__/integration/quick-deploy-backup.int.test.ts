import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { passingProject, runAction, startSim } from './harness.ts'
import { runWithUploads } from './retrieve-harness.ts'

describe('backup before a quick deploy', () => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSim({ orgType: 'Production' })
  })
  afterEach(async () => {
    await sim.close()
  })

  it('retrieves what the validated package will change before quick-deploying it in production', async () => {
    const workspace = passingProject()
    const validation = await runAction(
      sim,
      { mode: 'validate', 'test-level': 'RunLocalTests', backup: 'false' },
      { workspace }
    )
    expect(validation.failure).toBeUndefined()
    const id = validation.outputs['validated-id'] ?? ''

    const quick = await runWithUploads(
      sim,
      { mode: 'quick-deploy', 'validation-id': id },
      workspace
    )
    expect(quick.failure).toBeUndefined()
    const operations = sim.requests.map((r) => r.operation)
    const retrieveAt = operations.indexOf('retrieve')
    expect(retrieveAt).toBeGreaterThan(-1)
    expect(retrieveAt).toBeLessThan(operations.indexOf('deployRecentValidation'))
    expect(quick.outputs['rollback-dir']).toBe('sf-deploy-results/rollback')
    expect(quick.outputs['changes-new']).toBe('5')
    expect(quick.summary).toContain('What this deploy changes')
    expect(quick.uploads.map((u) => u.name)).toContain('salesforce-deploy-results-rollback')
    expect(sim.org.has('ApexClass', 'InvoiceService')).toBe(true)
  })

  it('quick-deploys without a backup when the workspace has no project, and says why', async () => {
    const workspace = passingProject()
    const validation = await runAction(
      sim,
      { mode: 'validate', 'test-level': 'RunLocalTests', backup: 'false' },
      { workspace }
    )
    const quick = await runAction(
      sim,
      { mode: 'quick-deploy', 'validation-id': validation.outputs['validated-id'] ?? '' },
      // A job that quick-deploys by id without checking the repository out.
      { workspace: mkdtempSync(path.join(tmpdir(), 'sfda-empty-')) }
    )
    expect(quick.failure).toBeUndefined()
    expect(quick.log).toMatch(
      /No backup before the quick deploy: the workspace package could not be built/
    )
    expect(sim.requests.some((r) => r.operation === 'retrieve')).toBe(false)
  })
})
