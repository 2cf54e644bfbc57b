import { Agent } from 'undici'
import { afterEach, beforeEach, describe, expect } from 'vitest'
import type { HttpTransport } from '../../src/http/transport.ts'
import { createUndiciTransport } from '../../src/http/undici-transport.ts'
import type { Simulator } from '../../simulator/index.ts'
import { passingProject, runAction, startSim } from '../integration/harness.ts'
import { expectDeploySucceeds, expectInvariants, scenario } from './kit.ts'

describe('network faults', () => {
  let sim: Simulator
  beforeEach(async () => {
    sim = await startSim()
  })
  afterEach(async () => {
    await sim.close()
  })

  scenario('N01', 'connection reset mid-poll', async () => {
    sim.faults.add({ operation: 'checkDeployStatus', kind: 'reset', skip: 1, times: 2 })
    const run = await expectDeploySucceeds(sim, { 'test-level': 'RunLocalTests' })
    expect(run.log).toMatch(
      /network error talking to 127\.0\.0\.1:\d+: (ECONNRESET|UND_ERR_SOCKET)[^\n]*; will keep polling/
    )
  })

  scenario('N02', '502 burst while polling', async () => {
    sim.faults.add({
      operation: 'checkDeployStatus',
      kind: 'http',
      status: 502,
      body: '<html>Bad Gateway</html>',
      contentType: 'text/html',
      skip: 1,
      times: 4
    })
    const run = await expectDeploySucceeds(sim, { 'test-level': 'RunLocalTests' })
    expect(run.log.match(/will keep polling/g)).toHaveLength(1)
  })

  scenario('N03', '503 burst through SOAP, with an HTML maintenance page', async () => {
    sim.faults.add({
      operation: 'checkDeployStatus',
      kind: 'http',
      status: 503,
      body: '<html><body>Down for maintenance</body></html>',
      contentType: 'text/html',
      times: 3
    })
    await expectDeploySucceeds(sim, { api: 'soap', 'test-level': 'RunLocalTests' })
  })

  scenario('N04', 'responses slower than the request timeout', async () => {
    sim.faults.add({
      operation: 'checkDeployStatus',
      kind: 'latency',
      ms: 1_500,
      skip: 1,
      times: 1
    })
    const http = createUndiciTransport(400)
    const run = await expectDeploySucceeds(
      sim,
      { 'test-level': 'RunLocalTests' },
      { deps: { http } }
    )
    expect(run.log).toMatch(/network error talking to [^:]+:\d+: UND_ERR_HEADERS_TIMEOUT/)
  })

  scenario('N05', 'an instance host that does not resolve', async () => {
    // A resolver that fails like DNS does for an unknown name, so no query leaves this machine.
    const agent = new Agent({
      connect: {
        lookup: (hostname, _options, callback) =>
          callback(
            Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }),
            '',
            4
          )
      }
    })
    const http: HttpTransport = createUndiciTransport(5_000, agent)
    const run = await runAction(
      sim,
      { 'access-token': sim.accessToken, 'instance-url': 'https://acme-typo.my.salesforce.com' },
      { workspace: passingProject(), deps: { http } }
    )
    expectInvariants(run, sim, {
      orgFailed: true,
      cause: /acme-typo\.my\.salesforce\.com/,
      fix: /instance-url/
    })
    expect(run.failure).toContain('ENOTFOUND')
    expect(sim.requests).toHaveLength(0)
  })
})
