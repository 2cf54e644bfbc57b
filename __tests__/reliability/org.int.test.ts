import { afterEach, beforeEach, describe, expect } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import { passingProject, runAction, startSim } from '../integration/harness.ts'
import { expectDeploySucceeds, expectInvariants, scenario } from './kit.ts'

const CLASS_META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>62.0</apiVersion><status>Active</status></ApexClass>\n'

/** A class no test calls, with `statements` executable lines. */
function untested(statements: number): string {
  const body = Array.from({ length: statements }, (_, i) => `        x = x + ${i};`).join('\n')
  return `public class Untested {\n    public static Integer a() {\n        Integer x = 0;\n${body}\n        return x;\n    }\n}\n`
}

describe('org behaviour', () => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSim()
  })
  afterEach(async () => {
    await sim.close()
  })

  const jwtInputs = (s: Simulator): Record<string, string> => ({
    'jwt-key': s.jwt.privateKeyPem,
    'client-id': s.jwt.clientId,
    username: s.jwt.username,
    'login-url': s.baseUrl
  })

  scenario(
    'O01',
    'INVALID_SESSION_ID mid-poll with an auth URL: sign in again and keep polling',
    async () => {
      sim.faults.expireSessionsAt(sim.clock.now() + 500)
      await expectDeploySucceeds(sim, {
        'auth-url': sim.authUrl,
        'test-level': 'RunLocalTests'
      })
      expect(sim.requests.filter((r) => r.operation === 'token')).toHaveLength(2)
      expect(sim.deploys).toHaveLength(1)
    }
  )

  scenario(
    'O02',
    'INVALID_SESSION_ID mid-poll with JWT: sign a new assertion and keep polling',
    async () => {
      sim.faults.expireSessionsAt(sim.clock.now() + 500)
      await expectDeploySucceeds(sim, {
        ...jwtInputs(sim),
        api: 'soap',
        'test-level': 'RunLocalTests'
      })
      expect(sim.requests.filter((r) => r.operation === 'token')).toHaveLength(2)
    }
  )

  scenario(
    'O03',
    'session expiry with a bare access token: fail, keeping the deploy id',
    async () => {
      sim.faults.expireSessionsAt(sim.clock.now() + 500)
      const run = await runAction(
        sim,
        { 'test-level': 'RunLocalTests' },
        { workspace: passingProject() }
      )
      expectInvariants(run, sim, {
        orgFailed: true,
        cause: /access token expired/,
        fix: /Use auth-url or jwt-key/
      })
      expect(run.outputs['deploy-id']).toBe(sim.deploys[0]?.id)
    }
  )

  scenario('O04', 'REQUEST_LIMIT_EXCEEDED while polling: back off and continue', async () => {
    sim.faults.add({
      operation: 'checkDeployStatus',
      kind: 'error',
      code: 'REQUEST_LIMIT_EXCEEDED',
      skip: 1,
      times: 3
    })
    const run = await expectDeploySucceeds(sim, { 'test-level': 'RunLocalTests' })
    expect(run.log).toContain('REQUEST_LIMIT_EXCEEDED')
  })

  scenario(
    'O05',
    'REQUEST_LIMIT_EXCEEDED on every submit: fail without a deploy, saying to run later',
    async () => {
      sim.faults.add({
        operation: 'deploy',
        kind: 'error',
        code: 'REQUEST_LIMIT_EXCEEDED',
        times: Infinity
      })
      const run = await runAction(sim, {}, { workspace: passingProject() })
      expectInvariants(run, sim, {
        orgFailed: true,
        cause: /REQUEST_LIMIT_EXCEEDED/,
        fix: /API request limit; run again later/
      })
      expect(sim.requests.filter((r) => r.operation === 'deploy')).toHaveLength(4)
      expect(sim.deploys).toHaveLength(0)
    }
  )

  scenario(
    'O06',
    'a transient UNKNOWN_EXCEPTION on submit is retried once and the deploy goes through',
    async () => {
      sim.faults.add({ operation: 'deploy', kind: 'error', code: 'UNKNOWN_EXCEPTION', times: 1 })
      const run = await runAction(
        sim,
        { 'test-level': 'RunLocalTests' },
        { workspace: passingProject() }
      )
      expectInvariants(run, sim, { orgFailed: false })
      expect(sim.deploys).toHaveLength(1)
      expect(run.outputs.status).toBe('Succeeded')
    }
  )

  scenario('O07', 'a transient UNKNOWN_EXCEPTION while polling', async () => {
    sim.faults.add({
      operation: 'checkDeployStatus',
      kind: 'error',
      code: 'UNKNOWN_EXCEPTION',
      skip: 2,
      times: 2
    })
    await expectDeploySucceeds(sim, { api: 'soap', 'test-level': 'RunLocalTests' })
  })

  scenario('O08', 'a deploy queued behind another one waits in Pending, then runs', async () => {
    const first = await runAction(
      sim,
      { wait: '0.01', 'test-level': 'RunLocalTests' },
      { workspace: passingProject() }
    )
    expect(first.failed).toBe(true)
    const run = await expectDeploySucceeds(sim, { 'test-level': 'RunLocalTests' })
    expect(run.log).toMatch(/^Pending/m)
  })

  scenario('O09', 'a deploy canceled by someone else in the org', async () => {
    const started = await runAction(
      sim,
      { wait: '0.01', 'test-level': 'RunLocalTests' },
      { workspace: passingProject() }
    )
    const id = started.outputs['deploy-id'] ?? ''
    expect(sim.faults.cancelDeploy(id)).toMatchObject({ done: expect.any(Boolean) })
    const run = await runAction(sim, { mode: 'report', 'deploy-id': id })
    expectInvariants(run, sim, { orgFailed: true, cause: /was canceled by Release Manager/ })
    expect(run.outputs.status).toBe('Canceled')
  })

  scenario('O10', 'quick deploy rejected by the org', async () => {
    const workspace = passingProject()
    const validation = await runAction(
      sim,
      { mode: 'validate', 'test-level': 'RunLocalTests' },
      { workspace }
    )
    const id = validation.outputs['validated-id'] ?? ''
    await runAction(sim, { 'test-level': 'RunLocalTests' }, { workspace })
    const run = await runAction(sim, { mode: 'quick-deploy', 'validation-id': id })
    expectInvariants(run, sim, { orgFailed: true, cause: /refused/, fix: /Validate again/ })
  })

  scenario('O11', 'a Finalizing stage before the end', async () => {
    sim.faults.finalizing(true, 'Finalizing')
    const run = await runAction(
      sim,
      { 'test-level': 'RunLocalTests' },
      { workspace: passingProject() }
    )
    expectInvariants(run, sim, { orgFailed: false })
    expect(run.log).toMatch(/^Finalizing/m)
    expect(run.outputs.status).toBe('Succeeded')
  })

  scenario('O12', 'the FinalizingDeploy spelling of that stage', async () => {
    sim.faults.finalizing(true, 'FinalizingDeploy')
    await expectDeploySucceeds(sim, { api: 'soap', 'test-level': 'RunLocalTests' })
  })

  scenario('O13', 'unknown new fields in every response', async () => {
    sim.faults.extraFields({ deployFlavor: 'hyperforce', notificationsTotal: '0' })
    for (const api of ['rest', 'soap']) {
      await expectDeploySucceeds(sim, { api, 'test-level': 'RunLocalTests' })
    }
  })

  scenario(
    'O14',
    'coverage lines missing right after completion (Q24) are read again',
    async () => {
      sim.faults.coverageRace(1)
      const run = await runAction(
        sim,
        { 'test-level': 'RunLocalTests' },
        {
          workspace: passingProject({
            'force-app/main/default/classes/Untested.cls': untested(2),
            'force-app/main/default/classes/Untested.cls-meta.xml': CLASS_META
          })
        }
      )
      expectInvariants(run, sim, { orgFailed: false })
      // The lines arrived on the second read: the summary lists them, not an empty cell.
      expect(run.summary).toMatch(/`Untested` \(Class\).*\| 0\/4 \|.*\| 3–6 \|/)
      expect(
        sim.requests.filter(
          (r) => r.operation === 'checkDeployStatus' && r.query.includeDetails === 'true'
        ).length
      ).toBeGreaterThanOrEqual(2)
    }
  )

  scenario('O15', 'a component failure never reports success', async () => {
    const run = await runAction(
      sim,
      {},
      {
        workspace: passingProject({
          'force-app/main/default/classes/InvoiceService.cls':
            'public class InvoiceService {\n    Integer x = 1\n}\n'
        })
      }
    )
    expectInvariants(run, sim, { orgFailed: true, cause: /ApexClass InvoiceService/ })
  })

  scenario('O16', 'a coverage-only failure (every test passes) is a failure', async () => {
    const run = await runAction(
      sim,
      { 'test-level': 'RunLocalTests' },
      {
        workspace: passingProject({
          'force-app/main/default/classes/Untested.cls': untested(40),
          'force-app/main/default/classes/Untested.cls-meta.xml': CLASS_META
        })
      }
    )
    expectInvariants(run, sim, { orgFailed: true, cause: /code coverage too low/ })
    expect(run.outputs['tests-failed']).toBe('0')
  })

  scenario(
    'O17',
    'a partial success (rollback-on-error false) does not pass the step',
    async () => {
      const run = await runAction(
        sim,
        { 'rollback-on-error': 'false' },
        {
          workspace: passingProject({
            'force-app/main/default/classes/Broken.cls':
              'public class Broken {\n    Integer x = 1\n}\n',
            'force-app/main/default/classes/Broken.cls-meta.xml':
              '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>62.0</apiVersion><status>Active</status></ApexClass>\n'
          })
        }
      )
      expectInvariants(run, sim, { orgFailed: true, cause: /succeeded only partly/ })
      expect(run.outputs.status).toBe('SucceededPartial')
    }
  )

  scenario('O18', 'the wait limit keeps the deploy id and says how to follow up', async () => {
    const run = await runAction(
      sim,
      { wait: '0.01', 'test-level': 'RunLocalTests' },
      { workspace: passingProject() }
    )
    expectInvariants(run, sim, {
      orgFailed: true,
      cause: /wait limit/,
      fix: /mode: report and deploy-id/
    })
  })

  scenario(
    'O19',
    'the wait limit with cancel-on-timeout cancels the deploy in the org',
    async () => {
      const run = await runAction(
        sim,
        { wait: '0.01', 'cancel-on-timeout': 'true', 'test-level': 'RunLocalTests' },
        { workspace: passingProject() }
      )
      expectInvariants(run, sim, { orgFailed: true, cause: /wait limit/ })
      expect(sim.requests.some((r) => r.operation === 'cancelDeploy')).toBe(true)
      await sim.clock.advance(5_000)
      expect(sim.deploys.at(-1)?.status).toBe('Canceled')
    }
  )

  scenario('O20', 'a user without Metadata API permission', async () => {
    sim.faults.add({ operation: 'deploy', kind: 'error', code: 'INSUFFICIENT_ACCESS', times: 1 })
    const run = await runAction(sim, { api: 'soap' }, { workspace: passingProject() })
    expectInvariants(run, sim, {
      orgFailed: true,
      cause: /INSUFFICIENT_ACCESS: use of the Metadata API requires/
    })
    expect(sim.requests.filter((r) => r.operation === 'deploy')).toHaveLength(1)
  })

  scenario(
    'O21',
    'JWT clock skew: the runner clock is behind, so the assertion has expired',
    async () => {
      const skewed = {
        now: () => sim.clock.now() - 10 * 60_000,
        sleep: (ms: number) => sim.clock.advance(ms)
      }
      const run = await runAction(sim, jwtInputs(sim), {
        workspace: passingProject(),
        clock: skewed
      })
      expectInvariants(run, sim, {
        orgFailed: true,
        cause: /JWT bearer sign-in failed: invalid_grant/,
        fix: /clock is correct/
      })
      expect(sim.deploys).toHaveLength(0)
    }
  )

  scenario('O22', 'JWT for a user who is not pre-authorized for the connected app', async () => {
    await sim.close()
    sim = await startSim({ users: [{ username: 'ci@acme.example', approved: false }] })
    const run = await runAction(
      sim,
      { ...jwtInputs(sim), username: 'ci@acme.example' },
      { workspace: passingProject() }
    )
    expectInvariants(run, sim, {
      orgFailed: true,
      cause: /user hasn't approved this consumer/,
      fix: /Admin approved users are pre-authorized/
    })
  })

  scenario('O23', 'an auth URL whose refresh token was revoked', async () => {
    const revoked = sim.authUrl.replace(
      /5Aep861[A-Za-z0-9._]+/,
      '5Aep861RevokedTokenValue0000000000000000'
    )
    const run = await runAction(sim, { 'auth-url': revoked }, { workspace: passingProject() })
    expectInvariants(run, sim, {
      orgFailed: true,
      cause: /expired access\/refresh token/,
      fix: /sf org login web/,
      secrets: ['5Aep861RevokedTokenValue0000000000000000']
    })
  })

  scenario('O24', 'a JWT for the wrong connected app (client id)', async () => {
    const run = await runAction(
      sim,
      { ...jwtInputs(sim), 'client-id': '3MVG9WrongConsumerKey' },
      { workspace: passingProject() }
    )
    expectInvariants(run, sim, {
      orgFailed: true,
      cause: /JWT bearer sign-in failed/,
      fix: /client-id|consumer key/
    })
  })

  scenario(
    'O25',
    'a light poll saying done while the detailed read still says InProgress: poll on',
    async () => {
      for (const api of ['rest', 'soap']) {
        sim.faults.staleDetailReads(1)
        const run = await expectDeploySucceeds(sim, { api, 'test-level': 'RunLocalTests' })
        expect(run.log).toContain('the detailed read still says InProgress; polling on.')
      }
    }
  )
})
