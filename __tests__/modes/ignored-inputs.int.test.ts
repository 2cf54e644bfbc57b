import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { runAction, startSim } from '../integration/harness.ts'

let sim: Simulator

beforeEach(async () => {
  sim = await startSim()
})
afterEach(async () => {
  await sim.close()
})

describe('an input the mode ignores', () => {
  it('stops a deploy given push-upgrade and quick-deploy inputs, naming each, before any call', async () => {
    const r = await runAction(sim, {
      mode: 'deploy',
      'dry-run': 'true',
      'validation-id': '0Af5g00000ABCDEFGH',
      wait: 'soon'
    })
    expect(r.failed).toBe(true)
    expect(r.outputs.status).toBe('InvalidInput')
    expect(r.failure).toMatch(/^3 inputs are invalid:/)
    expect(r.failure).toContain('wait: got "soon"')
    expect(r.failure).toContain(
      'dry-run: mode deploy does not use it, so "true" would be ignored; remove dry-run or set mode: push-upgrade.'
    )
    expect(r.failure).toContain('validation-id: mode deploy does not use it')
    expect(sim.requests).toHaveLength(0)
    expect(sim.deploys).toHaveLength(0)
  })
})
