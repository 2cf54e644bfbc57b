import { describe, expect, it } from 'vitest'
import { MAX_BATCH_ATTEMPTS, scheduleJobs } from '../../src/push-upgrade/schedule-jobs.ts'
import { ApiError } from '../../src/shared/errors.ts'
import { MemoryLogger } from '../../src/shared/logger.ts'
import { ManualClock } from '../support/fakes.ts'
import { FakePushApi, transient } from './fake-push-api.ts'

const orgs = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `00D00000000${String(i).padStart(4, '0')}`)

function ports(api: FakePushApi): { api: FakePushApi; clock: ManualClock; logger: MemoryLogger } {
  return { api, clock: new ManualClock(), logger: new MemoryLogger() }
}

describe('scheduleJobs', () => {
  it('sends batches of 200 in order', async () => {
    const api = new FakePushApi()
    const result = await scheduleJobs('0DV1', orgs(450), ports(api))
    expect(api.jobBatches.map((b) => b.length)).toEqual([200, 200, 50])
    expect(api.jobBatches.flat()).toEqual(orgs(450))
    expect(result).toMatchObject({ scheduled: orgs(450), rejected: [], retriedBatches: 0 })
  })

  it('drops refused orgs, counts DUPLICATE_VALUE as scheduled, and resends lock errors once', async () => {
    const api = new FakePushApi()
    const all = orgs(5)
    const locked = new Set([all[2]])
    api.answer = (org) => {
      if (org === all[0])
        return { ok: false, code: 'INVALID_OPERATION', message: 'already upgraded' }
      if (org === all[1]) return { ok: false, code: 'DUPLICATE_VALUE', message: 'dup' }
      if (locked.delete(org)) return { ok: false, code: 'UNABLE_TO_LOCK_ROW', message: 'locked' }
      return { ok: true, id: '0DX' }
    }
    const result = await scheduleJobs('0DV1', all, ports(api))
    expect(api.jobBatches).toEqual([all, [all[2]]])
    expect(result.rejected).toEqual([
      { orgKey: all[0], statusCode: 'INVALID_OPERATION', message: 'already upgraded' }
    ])
    expect(new Set(result.scheduled)).toEqual(new Set(all.slice(1)))
    expect(result.retriedBatches).toBe(1)
  })

  it('after a 5xx, looks up which jobs exist and sends only the missing orgs', async () => {
    const api = new FakePushApi()
    api.failCall = { call: 1, written: 120, error: transient() }
    const all = orgs(200)
    const result = await scheduleJobs('0DV1', all, ports(api))
    expect(api.calls).toEqual(['createJobs', 'findJobOrgs', 'createJobs'])
    expect(api.jobBatches[1]).toEqual(all.slice(120))
    expect(new Set(result.scheduled)).toEqual(new Set(all))
    expect(result.scheduled).toHaveLength(200)
  })

  it('gives up after a bounded number of attempts', async () => {
    const api = new FakePushApi()
    api.answer = () => ({ ok: false, code: 'UNABLE_TO_LOCK_ROW', message: 'locked' })
    await expect(scheduleJobs('0DV1', orgs(3), ports(api))).rejects.toThrow(
      `Could not create push jobs for 3 orgs after ${MAX_BATCH_ATTEMPTS} attempts`
    )
    expect(api.jobBatches).toHaveLength(MAX_BATCH_ATTEMPTS)
  })

  it('does not swallow fatal errors', async () => {
    const api = new FakePushApi()
    api.failCall = {
      call: 1,
      written: 0,
      error: new ApiError(
        'INSUFFICIENT_ACCESS',
        'insufficient access rights on cross-reference id',
        403
      )
    }
    await expect(scheduleJobs('0DV1', orgs(3), ports(api))).rejects.toThrow('INSUFFICIENT_ACCESS')
  })
})
