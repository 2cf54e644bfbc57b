import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { passingProject, runAction, startSim } from './harness.ts'

/** API versions of the Metadata API calls made since request `from` (REST and SOAP paths). */
function versionsUsed(sim: Simulator, from: number): string[] {
  const versions = sim.requests
    .slice(from)
    .filter((r) => /deploy|DeployStatus|RecentValidation/i.test(r.operation))
    .map((r) => /\/v(\d+\.0)\/metadata\/|\/Soap\/m\/(\d+\.0)/.exec(r.path))
    .map((m) => m?.[1] ?? m?.[2] ?? '')
  return [...new Set(versions)]
}

describe('report, cancel and quick deploy use the deploy API version, not the org maximum', () => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSim() // the org supports up to 66.0; the project's sourceApiVersion is 62.0
  })
  afterEach(async () => {
    await sim.close()
  })

  it.each(['rest', 'soap'] as const)(
    'a validation at 62.0 is quick-deployed, reported and cancelled at 62.0 (%s)',
    async (api) => {
      const workspace = passingProject()
      const validation = await runAction(
        sim,
        { api, mode: 'validate', 'test-level': 'RunLocalTests' },
        { workspace }
      )
      expect(validation.summary).toContain('API v62.0')
      const id = validation.outputs['validated-id'] ?? ''

      let from = sim.requests.length
      const quick = await runAction(
        sim,
        { api, mode: 'quick-deploy', 'validation-id': id },
        { workspace }
      )
      expect(quick.failure).toBeUndefined()
      expect(versionsUsed(sim, from)).toEqual(['62.0'])
      expect(quick.summary).toContain('API v62.0')
      expect(quick.summary).toContain(
        `Validation ${id} is quick-deployed at API 62.0, the project's sourceApiVersion`
      )

      const deployed = quick.outputs['deploy-id'] ?? ''
      from = sim.requests.length
      const report = await runAction(
        sim,
        { api, mode: 'report', 'deploy-id': deployed },
        { workspace }
      )
      expect(versionsUsed(sim, from)).toEqual(['62.0'])
      expect(report.summary).toContain('API v62.0')
      expect(report.summary).toContain(`Deploy ${deployed} is read at API 62.0`)

      from = sim.requests.length
      const cancel = await runAction(
        sim,
        { api, mode: 'cancel', 'deploy-id': deployed },
        { workspace }
      )
      expect(versionsUsed(sim, from)).toEqual(['62.0'])
      expect(cancel.summary).toContain('API v62.0')
    }
  )

  it("says it is the org's maximum when the workspace has no project, and follows the api-version input silently", async () => {
    const validation = await runAction(
      sim,
      { mode: 'validate', 'test-level': 'RunLocalTests' },
      { workspace: passingProject() }
    )
    const id = validation.outputs['validated-id'] ?? ''
    const empty = mkdtempSync(path.join(tmpdir(), 'sfda-empty-'))

    let from = sim.requests.length
    const bare = await runAction(sim, { mode: 'report', 'deploy-id': id }, { workspace: empty })
    expect(versionsUsed(sim, from)).toEqual(['66.0'])
    expect(bare.summary).toContain(
      `Deploy ${id} is read at API 66.0, the org's maximum (the workspace has no sfdx-project.json)`
    )

    from = sim.requests.length
    const chosen = await runAction(
      sim,
      { mode: 'report', 'deploy-id': id, 'api-version': '63.0' },
      { workspace: empty }
    )
    expect(versionsUsed(sim, from)).toEqual(['63.0'])
    expect(chosen.summary).toContain('API v63.0')
    expect(chosen.summary).not.toContain('is read at API')
  })
})
