import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Simulator } from '../../simulator/index.ts'
import {
  dependentPackageConflict,
  pushController,
  type PushController
} from '../../simulator/push/index.ts'
import type { Clock } from '../../src/shared/clock.ts'
import { eligibleFor20 } from '../support/push-orgs.ts'
import { runAction, startSim } from './harness.ts'

let sim: Simulator
let push: PushController

beforeEach(async () => {
  sim = await startSim()
  push = pushController(sim.context)
})

afterEach(async () => {
  await sim.close()
})

function pushInputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    mode: 'push-upgrade',
    'package-version-id': push.versionId('2.0'),
    orgs: 'all',
    ...extra
  }
}

/**
 * The simulator's clock, plus someone aborting the request in Setup > Push Upgrade History a minute
 * after the action set it to Pending (before its scheduled start).
 */
function abortedInSetupClock(): Clock {
  return {
    now: () => sim.clock.now(),
    sleep: async (ms) => {
      await sim.clock.advance(ms)
      const request = push.requests()[0]
      if (request?.pendingAt != null && request.canceledAt === null)
        if (sim.clock.now() >= request.pendingAt + 60_000) request.canceledAt = sim.clock.now()
    }
  }
}

describe('push-upgrade edges', () => {
  it('fails when the request was canceled in the org before it ran, instead of passing with 0 of 0 upgraded', async () => {
    push.scenario.outcome = () => ({ outcome: 'Succeeded' })
    const start = new Date(sim.clock.now() + 20 * 60_000).toISOString()
    const r = await runAction(sim, pushInputs({ 'start-time': start }), {
      clock: abortedInSetupClock()
    })

    const request = push.requests()[0]
    expect(request?.canceledAt).not.toBeNull()
    expect(r.failed).toBe(true)
    expect(r.outputs.success).toBe('false')
    expect(r.outputs['push-status']).toBe('Canceled')
    expect(r.outputs['push-succeeded']).toBe('0')
    expect(r.outputs['push-canceled']).toBe(r.outputs['push-orgs-scheduled'])
    expect(r.failure).toContain(`Push request ${request?.id ?? ''} was canceled in the org`)
    expect(r.summary).toMatch(/^## ❌ Push upgrade:/m)
    expect(r.summary).toContain('Setup > Push Upgrade History, then run again')
    // The action itself never canceled it: its only status change was Pending.
    const patches = sim.requests.filter((q) => q.operation === 'updatePushRequest')
    expect(patches.map((p) => JSON.parse(p.body))).toEqual([{ Status: 'Pending' }])
  })

  it('passes when exactly fail-threshold percent of the orgs failed (7 of 100 at 7 %)', async () => {
    push.reseed({ subscribers: 100, mix: 'all-eligible' })
    const failing = new Set(push.state.subscribers.slice(0, 7).map((s) => s.orgKey))
    push.scenario.outcome = (s) =>
      failing.has(s.orgKey)
        ? { outcome: 'Failed', errors: [dependentPackageConflict()] }
        : { outcome: 'Succeeded' }
    const r = await runAction(sim, pushInputs({ 'fail-threshold': '7' }))

    expect(r.outputs['push-failed']).toBe('7')
    expect(r.outputs['push-succeeded']).toBe('93')
    expect(r.failed).toBe(false)
    expect(r.outputs.success).toBe('true')
    expect(r.summary).toContain('93 of 100 orgs upgraded; 7 failed (7 %, fail-threshold 7 %)')
  })

  it('reads 18-character org ids whatever their case: an upper-cased exclude-orgs id keeps its org out', async () => {
    push.scenario.outcome = () => ({ outcome: 'Succeeded' })
    const [kept, listed, excluded] = eligibleFor20(sim).filter((s) => s.orgKey.length === 18)
    if (!kept || !listed || !excluded) throw new Error('the sample package has eligible orgs')
    // As a spreadsheet or a data warehouse hands them back: 18-character ids are case-safe.
    expect(excluded.orgKey.toUpperCase()).not.toBe(excluded.orgKey)
    const r = await runAction(
      sim,
      pushInputs({
        orgs: [kept.orgKey, listed.orgKey.toUpperCase(), excluded.orgKey].join(','),
        'exclude-orgs': excluded.orgKey.toUpperCase()
      })
    )

    expect(r.failed).toBe(false)
    expect(r.outputs['push-orgs-selected']).toBe('2')
    expect(
      push
        .requests()[0]
        ?.jobs.map((j) => j.orgKey)
        .sort()
    ).toEqual([kept.orgKey, listed.orgKey].sort())
    expect(r.summary).toMatch(/\| listed in exclude-orgs \| 1 \|/)
    expect(r.summary).not.toContain('not a subscriber of this package')
  })

  it('counts every scheduled org as not ended when it does not follow the push, and shows no job counts it never read', async () => {
    const start = new Date(sim.clock.now() + 3 * 3_600_000).toISOString()
    const r = await runAction(sim, pushInputs({ 'start-time': start, wait: '60' }))

    const scheduled = push.requests()[0]?.jobs.length ?? 0
    expect(scheduled).toBeGreaterThan(0)
    expect(r.failed).toBe(false)
    expect(r.outputs['push-status']).toBe('Pending')
    expect(r.outputs['push-orgs-scheduled']).toBe(String(scheduled))
    expect(r.outputs['push-in-progress']).toBe(String(scheduled))
    expect(r.summary).toMatch(/^## ⏳ Push upgrade scheduled:/m)
    expect(r.summary).not.toContain('### Jobs by status')
    expect(r.summary).toContain(`${scheduled} scheduled`)
  })
})
