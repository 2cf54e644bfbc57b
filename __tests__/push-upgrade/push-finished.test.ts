import { describe, expect, it } from 'vitest'
import {
  notEndedCount,
  pushFinished,
  unfinishedOrgs
} from '../../src/push-upgrade/push-finished.ts'
import {
  emptyCounts,
  type PushStatus,
  type RequestState,
  type StatusCounts
} from '../../src/push-upgrade/push-model.ts'

const request = (status: PushStatus): RequestState => ({ id: '0DV1', status, rawStatus: status })
const counts = (partial: Partial<StatusCounts>): StatusCounts => ({ ...emptyCounts(), ...partial })

describe('pushFinished', () => {
  it('is finished when the request and every scheduled job have a final status', () => {
    expect(pushFinished(request('succeeded'), counts({ succeeded: 4 }), 4)).toBe(true)
    expect(
      pushFinished(request('failed'), counts({ succeeded: 2, failed: 1, canceled: 1 }), 4)
    ).toBe(true)
    expect(pushFinished(request('canceled'), counts({ canceled: 4 }), 4)).toBe(true)
  })

  it('is not finished while a job of a final request is Created, Pending or In Progress', () => {
    for (const running of ['created', 'pending', 'in-progress'] as const) {
      for (const final of ['succeeded', 'failed', 'canceled'] as const) {
        expect(pushFinished(request(final), counts({ succeeded: 3, [running]: 1 }), 4)).toBe(false)
      }
    }
  })

  it('is not finished while the job count has not caught up with the scheduled jobs', () => {
    expect(pushFinished(request('succeeded'), counts({ succeeded: 3 }), 4)).toBe(false)
    expect(pushFinished(request('succeeded'), emptyCounts(), 4)).toBe(false)
  })

  it('is not finished while the request is not final, even when every job ended', () => {
    for (const open of ['created', 'pending', 'in-progress'] as const) {
      expect(pushFinished(request(open), counts({ succeeded: 4 }), 4)).toBe(false)
    }
  })
})

describe('unfinishedOrgs', () => {
  const a = '00D000000000001AAA'
  const b = '00D000000000002AAA'
  const c = '00D000000000003AAA'
  const d = '00D000000000004AAA'

  it('lists jobs without a final status, then scheduled orgs the job query did not list', () => {
    const jobs = [
      { orgKey: a, status: 'succeeded' as const },
      { orgKey: b, status: 'in-progress' as const },
      // The org keeps a 15-character key: still the same org as the 18-character scheduled one.
      { orgKey: c.slice(0, 15), status: 'failed' as const }
    ]
    expect(unfinishedOrgs([a, b, c, d], jobs)).toEqual([
      { orgKey: b, status: 'in-progress' },
      { orgKey: d, status: 'no-record' }
    ])
  })

  it('counts the list when it was read, else the jobs counted as not ended', () => {
    const list = [{ orgKey: a, status: 'no-record' as const }]
    expect(notEndedCount(counts({ pending: 2, 'in-progress': 1 }), list)).toBe(1)
    expect(notEndedCount(counts({ created: 1, pending: 2, 'in-progress': 1 }), undefined)).toBe(4)
  })
})
