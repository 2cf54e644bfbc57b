// A push request that reads Succeeded or Failed before its jobs do: the run is finished only when
// the request and every job have a final status, and otherwise says which orgs have not ended.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import {
  dependentPackageConflict,
  pushController,
  type PushController
} from '../../simulator/push/index.ts'
import { eligibleFor20 } from '../support/push-orgs.ts'
import { runAction, startSim } from './harness.ts'

let sim: Simulator
let push: PushController

beforeEach(async () => {
  sim = await startSim()
  push = pushController(sim.context)
  // Six orgs in three waves of two, 30 s each, after a 5 s start lag: the request ends 95 s after
  // Pending, and its job records trail it by 60 s.
  Object.assign(push.scenario, {
    concurrency: 2,
    jobMs: 30_000,
    startLagMs: 5_000,
    jobStatusLagMs: 60_000
  })
})

afterEach(async () => {
  await sim.close()
})

function sixOrgs(): string[] {
  return eligibleFor20(sim)
    .slice(0, 6)
    .map((s) => s.orgKey)
}

function pushInputs(orgs: string[], extra: Record<string, string> = {}): Record<string, string> {
  return {
    mode: 'push-upgrade',
    'package-version-id': push.versionId('2.0'),
    orgs: orgs.join(','),
    ...extra
  }
}

/** The simulator's jobs of the only request, by creation order (which decides their wave). */
function jobsByIndex(): { orgKey: string; index: number }[] {
  const request = push.requests()[0]
  return [...(request?.jobs ?? [])].sort((a, b) => a.index - b.index)
}

describe('a push request that ends before its jobs', () => {
  it('keeps following until every job has ended, then counts and reports the late failures', async () => {
    const orgs = sixOrgs()
    const failing = new Set(orgs.slice(4))
    push.scenario.outcome = (s) =>
      failing.has(s.orgKey)
        ? { outcome: 'Failed', errors: [dependentPackageConflict()] }
        : { outcome: 'Succeeded' }

    const r = await runAction(sim, pushInputs(orgs))

    // The failing orgs are the last wave: the request read Failed while their jobs still ran.
    expect(
      jobsByIndex()
        .slice(4)
        .map((j) => j.orgKey)
    ).toEqual(orgs.slice(4))
    const id = push.requests()[0]?.id ?? ''
    expect(r.log).toContain(
      `Push ${id}: Failed · 2/6 ended · Pending 2 · In Progress 2 · Succeeded 2`
    )

    expect(r.failed).toBe(true)
    expect(r.failure).toContain('2 of 6 orgs failed')
    expect(r.outputs).toMatchObject({
      'push-status': 'Failed',
      'push-orgs-scheduled': '6',
      'push-succeeded': '4',
      'push-failed': '2',
      'push-in-progress': '0',
      success: 'false'
    })
    expect(r.summary).toContain('## ❌ Push upgrade')
    expect(r.summary).toContain('| Succeeded | 4 |')
    expect(r.summary).toContain('| Failed | 2 |')
    expect(r.summary).toContain('### Failed orgs (2)')
    for (const org of failing) expect(r.summary).toContain(`\`${org}\``)
    expect(r.summary).not.toContain('Not ended when the wait stopped')
    const csv = readFileSync(
      path.join(r.env.workspace, 'sf-deploy-results', 'push-failures.csv'),
      'utf8'
    )
    for (const org of failing) expect(csv).toContain(org)
  })

  it('when the wait ends first, reports the push as not finished and names the orgs still running', async () => {
    const orgs = sixOrgs()
    push.scenario.outcome = () => ({ outcome: 'Succeeded' })

    // The wait ends 120 s after Pending: the request reads Succeeded (since 95 s), the job records
    // show 60 s ago: the first wave Succeeded, the second In Progress, the third Pending.
    const r = await runAction(sim, pushInputs(orgs, { wait: '2' }))

    const jobs = jobsByIndex()
    const running = jobs.slice(2, 4).map((j) => j.orgKey)
    const waiting = jobs.slice(4).map((j) => j.orgKey)
    expect(r.failed).toBe(false)
    expect(r.outputs).toMatchObject({
      'push-status': 'Succeeded',
      'push-succeeded': '2',
      'push-failed': '0',
      'push-in-progress': '4'
    })
    expect(r.outputs.success).toBeUndefined()
    const warning = r.commands.find(
      (c) => c.startsWith('::warning::') && c.includes('keeps running')
    )
    expect(warning).toContain('4 not ended')
    expect(warning).toContain(
      'The request already reads Succeeded, but its jobs have not all ended.'
    )
    for (const org of [...running, ...waiting]) expect(warning).toContain(org)
    expect(r.summary).toContain('## ⏳ Push upgrade')
    expect(r.summary).toContain('### Not ended when the wait stopped (4)')
    for (const org of running)
      expect(r.summary).toMatch(new RegExp(`\`${org}\` \\|.*\\| In Progress \\|`))
    for (const org of waiting)
      expect(r.summary).toMatch(new RegExp(`\`${org}\` \\|.*\\| Pending \\|`))
    expect(r.summary).not.toContain('orgs upgraded')
  })
})
