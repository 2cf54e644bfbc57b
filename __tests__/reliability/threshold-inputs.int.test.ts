import { afterEach, beforeEach, describe, expect } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { passingProject, runAction, startSim } from '../integration/harness.ts'
import { expectInvariants, scenario } from './kit.ts'

describe('a coverage threshold that could never be checked', () => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSim()
  })
  afterEach(async () => {
    await sim.close()
  })

  async function expectRefused(inputs: Record<string, string>, message: RegExp): Promise<void> {
    const run = await runAction(sim, inputs, { workspace: passingProject() })
    expectInvariants(run, sim, { orgFailed: true, cause: message })
    expect(sim.requests, 'bad input must stop the run before any network call').toHaveLength(0)
  }

  scenario('I28', 'coverage-threshold with NoTestRun or the org default test level', async () => {
    await expectRefused(
      { 'coverage-threshold': '80', 'test-level': 'NoTestRun' },
      /coverage-threshold: needs Apex tests to run, but test-level is NoTestRun; set test-level to RunLocalTests/
    )
    await expectRefused(
      { mode: 'validate', 'coverage-threshold': '80' },
      /coverage-threshold: needs Apex tests to run, but test-level is empty \(the org default/
    )
  })
})
