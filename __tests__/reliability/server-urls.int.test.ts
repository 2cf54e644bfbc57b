/**
 * URLs and tokens the server hands back: the instance URL a token endpoint issues, the
 * `nextRecordsUrl` of a query page, and a refresh token issued with a sign-in. None may steer the
 * session to another host, and every issued token is a secret from the moment it arrives. Each
 * scenario drives the real run() against the simulator.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect } from 'vitest'
import type { Route, Simulator } from '../../simulator/index.ts'
import { OAUTH_ROUTES } from '../../simulator/routes/oauth-routes.ts'
import { decodeCommand, passingProject, runAction, startSim } from '../integration/harness.ts'
import { expectInvariants, scenario } from './kit.ts'

/** The simulator's token route, with its JSON answer passed through `rewrite`. */
function rewriteToken(rewrite: (answer: Record<string, unknown>) => void): Route {
  const token = OAUTH_ROUTES[0] as Route
  return {
    ...token,
    name: 'oauth token, rewritten',
    async handle(req, sim) {
      const response = await token.handle(req, sim)
      if (response.status !== 200) return response
      const answer = JSON.parse(String(response.body)) as Record<string, unknown>
      rewrite(answer)
      return { ...response, body: JSON.stringify(answer) }
    }
  }
}

/** A server on 127.0.0.1 standing for another host: it records what reaches it. */
async function otherHost(): Promise<{ server: Server; port: number; received: string[] }> {
  const received: string[] = []
  const server = createServer((req, res) => {
    received.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`)
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end('{"totalSize":0,"done":true,"records":[]}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, port: (server.address() as AddressInfo).port, received }
}

describe('URLs and tokens the server hands back', () => {
  let sim: Simulator | undefined
  let other: Server | undefined
  afterEach(async () => {
    await sim?.close()
    await new Promise((resolve) => (other ? other.close(resolve) : resolve(undefined)))
    sim = undefined
    other = undefined
  })

  scenario(
    'S17',
    'an instance URL the token endpoint issues on another host or over plain http is refused before the session is used',
    async () => {
      for (const issued of ['https://attacker.example.net', 'http://acme.my.salesforce.com']) {
        sim = await startSim({
          routes: [rewriteToken((answer) => (answer.instance_url = issued))]
        })
        const run = await runAction(
          sim,
          { 'auth-url': sim.authUrl, 'test-level': 'RunLocalTests' },
          { workspace: passingProject() }
        )
        expectInvariants(run, sim, {
          orgFailed: true,
          cause: new RegExp(`instance URL the session is not sent to: "${issued}"`)
        })
        // Nothing after the sign-in reached any host.
        expect(sim.requests.filter((r) => r.operation !== 'token')).toEqual([])
        expect(sim.deploys).toHaveLength(0)
        await sim.close()
        sim = undefined
      }
    }
  )

  scenario(
    'S18',
    'a nextRecordsUrl that names another host is refused and the token never reaches it',
    async () => {
      const host = await otherHost()
      other = host.server
      const refused = new RegExp(
        `another host \\(http://localhost:${host.port}, not http://127\\.0\\.0\\.1`
      )
      const cases: [string, RegExp][] = [
        // Appended as a string, `@host/…` would turn the instance into userinfo of that host;
        // resolved as a URL it is a path on the org, which the org does not know.
        [`@localhost:${host.port}/services/data/v62.0/query/01g-2000`, /NOT_FOUND/],
        [`//localhost:${host.port}/services/data/v62.0/query/01g-2000`, refused],
        [`http://localhost:${host.port}/services/data/v62.0/query/01g-2000`, refused]
      ]
      for (const [nextRecordsUrl, cause] of cases) {
        const firstPage: Route = {
          name: 'query with a hostile next page',
          methods: ['GET'],
          path: /^\/services\/data\/v[\d.]+\/query$/,
          transport: 'rest',
          operation: () => 'query',
          handle: () => ({
            status: 200,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ totalSize: 4000, done: false, records: [], nextRecordsUrl })
          })
        }
        sim = await startSim({ routes: [firstPage] })
        // backup: auto queries the Organization row before the deploy.
        const run = await runAction(
          sim,
          { backup: 'auto', 'test-level': 'RunLocalTests' },
          { workspace: passingProject() }
        )
        expectInvariants(run, sim, { orgFailed: true, cause })
        expect(host.received).toEqual([])
        expect(sim.deploys).toHaveLength(0)
        await sim.close()
        sim = undefined
      }
    }
  )

  scenario(
    'S19',
    'a refresh token issued with a JWT sign-in is masked and redacted the moment it arrives',
    async () => {
      const rotated = 'ROTATED-refresh-token-5f0c2a9e7d'
      sim = await startSim({ routes: [rewriteToken((answer) => (answer.refresh_token = rotated))] })
      const run = await runAction(
        sim,
        {
          'jwt-key': sim.jwt.privateKeyPem,
          'client-id': sim.jwt.clientId,
          username: sim.jwt.username,
          'login-url': sim.baseUrl,
          'test-level': 'RunLocalTests'
        },
        { workspace: passingProject() }
      )
      const masks = run.log
        .split('\n')
        .filter((line) => line.startsWith('::add-mask::'))
        .map((line) => decodeCommand(line.slice('::add-mask::'.length)))
      expect(masks).toContain(rotated)
      expectInvariants(run, sim, { orgFailed: false, secrets: [rotated] })
      expect(run.failed).toBe(false)
    }
  )
})
