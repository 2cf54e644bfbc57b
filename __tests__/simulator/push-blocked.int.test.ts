/**
 * Push upgrades against the simulator: subscribers that block push upgrades (customized push
 * upgrades: PackageSubscriber.HasRestrictionEnabled / CustomUpgradeType = BlockedBySubscriber)
 * are left out and reported by the action; first-generation versions carry build numbers and are
 * still shown and matched as `2.0`; an org before API 60.0 has no block fields and still works.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Simulator, startSimulator } from '../../simulator/index.ts'
import { type PushController, pushController } from '../../simulator/push/index.ts'
import { runAction } from '../integration/harness.ts'
import { rest } from './support.ts'

let sim: Simulator
let push: PushController
beforeEach(async () => {
  sim = await startSimulator()
  push = pushController(sim.context)
})
afterEach(async () => {
  await sim.close()
})

function dryRun(extra: Record<string, string> = {}): ReturnType<typeof runAction> {
  return runAction(sim, {
    mode: 'push-upgrade',
    'package-version-id': push.versionId('2.0'),
    orgs: 'all',
    'dry-run': 'true',
    ...extra
  })
}

describe('subscribers that block push upgrades', () => {
  it('the sample package has some, and the org reports them', async () => {
    const blocked = push.state.subscribers.filter((s) => s.hasRestrictionEnabled)
    expect(blocked.length).toBeGreaterThan(0)
    expect(blocked.every((s) => s.customUpgradeType === 'BlockedBySubscriber')).toBe(true)
    const soql = `SELECT OrgKey, HasRestrictionEnabled, CustomUpgradeType FROM PackageSubscriber WHERE OrgKey = '${blocked[0]?.orgKey ?? ''}'`
    const { json } = await rest(
      sim,
      'GET',
      `/services/data/v66.0/query?q=${encodeURIComponent(soql)}`
    )
    expect((json as { records: unknown[] }).records[0]).toMatchObject({
      HasRestrictionEnabled: true,
      CustomUpgradeType: 'BlockedBySubscriber'
    })
    const old = await rest(sim, 'GET', `/services/data/v59.0/query?q=${encodeURIComponent(soql)}`)
    expect(old.status).toBe(400)
    expect(old.text).toContain('INVALID_FIELD')
  })

  it('are excluded with their reason, and never get a job', async () => {
    push.scenario.outcome = () => ({ outcome: 'Succeeded' })
    const blocked = push.state.subscribers.filter(
      (s) => s.hasRestrictionEnabled && s.installedStatus === 'i' && s.orgStatus !== 'Inactive'
    )
    const r = await dryRun()
    expect(r.failed).toBe(false)
    expect(r.summary).toContain(
      `| the subscriber blocks push upgrades of this package | ${blocked.length} |`
    )
    const real = await runAction(sim, {
      mode: 'push-upgrade',
      'package-version-id': push.versionId('2.0'),
      orgs: 'all',
      wait: '0'
    })
    expect(real.failure).toBeUndefined()
    const jobs = sim.requests
      .filter((req) => req.operation === 'createPushJobs')
      .flatMap(
        (req) =>
          (JSON.parse(req.body) as { records: { SubscriberOrganizationKey: string }[] }).records
      )
      .map((job) => job.SubscriberOrganizationKey)
    expect(jobs.length).toBeGreaterThan(0)
    for (const s of blocked) expect(jobs).not.toContain(s.orgKey)
  })

  it('against an org before API 60.0 (no block fields) the push still selects its orgs', async () => {
    const r = await dryRun({ 'api-version': '59.0' })
    expect(r.failed).toBe(false)
    expect(r.summary).not.toContain('blocks push upgrades')
    expect(
      sim.requests.some(
        (req) => req.status === 400 && /HasRestrictionEnabled/.test(req.query['q'] ?? '')
      )
    ).toBe(true)
  })
})

describe('first-generation build numbers', () => {
  it('every version has one; the action still shows and matches 2.0', async () => {
    const soql =
      'SELECT MajorVersion, MinorVersion, PatchVersion, BuildNumber, ReleaseState FROM MetadataPackageVersion'
    const { json } = await rest(
      sim,
      'GET',
      `/services/data/v66.0/query?q=${encodeURIComponent(soql)}`
    )
    const rows = (json as { records: { BuildNumber: number | null; MinorVersion: number }[] })
      .records
    expect(rows.every((row) => typeof row.BuildNumber === 'number' && row.BuildNumber > 0)).toBe(
      true
    )
    // The 1.3 beta and the 1.3 release are two uploads of one number: builds 1 and 2.
    expect(rows.filter((row) => row.MinorVersion === 3).map((row) => row.BuildNumber)).toEqual([
      1, 2
    ])
    const r = await dryRun()
    expect(r.summary).toContain('Push upgrade dry run: Sim Insights 2.0')
    expect(r.summary).not.toMatch(/\b2\.0\.0\.\d/)
  })
})
