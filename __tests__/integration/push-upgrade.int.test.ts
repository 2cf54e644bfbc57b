import { eligibleFor20 } from '../support/push-orgs.ts'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { run } from '../../src/action/main.ts'
import { runPost } from '../../src/action/post-step.ts'
import type { Simulator } from '../../simulator/index.ts'
import {
  pushController,
  unexpectedFailure,
  dependentPackageConflict,
  type PushController,
  type SimSubscriber
} from '../../simulator/push/index.ts'
import { parseCsv } from '../../src/push-upgrade/org-list.ts'
import { setupActionEnv } from '../support/action-env.ts'
import { stdoutLines, workflowCommands } from '../support/workflow-commands.ts'
import { runAction, simClock, startSim, type ActionRun } from './harness.ts'

let sim: Simulator
let push: PushController

beforeEach(async () => {
  sim = await startSim()
  push = pushController(sim.context)
})

afterEach(async () => {
  await sim.close()
})

const calls = (
  operation: string
): { body: string; path: string; query: Record<string, string> }[] =>
  sim.requests.filter((r) => r.operation === operation)

function pushInputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    mode: 'push-upgrade',
    'package-version-id': push.versionId('2.0'),
    orgs: 'all',
    ...extra
  }
}

function jobBodies(): {
  records: {
    SubscriberOrganizationKey: string
    PackagePushRequestId: string
    attributes: { type: string }
  }[]
  allOrNone: boolean
}[] {
  return calls('createPushJobs').map(
    (c) => JSON.parse(c.body) as ReturnType<typeof jobBodies>[number]
  )
}

function csvRows(r: ActionRun, file: string): string[][] {
  const text = readFileSync(path.join(r.env.workspace, 'sf-deploy-results', file), 'utf8')
  return parseCsv(text.trimEnd())
}

