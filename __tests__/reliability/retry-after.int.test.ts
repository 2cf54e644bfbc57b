/**
 * A server that says when to come back: a 503 or 429 with `Retry-After` while the deploy is
 * polled. The next poll waits that long (inside the wait budget), not the usual 1 s backoff.
 * Drives the real run() against the simulator, whose clock is virtual.
 */
import { afterEach, describe, expect } from 'vitest'
import type { Route, Simulator } from '../../simulator/index.ts'
import { REST_DEPLOY_ROUTES } from '../../simulator/routes/rest-deploy-routes.ts'
import { passingProject, runAction, startSim } from '../integration/harness.ts'
import { expectInvariants, scenario } from './kit.ts'

/** The REST status route, answering its second GET with `status` and `Retry-After: seconds`. */
function busyOnce(status: number, retryAfter: string): Route {
  const route = REST_DEPLOY_ROUTES[1] as Route
  let gets = 0
  return {
    ...route,
    name: 'deployRequest item, busy once',
    handle(req, sim) {
      if (req.method === 'GET' && ++gets === 2)
        return {
          status,
          headers: { 'content-type': 'text/html', 'retry-after': retryAfter },
          body: '<html>Busy</html>'
        }
      return route.handle(req, sim)
    }
  }
}

describe('Retry-After', () => {
  let sim: Simulator | undefined
  afterEach(async () => {
    await sim?.close()
    sim = undefined
  })

  scenario(
    'S25',
    'a 503 or 429 with Retry-After while polling makes the next poll wait that long, within the wait budget',
    async () => {
      for (const status of [503, 429]) {
        sim = await startSim({ routes: [busyOnce(status, '120')] })
        const run = await runAction(
          sim,
          { api: 'rest', 'test-level': 'RunLocalTests' },
          { workspace: passingProject() }
        )
        expectInvariants(run, sim, { orgFailed: false })
        expect(run.outputs.status).toBe('Succeeded')
        expect(run.log).toContain(
          `HTTP ${status} from the org (retry after 120 s); will keep polling`
        )
        const polls = sim.requests.filter((r) => r.operation === 'checkDeployStatus')
        const busy = polls[1]
        const next = polls[2]
        expect(busy && next && next.at - busy.at).toBeGreaterThanOrEqual(120_000)
        await sim.close()
        sim = undefined
      }
      // An hour's Retry-After against a 5-minute wait: the run stops at its budget, deploy running.
      sim = await startSim({ routes: [busyOnce(503, '3600')] })
      const started = sim.clock.now()
      const run = await runAction(
        sim,
        { api: 'rest', 'test-level': 'RunLocalTests', wait: '5' },
        { workspace: passingProject() }
      )
      expect(run.failed).toBe(true)
      expect(run.outputs['deploy-id']).toBeTruthy()
      expect(sim.clock.now() - started).toBeLessThan(10 * 60_000)
    }
  )
})
