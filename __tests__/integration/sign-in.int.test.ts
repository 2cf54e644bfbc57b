/**
 * Signing in as admins set it up, and get it wrong: each mistake stops the run with a message
 * that names the input and the fix, and keeps Salesforce's own error text.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { runPost } from '../../src/action/post-step.ts'
import type { Route, Simulator } from '../../simulator/index.ts'
import { setupActionEnv } from '../support/action-env.ts'
import { stdoutLines } from '../support/workflow-commands.ts'
import { expectNoSecrets } from '../reliability/kit.ts'
import { passingProject, runAction, simClock, startSim } from './harness.ts'

const jwtInputs = (sim: Simulator): Record<string, string> => ({
  'jwt-key': sim.jwt.privateKeyPem,
  'client-id': sim.jwt.clientId,
  username: sim.jwt.username,
  'login-url': sim.baseUrl
})

/** A token endpoint answering every request with one OAuth error body. */
function tokenError(error: string, description: string): Route {
  return {
    name: `token endpoint answering ${error}`,
    methods: ['POST'],
    path: /^\/services\/oauth2\/token$/,
    transport: 'oauth',
    operation: () => 'token',
    handle: () => ({
      status: 400,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ error, error_description: description })
    })
  }
}

describe('signing in', () => {
  let sim: Simulator
  afterEach(async () => {
    await sim.close()
  })

  it('a JWT key pasted with literal \\n sequences for its line breaks signs in and deploys', async () => {
    sim = await startSim()
    const oneLine = sim.jwt.privateKeyPem.trim().replace(/\n/g, '\\n')
    const run = await runAction(
      sim,
      { ...jwtInputs(sim), 'jwt-key': oneLine, 'test-level': 'RunLocalTests' },
      { workspace: passingProject() }
    )
    expect(run.failure).toBeUndefined()
    expect(run.outputs.success).toBe('true')
    expect(sim.requests.filter((r) => r.operation === 'token')).toHaveLength(1)
    expectNoSecrets(run, sim, [oneLine])
  })

  it('a certificate given as jwt-key is refused before any request, saying which file goes where', async () => {
    sim = await startSim()
    const certificate =
      '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIUcertificatebody\n-----END CERTIFICATE-----\n'
    const run = await runAction(
      sim,
      { ...jwtInputs(sim), 'jwt-key': certificate },
      { workspace: passingProject() }
    )
    expect(run.failure).toMatch(
      /jwt-key: the value \(hidden\) is a certificate, not the private key: the certificate \(server\.crt\) is uploaded to the connected app, and jwt-key takes the private key/
    )
    expect(sim.requests).toHaveLength(0)
  })

  it("a runner clock minutes behind: Salesforce's expired authorization code, and the clock to fix", async () => {
    sim = await startSim()
    const behind = { now: () => sim.clock.now() - 10 * 60_000, sleep: simClock(sim).sleep }
    const run = await runAction(sim, jwtInputs(sim), {
      workspace: passingProject(),
      clock: behind
    })
    expect(run.failure).toBe(
      'JWT bearer sign-in failed: invalid_grant (expired authorization code). The JWT had expired by the time ' +
        "Salesforce read it (it is valid for 3 minutes): check that this machine's clock is correct, synchronised with a time server."
    )
    expect(sim.deploys).toHaveLength(0)
  })

  it('a username of another org: the message names username and login-url', async () => {
    sim = await startSim()
    const run = await runAction(
      sim,
      { ...jwtInputs(sim), username: 'ci@acme.com.uat' },
      { workspace: passingProject() }
    )
    expect(run.failure).toMatch(/^JWT bearer sign-in failed: invalid_grant \(invalid assertion\)\./)
    expect(run.failure).toMatch(/check that username is a user of the org login-url leads to/)
    expect(run.failure).toMatch(/a sandbox signs in at https:\/\/test\.salesforce\.com/)
  })

  it.each([
    ['JWT', (s: Simulator) => jwtInputs(s), 'JWT bearer'],
    ['auth URL', (s: Simulator) => ({ 'auth-url': s.authUrl }), 'SFDX auth URL']
  ])(
    "a sign-in from outside the user's login IP ranges (%s) says how to let the runner in",
    async (_name, inputs, flow) => {
      sim = await startSim({ routes: [tokenError('invalid_grant', 'ip restricted')] })
      const run = await runAction(sim, inputs(sim), { workspace: passingProject() })
      expect(run.failure).toMatch(
        new RegExp(
          `^${flow} sign-in failed: invalid_grant \\(ip restricted\\)\\. Salesforce refused a sign-in from this runner's IP address`
        )
      )
      expect(run.failure).toMatch(/IP Relaxation to "Relax IP restrictions"/)
      expect(sim.deploys).toHaveLength(0)
    }
  )

  it('an access token of another org stops the run, naming that cause among the others', async () => {
    sim = await startSim()
    const run = await runAction(
      sim,
      {
        'access-token': '00D000000000001!AQ0AQotherOrgSessionIdValue1234567890abcdef',
        'instance-url': sim.baseUrl
      },
      { workspace: passingProject() }
    )
    expect(run.failure).toMatch(
      /^The org refused the access token \(INVALID_SESSION_ID\), and an access token cannot be refreshed\./
    )
    expect(run.failure).toMatch(/belongs to an org other than instance-url/)
    expect(run.failure).toMatch(/locks sessions to the IP address they started from/)
    expect(sim.deploys).toHaveLength(0)
  })

  it('an access token expiring mid-deploy stops the step, naming the deploy-id output to follow', async () => {
    sim = await startSim()
    sim.faults.expireSessionsAt(sim.clock.now() + 500)
    const run = await runAction(
      sim,
      { 'test-level': 'RunLocalTests' },
      { workspace: passingProject() }
    )
    expect(run.failed).toBe(true)
    expect(run.outputs['deploy-id']).toBe(sim.deploys[0]?.id)
    expect(run.failure).toMatch(
      /A deploy already submitted goes on in the org: follow it with mode: report and the deploy-id output/
    )
    expect(run.summary).toContain('mode: report')
    // The org may still deploy it: the heading must not say the deploy failed.
    expect(run.summary).toMatch(/^## ⚠️ Deploy: outcome unknown$/m)
    expect(run.summary).not.toContain('Deploy failed')
    expect(run.failure).toContain(
      `Deploy ${run.outputs['deploy-id']} was submitted, and this error came before the run saw it end`
    )
  })

  it.each([
    [
      'login-url',
      'https://acme--uat.sandbox.lightning.force.com',
      'https://acme--uat.sandbox.my.salesforce.com'
    ],
    ['instance-url', 'https://acme.my.salesforce-setup.com', 'https://acme.my.salesforce.com']
  ])(
    '%s copied from the browser (%s) is refused, naming the My Domain URL',
    async (input, url, myDomain) => {
      sim = await startSim()
      const inputs: Record<string, string> =
        input === 'login-url'
          ? { ...jwtInputs(sim), 'login-url': url }
          : { 'access-token': sim.accessToken, 'instance-url': url }
      const run = await runAction(sim, inputs, { workspace: passingProject() })
      expect(run.failure).toContain(
        `${input}: "${url}" is the org's Lightning Experience or Setup address, which serves the browser, not the API; give its My Domain URL, ${myDomain}.`
      )
      expect(sim.requests).toHaveLength(0)
    }
  )

  it('a login-url given as the token endpoint is refused, naming the URL to give', async () => {
    sim = await startSim()
    const run = await runAction(
      sim,
      { ...jwtInputs(sim), 'login-url': 'https://acme.my.salesforce.com/services/oauth2/token' },
      { workspace: passingProject() }
    )
    expect(run.failure).toContain(
      'login-url: "https://acme.my.salesforce.com/services/oauth2/token" has a path; give the org URL alone, https://acme.my.salesforce.com.'
    )
    expect(sim.requests).toHaveLength(0)
  })

  it('the post step whose session the org refuses says why, and where to cancel by hand', async () => {
    sim = await startSim()
    const workspace = passingProject()
    const main = await runAction(
      sim,
      { mode: 'validate', wait: '0.01', 'test-level': 'RunLocalTests' },
      { workspace }
    )
    const id = main.outputs['deploy-id'] ?? ''
    sim.faults.expireSessions()
    const env = setupActionEnv(
      { 'access-token': sim.accessToken, 'instance-url': sim.baseUrl },
      { workspace }
    )
    process.env['STATE_deploy-id'] = id
    const before = stdoutLines.length
    await runPost({ clock: simClock(sim) })
    const log = stdoutLines.slice(before).join('\n')
    env.restore()
    delete process.env['STATE_deploy-id']
    expect(log).toMatch(
      new RegExp(
        `::warning::Could not cancel deploy ${id}: The org refused the access token \\(INVALID_SESSION_ID\\)`
      )
    )
    expect(log).toContain('Cancel it in Setup > Deployment Status.')
    expect(sim.deploys.at(-1)?.status).not.toBe('Canceled')
  })
})
