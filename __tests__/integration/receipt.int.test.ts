/**
 * Deploy receipts through the real run(): the org simulator for Salesforce, the GitHub simulator
 * for the artifact upload (the real @actions/artifact client). The receipt's component hashes are
 * checked against the files the org holds after the deploy.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  type GitHubSimulator,
  type RunOptions,
  startGitHubSimulator
} from '../../github-simulator/index.ts'
import type { Simulator } from '../../simulator/index.ts'
import type { DeployReceipt } from '../../src/receipt/build-receipt.ts'
import { hashComponentFiles } from '../../src/receipt/component-hashes.ts'
import { copyDemoProject, passingProject, startSim, workflowStep } from './harness.ts'

let sim: Simulator
let gh: GitHubSimulator
beforeEach(async () => {
  sim = await startSim()
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
  workflowStep(sim, gh, { 'upload-artifact': 'true', ...inputs }, workspace, options)

const receiptName = () => `sf-receipt-${sim.orgId}`
const receiptsOf = (runId: number) =>
  gh.artifacts().filter((a) => a.runId === runId && a.name === receiptName())
const readReceipt = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as DeployReceipt

describe('deploy receipts', () => {
  it('a successful deploy writes the receipt and uploads it as sf-receipt-<org id>', async () => {
    const d = await step(
      { mode: 'deploy', 'test-level': 'RunLocalTests', 'delta-from': 'none' },
      passingProject()
    )
    expect(d.failure).toBeUndefined()
    const file = d.outputs['receipt-path'] ?? ''
    expect(file).toBe(path.join(d.env.workspace, 'sf-deploy-results', 'deploy-receipt.json'))
    const receipt = readReceipt(file)
    expect(receipt).toMatchObject({
      kind: 'salesforce-deploy-receipt',
      orgId: sim.orgId,
      instanceUrl: sim.baseUrl,
      mode: 'deploy',
      commitSha: d.ghRun.headSha,
      run: { repository: 'acme/app', id: String(d.ghRun.id), attempt: '1' },
      contentHash: d.outputs['content-hash'] ?? expect.stringMatching(/^[0-9a-f]{64}$/),
      validationId: null,
      deployId: d.outputs['deploy-id'],
      status: 'Succeeded',
      testLevel: 'RunLocalTests',
      tests: { outcome: 'Pass', failures: 0 }
    })
    expect(receipt.tests.run).toBeGreaterThan(0)
    expect(receipt.tests.methods.map((m) => m.methodName)).toContain('totalsAmounts')
    expect(receipt.coverage?.percent).toBeGreaterThan(0)

    // Each component's hash is the hash of what the org now holds for it.
    const topLevel = receipt.components.filter((c) => !c.parent)
    expect(topLevel.map((c) => `${c.type}:${c.fullName}`)).toEqual(
      expect.arrayContaining(['ApexClass:InvoiceService', 'ApexClass:InvoiceServiceTest'])
    )
    for (const c of topLevel) {
      const held = sim.org.component(c.type, c.fullName)
      expect(held, `${c.type} ${c.fullName} in the org`).toBeDefined()
      expect(hashComponentFiles(held?.files ?? new Map(), c.type, c.fullName)).toBe(c.hash)
    }

    // The artifact holds the file the run wrote, byte for byte.
    const [artifact] = receiptsOf(d.ghRun.id)
    const stored = (await artifact?.files()) ?? new Map<string, string>()
    expect([...stored.keys()]).toEqual(['deploy-receipt.json'])
    expect(stored.get('deploy-receipt.json')).toBe(readFileSync(file, 'utf8'))
  })

  it('a failed deploy writes no receipt and uploads none', async () => {
    // The shipped demo project has a failing test.
    const d = await step(
      { mode: 'deploy', 'test-level': 'RunLocalTests', 'delta-from': 'none' },
      copyDemoProject()
    )
    expect(d.failed).toBe(true)
    expect(d.outputs['receipt-path']).toBeUndefined()
    expect(existsSync(path.join(d.env.workspace, 'sf-deploy-results', 'deploy-receipt.json'))).toBe(
      false
    )
    expect(receiptsOf(d.ghRun.id)).toEqual([])
  })

  it('a validation writes none; the quick deploy of it writes one naming the validation', async () => {
    const v = await step(
      { mode: 'validate', 'test-level': 'RunLocalTests', 'delta-from': 'none' },
      passingProject()
    )
    expect(v.failure).toBeUndefined()
    expect(v.outputs['receipt-path']).toBeUndefined()
    expect(receiptsOf(v.ghRun.id)).toEqual([])

    const q = await step({ mode: 'quick-deploy' }, passingProject())
    expect(q.failure).toBeUndefined()
    const receipt = readReceipt(q.outputs['receipt-path'] ?? '')
    expect(receipt).toMatchObject({
      mode: 'quick-deploy',
      validationId: v.outputs['validated-id'],
      contentHash: v.outputs['content-hash'],
      deployId: q.outputs['deploy-id'],
      commitSha: q.ghRun.headSha
    })
    expect(receipt.components.find((c) => c.fullName === 'InvoiceService')?.hash).toMatch(
      /^[0-9a-f]{64}$/
    )
    expect(receiptsOf(q.ghRun.id).map((a) => a.name)).toEqual([receiptName()])
  })
})
