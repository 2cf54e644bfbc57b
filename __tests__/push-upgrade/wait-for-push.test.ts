import { describe, expect, it } from 'vitest'
import {
  FAST_POLL_MS,
  FAST_POLLS,
  SLOW_POLL_MS,
  progressLine,
  waitForPush
} from '../../src/push-upgrade/wait-for-push.ts'
import { emptyCounts } from '../../src/push-upgrade/push-model.ts'
import { MemoryLogger } from '../../src/shared/logger.ts'
import { ManualClock } from '../support/fakes.ts'
import { FakePushApi, transient } from './fake-push-api.ts'

describe('waitForPush', () => {
  it('polls every 10 s for two minutes, then every 60 s, two calls per poll, until every job ended', async () => {
    const api = new FakePushApi()
    api.requestStates = [...Array<'in-progress'>(19).fill('in-progress'), 'succeeded']
    api.countsSeq = [...Array(19).fill({ 'in-progress': 5, succeeded: 5 }), { succeeded: 10 }]
    const clock = new ManualClock()
    const logger = new MemoryLogger()
    const result = await waitForPush('0DV1', 3_600_000, { api, clock, logger })
    expect(result).toMatchObject({
      timedOut: false,
      polls: 20,
      counts: { ...emptyCounts(), succeeded: 10 }
    })
    expect(clock.sleeps).toEqual([
      ...Array(FAST_POLLS).fill(FAST_POLL_MS),
      ...Array(20 - FAST_POLLS).fill(SLOW_POLL_MS)
    ])
    expect(api.calls.filter((c) => c === 'readRequest')).toHaveLength(20)
    expect(api.calls.filter((c) => c === 'countJobs')).toHaveLength(20)
    // One progress line per change.
    expect(logger.lines).toEqual([
      'Push 0DV1: In Progress · 5/10 ended · In Progress 5 · Succeeded 5',
      'Push 0DV1: Succeeded · 10/10 ended · Succeeded 10'
    ])
  })

  it('stops when every job ended even if the request status lags', async () => {
    const api = new FakePushApi()
    api.requestStates = ['in-progress']
    api.countsSeq = [{ succeeded: 3, failed: 1, canceled: 1 }]
    const result = await waitForPush('0DV1', 3_600_000, {
      api,
      clock: new ManualClock(),
      logger: new MemoryLogger()
    })
    expect(result.polls).toBe(1)
    expect(result.timedOut).toBe(false)
  })

  it('stops at the wait limit with the counts so far', async () => {
    const api = new FakePushApi()
    api.requestStates = ['pending']
    api.countsSeq = [{ pending: 4 }]
    const clock = new ManualClock()
    const result = await waitForPush('0DV1', 45_000, { api, clock, logger: new MemoryLogger() })
    expect(result).toMatchObject({
      timedOut: true,
      polls: 5,
      counts: { ...emptyCounts(), pending: 4 }
    })
    expect(clock.sleeps).toEqual([10_000, 10_000, 10_000, 10_000, 5_000])
  })

  it('retries transient errors while polling', async () => {
    const api = new FakePushApi()
    api.readErrors = [transient(), transient()]
    api.countsSeq = [{ succeeded: 1 }]
    const logger = new MemoryLogger()
    const result = await waitForPush('0DV1', 3_600_000, { api, clock: new ManualClock(), logger })
    expect(result.timedOut).toBe(false)
    expect(api.calls.filter((c) => c === 'readRequest')).toHaveLength(3)
    expect(logger.lines[0]).toMatch(/^warning: Reading the push request: .*503.*; retrying$/)
  })

  it('formats a progress line with every non-empty status', () => {
    expect(
      progressLine(
        { id: '0DV1', status: 'in-progress', rawStatus: 'In Progress' },
        { ...emptyCounts(), pending: 2, 'in-progress': 1, failed: 1, canceled: 1 }
      )
    ).toBe('Push 0DV1: In Progress · 2/5 ended · Pending 2 · In Progress 1 · Failed 1 · Canceled 1')
  })
})
