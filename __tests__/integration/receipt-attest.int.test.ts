/**
 * attest: true through the real run(): the receipt's sha256 goes to the attester and the outputs
 * name the attestation; without the job's OIDC token (no id-token: write) the real @actions/attest
 * fails before any network call, and the deploy stays green with a warning naming the permissions.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { FileAttester } from '../../src/github/ports.ts'
import type { Simulator } from '../../simulator/index.ts'
import { passingProject, runAction, startSim } from './harness.ts'

let sim: Simulator
beforeEach(async () => {
  sim = await startSim()
})
afterEach(async () => {
  await sim.close()
})

const inputs = { mode: 'deploy', 'delta-from': 'none', attest: 'true', 'github-token': 'ghs_test' }

describe('attest: true', () => {
  it('attests the sha256 of the receipt file and sets the attestation outputs', async () => {
    const subjects: { name: string; sha256: string }[] = []
    const attester: FileAttester = {
      attest: (subject) => {
        subjects.push(subject)
        return Promise.resolve({ id: '42', url: 'https://github.com/acme/app/attestations/42' })
      }
    }
    const d = await runAction(sim, inputs, {
      workspace: passingProject(),
      deps: { attester: () => attester }
    })
    expect(d.failure).toBeUndefined()
    const file = d.outputs['receipt-path'] ?? ''
    const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex')
    expect(subjects).toEqual([{ name: 'deploy-receipt.json', sha256 }])
    expect(d.outputs['receipt-attestation-id']).toBe('42')
    expect(d.outputs['receipt-attestation-url']).toBe('https://github.com/acme/app/attestations/42')
  })

  it('without the OIDC token the deploy stays green and the warning names the permissions', async () => {
    const d = await runAction(sim, inputs, { workspace: passingProject() })
    expect(d.failure).toBeUndefined()
    expect(d.outputs.success).toBe('true')
    expect(d.outputs['receipt-path']).toBeDefined()
    expect(d.outputs['receipt-attestation-id']).toBeUndefined()
    const warning = d.commands.find((c) => c.includes('could not be attested')) ?? ''
    expect(warning).toContain('id-token: write and attestations: write')
  })

  it('is refused in a mode that writes no receipt', async () => {
    const v = await runAction(sim, { ...inputs, mode: 'validate' }, { workspace: passingProject() })
    expect(v.failure).toContain('attest: only deploy and quick-deploy write a deploy receipt')
    expect(v.newDeployIds).toEqual([])
  })
})
