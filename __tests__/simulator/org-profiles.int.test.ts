/**
 * Org profiles: an org at the current release (API 68.0) returns `locationsCovered`, and the
 * action reports covered lines end to end; sandbox and scratch orgs differ from production where
 * real ones do (IsSandbox, trial expiry, JWT audience, NoTestRun, default test level).
 */
import { generateKeyPairSync, sign } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import {
  CURRENT_API_VERSION,
  type Simulator,
  type SimulatorOptions,
  startSimulator
} from '../../simulator/index.ts'
import { passingProject, runAction } from '../integration/harness.ts'
import { rest } from './support.ts'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})
async function start(options: SimulatorOptions): Promise<Simulator> {
  sim = await startSimulator(options)
  return sim
}

function assertion(s: Simulator, aud: string, key = s.jwt.privateKeyPem): string {
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url')
  const body = `${part({ alg: 'RS256' })}.${part({
    iss: s.jwt.clientId,
    sub: s.jwt.username,
    aud,
    exp: Math.floor(Date.now() / 1000) + 180
  })}`
  return `${body}.${sign('RSA-SHA256', Buffer.from(body), key).toString('base64url')}`
}

async function jwtLogin(s: Simulator, aud: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`${s.baseUrl}/services/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      assertion: assertion(s, aud)
    }).toString()
  })
  return { status: response.status, body: await response.text() }
}

async function organization(s: Simulator): Promise<Record<string, unknown>> {
  const { json } = await rest(
    s,
    'GET',
    `/services/data/v66.0/query?q=${encodeURIComponent('SELECT IsSandbox, OrganizationType, TrialExpirationDate FROM Organization')}`
  )
  return (json as { records: Record<string, unknown>[] }).records[0] ?? {}
}

describe('the current-release profile (API 68.0)', () => {
  it('reports covered lines end to end: the org sends locationsCovered, the action writes them', async () => {
    const s = await start({ profile: 'current' })
    expect(CURRENT_API_VERSION).toBe('68.0')
    const run = await runAction(
      s,
      { mode: 'validate', 'test-level': 'RunLocalTests', 'api-version': '68.0' },
      { workspace: passingProject() }
    )
    expect(run.failure).toBeUndefined()
    expect(s.requests.some((r) => r.path.startsWith('/services/Soap/m/68.0'))).toBe(true)
    const cobertura = readFileSync(run.outputs['coverage-path'] ?? '', 'utf8')
    expect(cobertura).toMatch(/<line number="\d+" hits="1"/)
    const json = readFileSync(run.outputs['summary-json-path'] ?? '', 'utf8')
    expect(json).toContain('linesCovered')
  })

  it('an org at 66.0 sends no locationsCovered, so the action has no covered lines to report', async () => {
    const s = await start({ profile: 'production' })
    const run = await runAction(
      s,
      { mode: 'validate', 'test-level': 'RunLocalTests' },
      { workspace: passingProject() }
    )
    expect(run.failure).toBeUndefined()
    const json = readFileSync(run.outputs['summary-json-path'] ?? '', 'utf8')
    expect(json).not.toContain('linesCovered')
  })
})

describe('sandbox and scratch profiles', () => {
  it('a sandbox reports IsSandbox and takes JWT logins for test.salesforce.com, not login', async () => {
    const s = await start({ profile: 'sandbox' })
    expect(await organization(s)).toMatchObject({ IsSandbox: true, TrialExpirationDate: null })
    const login = await jwtLogin(s, 'https://login.salesforce.com')
    expect(login.status).toBe(400)
    expect(JSON.parse(login.body)).toEqual({
      error: 'invalid_grant',
      error_description: 'audience is invalid'
    })
    expect((await jwtLogin(s, 'https://test.salesforce.com')).status).toBe(200)
    expect((await jwtLogin(s, s.baseUrl)).status).toBe(200)
  })

  it('production takes login.salesforce.com and refuses test.salesforce.com', async () => {
    const s = await start({ profile: 'production' })
    expect(await organization(s)).toMatchObject({
      IsSandbox: false,
      OrganizationType: 'Enterprise Edition'
    })
    expect((await jwtLogin(s, 'https://login.salesforce.com')).status).toBe(200)
    expect((await jwtLogin(s, 'https://test.salesforce.com')).status).toBe(400)
  })

  it('a scratch org is sandbox-like with a trial expiry, and deploys with NoTestRun', async () => {
    const s = await start({ profile: 'scratch' })
    const org = await organization(s)
    expect(org).toMatchObject({ IsSandbox: true, OrganizationType: 'Developer Edition' })
    expect(String(org['TrialExpirationDate'])).toMatch(/^\d{4}-\d\d-\d\dT/)
    const run = await runAction(s, { 'test-level': 'NoTestRun' }, { workspace: passingProject() })
    expect(run.failure).toBeUndefined()
    expect(s.deploys.at(-1)?.status).toBe('Succeeded')
  })

  it('a bad signature is still refused whatever the audience', async () => {
    const s = await start({ profile: 'sandbox' })
    const other = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' }
    })
    const response = await fetch(`${s.baseUrl}/services/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        assertion: assertion(s, 'https://test.salesforce.com', other.privateKey)
      }).toString()
    })
    expect(response.status).toBe(400)
  })
})