describe('push-upgrade mode against the simulated packaging org', () => {
  it('a second push of the same version finds the orgs the first one upgraded already on it', async () => {
    push.scenario.outcome = () => ({ outcome: 'Succeeded' })
    const eligible = eligibleFor20(sim)
    const first = await runAction(sim, pushInputs())
    expect(first.outputs['push-succeeded']).toBe(String(eligible.length))
    const again = await runAction(sim, pushInputs())
    expect(again.failed).toBe(false)
    expect(again.outputs['push-orgs-selected']).toBe('0')
    expect(again.log).toContain('No org is eligible for this push; nothing was created.')
    expect(push.requests()).toHaveLength(1)
    const upgraded = csvRows(again, 'push-selection.csv').filter((row) =>
      /already on 2\.0, at or above 2\.0/.test(row[7] ?? '')
    )
    expect(upgraded.length).toBeGreaterThanOrEqual(eligible.length)
  })

  it('pushes to every eligible subscriber, follows every job to Succeeded and reports the counts', async () => {
    push.scenario.outcome = () => ({ outcome: 'Succeeded' })
    const eligible = eligibleFor20(sim)
    const r = await runAction(sim, pushInputs())

    expect(r.failed).toBe(false)
    const request = push.requests()[0]
    expect(push.requests()).toHaveLength(1)
    expect(r.outputs['push-request-id']).toBe(request?.id)
    expect(r.outputs['push-status']).toBe('Succeeded')
    expect(r.outputs['push-orgs-selected']).toBe(String(eligible.length))
    expect(r.outputs['push-orgs-scheduled']).toBe(String(eligible.length))
    expect(r.outputs['push-succeeded']).toBe(String(eligible.length))
    expect(r.outputs['push-failed']).toBe('0')
    expect(r.outputs['push-in-progress']).toBe('0')
    expect(r.outputs.success).toBe('true')
    // Jobs exactly for the eligible orgs, in Collections batches of at most 200, allOrNone false.
    expect(new Set(request?.jobs.map((j) => j.orgKey))).toEqual(
      new Set(eligible.map((s) => s.orgKey))
    )
    const bodies = jobBodies()
    expect(bodies).toHaveLength(Math.ceil(eligible.length / 200))
    for (const body of bodies) {
      expect(body.allOrNone).toBe(false)
      expect(body.records.length).toBeLessThanOrEqual(200)
      expect(
        body.records.every(
          (rec) =>
            rec.attributes.type === 'PackagePushJob' && rec.PackagePushRequestId === request?.id
        )
      ).toBe(true)
    }
    // Pending only after every job exists, and exactly once.
    const patches = calls('updatePushRequest')
    expect(patches.map((p) => JSON.parse(p.body))).toEqual([{ Status: 'Pending' }])
    const order = sim.requests.map((q) => q.operation)
    expect(order.lastIndexOf('createPushJobs')).toBeLessThan(order.indexOf('updatePushRequest'))
    // Polls cost two calls each whatever the number of orgs: a record read and one GROUP BY count.
    const counts = calls('query').filter((q) => /GROUP BY Status/.test(q.query.q ?? ''))
    expect(counts.length).toBe(calls('readPushRequest').length)
    expect(r.log).toMatch(
      new RegExp(`Push ${request?.id}: In Progress · \\d+/${eligible.length} ended`)
    )
    expect(r.summary).toContain('### Jobs by status')
    expect(r.summary).toContain(`| Succeeded | ${eligible.length} |`)
    expect(csvRows(r, 'push-selection.csv').filter((row) => row[6] === 'Eligible')).toHaveLength(
      eligible.length
    )
    expect(existsSync(path.join(r.env.workspace, 'sf-deploy-results', 'push-failures.csv'))).toBe(
      false
    )
  })

  describe('partial failure', () => {
    function failSome(count: number): SimSubscriber[] {
      const failing = eligibleFor20(sim).slice(0, count)
      const keys = new Set(failing.map((s) => s.orgKey))
      push.scenario.outcome = (s) =>
        keys.has(s.orgKey)
          ? {
              outcome: 'Failed',
              errors: [
                failing.indexOf(s) % 2 === 0
                  ? dependentPackageConflict()
                  : unexpectedFailure(failing.indexOf(s) + 1)
              ]
            }
          : { outcome: 'Succeeded' }
      return failing
    }

    it('passes under the fail-threshold, groups the failures and writes the failures CSV', async () => {
      const failing = failSome(4)
      const eligible = eligibleFor20(sim)
      const r = await runAction(sim, pushInputs({ 'fail-threshold': '5' }))

      expect(r.failed).toBe(false)
      expect(r.outputs['push-status']).toBe('Failed') // the request fails when any org failed (A.3.2)
      expect(r.outputs['push-failed']).toBe('4')
      expect(r.outputs['push-succeeded']).toBe(String(eligible.length - 4))
      expect(r.outputs.success).toBe('true')
      expect(r.summary).toContain('### Failures by error (2 groups)')
      expect(r.summary).toMatch(/\| IneligibleUpgrade \| Dependent Package Conflict \| 2 \|/)
      expect(r.summary).toMatch(/\| UnclassifiedError \| Unexpected Failure \| 2 \|/)
      expect(r.summary).toContain('### Failed orgs (4)')
      const rows = csvRows(r, 'push-failures.csv')
      expect(rows[0]?.[0]).toBe('OrganizationId')
      expect(new Set(rows.slice(1).map((row) => row[0]))).toEqual(
        new Set(failing.map((s) => s.orgKey))
      )
      expect(rows.slice(1).filter((row) => /^\d+-\d+ \(-\d+\)$/.test(row[9] ?? ''))).toHaveLength(2)
      expect(r.outputs['push-failures-path']).toBe(
        path.join(r.env.workspace, 'sf-deploy-results', 'push-failures.csv')
      )
    })

    it('fails the step over the fail-threshold', async () => {
      failSome(4)
      const r = await runAction(sim, pushInputs({ 'fail-threshold': '1' }))

      expect(r.failed).toBe(true)
      expect(r.failure).toMatch(
        /^4 of \d+ orgs failed \([\d.]+ %\), above the fail-threshold of 1 %/
      )
      expect(r.outputs['push-failed']).toBe('4')
      expect(r.outputs.success).toBe('false')
      expect(r.summary).toContain('❌ Push upgrade')
    })

    it('fails on any failure with the default threshold of 0', async () => {
      failSome(1)
      const r = await runAction(sim, pushInputs())
      expect(r.failed).toBe(true)
      expect(r.failure).toContain('above the fail-threshold of 0 %')
    })
  })

  it('drops and reports refused job records, resends lock errors, and after a 503 re-queries before resending only the missing orgs', async () => {
    push.scenario.outcome = () => ({ outcome: 'Succeeded' })
    const eligible = eligibleFor20(sim)
    const [refusedA, refusedB, locked] = [3, 150, 10].map((i) => eligible[i] as SimSubscriber) as [
      SimSubscriber,
      SimSubscriber,
      SimSubscriber
    ]
    push.scenario.reject.set(refusedA.orgKey.slice(0, 15), {
      statusCode: 'INVALID_OPERATION',
      message: 'The organization is locked for maintenance.'
    })
    push.scenario.reject.set(refusedB.orgKey.slice(0, 15), {
      statusCode: 'UNKNOWN_EXCEPTION',
      message: 'An unexpected error occurred: 1234-5678 (-42)'
    })
    push.scenario.lockOnce.add(locked.orgKey.slice(0, 15))
    push.scenario.batchFailure = { call: 1, written: 50 }

    const r = await runAction(sim, pushInputs({ 'fail-threshold': '100' }))

    expect(r.failed).toBe(false)
    expect(r.outputs['push-orgs-rejected']).toBe('2')
    expect(r.outputs['push-orgs-scheduled']).toBe(String(eligible.length - 2))
    const jobs = new Set(push.requests()[0]?.jobs.map((j) => j.orgKey))
    expect(jobs.has(refusedA.orgKey) || jobs.has(refusedB.orgKey)).toBe(false)
    expect(jobs.has(locked.orgKey)).toBe(true)
    expect(jobs.size).toBe(eligible.length - 2)
    // The 503 came after the org had processed the first 50 records of batch 1 (writing all but the
    // refused and the locked one): the jobs were looked up, and only orgs without a job were sent again.
    const bodies = jobBodies()
    const firstBatch = bodies[0]?.records.map((rec) => rec.SubscriberOrganizationKey) ?? []
    const written = firstBatch
      .slice(0, 50)
      .filter((k) => k !== refusedA.orgKey && k !== locked.orgKey)
    expect(written).toHaveLength(48)
    expect(
      calls('query').some((q) =>
        /FROM PackagePushJob WHERE .* AND SubscriberOrganizationKey IN/.test(q.query.q ?? '')
      )
    ).toBe(true)
    expect(bodies[1]?.records.map((rec) => rec.SubscriberOrganizationKey)).toEqual(
      firstBatch.filter((k) => !written.includes(k))
    )
    expect(r.summary).toContain('> Job batches sent again: 1 (')
    expect(r.summary).toContain('### Refused at scheduling (2)')
    expect(r.summary).toContain('The organization is locked for maintenance.')
    const rejected = csvRows(r, 'push-failures.csv').filter((row) => row[5] === 'Rejected')
    expect(rejected.map((row) => row[6]).sort()).toEqual(['INVALID_OPERATION', 'UNKNOWN_EXCEPTION'])
  })

  it('cancels the request and fails when the org refuses every job', async () => {
    const target = eligibleFor20(sim)[0] as SimSubscriber
    push.scenario.reject.set(target.orgKey.slice(0, 15), {
      statusCode: 'INVALID_OPERATION',
      message: 'Not eligible.'
    })
    const r = await runAction(sim, pushInputs({ orgs: target.orgKey }))

    expect(r.failed).toBe(true)
    expect(r.failure).toContain('refused the push job of every selected org')
    expect(calls('updatePushRequest').map((p) => JSON.parse(p.body))).toEqual([
      { Status: 'Canceled' }
    ])
    expect(r.outputs['push-status']).toBe('Canceled')
  })

  it('dry run: lists who would be pushed, grouped by version and org type, and creates nothing', async () => {
    const eligible = eligibleFor20(sim)
    const r = await runAction(sim, pushInputs({ 'dry-run': 'true' }))

    expect(r.failed).toBe(false)
    expect(calls('createPushRequest')).toHaveLength(0)
    expect(calls('createPushJobs')).toHaveLength(0)
    expect(r.outputs['push-status']).toBe('dry-run')
    expect(r.outputs['push-orgs-selected']).toBe(String(eligible.length))
    expect(r.summary).toContain('Push upgrade dry run')
    expect(r.summary).toContain('**Eligible orgs by installed version and org type**')
    const production12 = eligible.filter(
      (s) => s.orgType === 'Production' && s.versionId === push.versionId('1.2')
    ).length
    expect(r.summary).toContain(`| 1.2 | Production | ${production12} |`)
    expect(r.summary).toMatch(/\| already on 2\.0, at or above 2\.0 \| \d+ \|/)
    expect(r.summary).toMatch(/\| installed version is a beta or unknown; cannot push \| \d+ \|/)
    const decisions = csvRows(r, 'push-selection.csv').slice(1)
    expect(decisions).toHaveLength(
      push.state.subscribers.filter((s) => s.installedStatus === 'i' && s.orgStatus !== 'Inactive')
        .length
    )
  })

  it('fails before creating anything when more orgs are eligible than max-orgs', async () => {
    const r = await runAction(sim, pushInputs({ 'max-orgs': '10' }))

    expect(r.failed).toBe(true)
    expect(r.failure).toMatch(
      /^\d+ orgs are eligible, more than max-orgs \(10\); nothing was created/
    )
    expect(calls('createPushRequest')).toHaveLength(0)
    expect(r.outputs['push-request-id']).toBeUndefined()
    expect(r.summary).toContain('set max-orgs to at least')
  })

  it('selects explicit orgs from a file of 15-character ids, with paging, and reports the ones it cannot push', async () => {
    push.scenario.outcome = () => ({ outcome: 'Succeeded' })
    push.scenario.pageSize = 25
    const eligible = eligibleFor20(sim).slice(0, 30)
    const inactive = push.state.subscribers.find((s) => s.orgStatus === 'Inactive') as SimSubscriber
    const stranger = '00D000000000001'
    const env = setupActionEnv({})
    const workspace = env.dir
    env.restore()
    writeFileSync(
      path.join(workspace, 'orgs.csv'),
      [
        'OrganizationId,Note',
        ...eligible.map((s) => `${s.orgKey.slice(0, 15)},"a, b"`),
        `${inactive.orgKey},x`,
        `${stranger},y`
      ].join('\n')
    )
    const r = await runAction(
      sim,
      pushInputs({ orgs: '', 'orgs-file': 'orgs.csv', 'exclude-orgs': eligible[0]?.orgKey ?? '' }),
      { workspace }
    )

    expect(r.failed).toBe(false)
    expect(r.outputs['push-orgs-scheduled']).toBe('29')
    expect(new Set(push.requests()[0]?.jobs.map((j) => j.orgKey))).toEqual(
      new Set(eligible.slice(1).map((s) => s.orgKey))
    )
    expect(calls('queryMore').length).toBeGreaterThan(0)
    expect(r.summary).toMatch(/\| not a subscriber of this package \| 1 \|/)
    expect(r.summary).toMatch(/\| inactive orgs cannot receive push upgrades \| 1 \|/)
    expect(r.summary).toMatch(/\| listed in exclude-orgs \| 1 \|/)
  })

  it('stops following at the wait limit without failing, and says the push keeps running', async () => {
    push.scenario.jobMs = 10 * 60_000
    const r = await runAction(sim, pushInputs({ wait: '2' }))

    expect(r.failed).toBe(false)
    expect(r.commands.some((c) => c.startsWith('::warning::') && c.includes('keeps running'))).toBe(
      true
    )
    expect(Number(r.outputs['push-in-progress'])).toBeGreaterThan(0)
    expect(r.outputs['push-status']).toBe('In Progress')
    expect(r.outputs.success).toBeUndefined()
  })

  it('rejects a start time in the past before any call to the org', async () => {
    const r = await runAction(sim, pushInputs({ 'start-time': '2001-01-01T00:00:00Z' }))
    expect(r.failed).toBe(true)
    expect(r.failure).toContain('start-time: 2001-01-01T00:00:00Z is in the past')
    // Bad input though found after sign-in: the status says so, and the CLI exits 2 on it.
    expect(r.outputs.status).toBe('InvalidInput')
    expect(calls('createPushRequest')).toHaveLength(0)
  })

  describe('job cancelled', () => {
    /** Runs the main step until the request is Pending, then stops it dead (as SIGTERM does). */
    async function killAfterPending(
      inputs: Record<string, string>
    ): Promise<ReturnType<typeof setupActionEnv>> {
      const env = setupActionEnv({
        'upload-artifact': 'false',
        'check-run': 'false',
        'access-token': sim.accessToken,
        'instance-url': sim.baseUrl,
        ...inputs
      })
      const pending = (): boolean =>
        push.requests()[0]?.pendingAt !== null && push.requests()[0] !== undefined
      const clock = {
        now: () => sim.clock.now(),
        sleep: (ms: number) =>
          pending() ? new Promise<void>(() => undefined) : sim.clock.advance(ms)
      }
      void run({ clock })
      for (let i = 0; i < 500 && !pending(); i++)
        await new Promise((resolve) => setTimeout(resolve, 10))
      expect(pending()).toBe(true)
      env.exposeStateForPost()
      return env
    }

    it('aborts a scheduled push that has not started', async () => {
      const start = new Date(sim.clock.now() + 30 * 60_000).toISOString()
      const env = await killAfterPending(pushInputs({ 'start-time': start }))
      expect(env.state()['push-request-id']).toBe(push.requests()[0]?.id)
      expect(env.state().finished).toBeUndefined()
      const before = stdoutLines.length
      await runPost({ clock: simClock(sim) })

      expect(calls('updatePushRequest').map((p) => JSON.parse(p.body))).toEqual([
        { Status: 'Pending' },
        { Status: 'Canceled' }
      ])
      expect(push.requests()[0]?.canceledAt).not.toBeNull()
      expect(stdoutLines.slice(before).join('\n')).toContain('aborted push request')
      env.restore()
    })

    it('leaves a push that is in progress alone and says why', async () => {
      const env = await killAfterPending(pushInputs())
      await sim.clock.advance(60_000)
      const before = workflowCommands.length
      await runPost({ clock: simClock(sim) })

      expect(calls('updatePushRequest').map((p) => JSON.parse(p.body))).toEqual([
        { Status: 'Pending' }
      ])
      expect(workflowCommands.slice(before).join('\n')).toMatch(
        /was not aborted: it is In Progress/
      )
      env.restore()
    })

    it('does nothing in the post step after a push step that ended on its own', async () => {
      push.scenario.outcome = () => ({ outcome: 'Succeeded' })
      const r = await runAction(sim, pushInputs({ wait: '0' }))
      expect(r.outputs['push-status']).toBe('Pending')
      const env = setupActionEnv({ 'access-token': sim.accessToken, 'instance-url': sim.baseUrl })
      for (const [k, v] of Object.entries(r.env.state())) process.env[`STATE_${k}`] = v
      const requestsBefore = sim.requests.length
      await runPost({ clock: simClock(sim) })
      expect(sim.requests.length).toBe(requestsBefore)
      env.restore()
    })
  })
})
