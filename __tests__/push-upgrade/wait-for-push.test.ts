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
    const result = await waitForPush('0DV1', 10, 3_600_000, { api, clock, logger })
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

  it('keeps polling while the request is not final, even when every job ended', async () => {
    const api = new FakePushApi()
    api.requestStates = ['in-progress', 'in-progress', 'failed']
    api.countsSeq = [{ succeeded: 3, failed: 1, canceled: 1 }]
    const result = await waitForPush('0DV1', 5, 3_600_000, {
      api,
      clock: new ManualClock(),
      logger: new MemoryLogger()
    })
    expect(result).toMatchObject({ polls: 3, timedOut: false, request: { status: 'failed' } })
  })

  it('keeps polling after the request turned final until every scheduled job has ended', async () => {
    const api = new FakePushApi()
    api.requestStates = ['succeeded']
    // The job count first lags behind the 4 scheduled jobs, then jobs still run, then all ended.
    api.countsSeq = [
      { succeeded: 2 },
      { succeeded: 3, 'in-progress': 1 },
      { succeeded: 3, failed: 1 }
    ]
    const result = await waitForPush('0DV1', 4, 3_600_000, {
      api,
      clock: new ManualClock(),
      logger: new MemoryLogger()
    })
    expect(result).toMatchObject({
      polls: 3,
      timedOut: false,
      counts: { ...emptyCounts(), succeeded: 3, failed: 1 }
    })
  })

  it('times out when the request is final but a job never ends within the wait', async () => {
    const api = new FakePushApi()
    api.requestStates = ['succeeded']
    api.countsSeq = [{ succeeded: 3, 'in-progress': 1 }]
    const result = await waitForPush('0DV1', 4, 45_000, {
      api,
      clock: new ManualClock(),
      logger: new MemoryLogger()
    })
    expect(result).toMatchObject({ timedOut: true, request: { status: 'succeeded' } })
  })

  it('stops at the wait limit with the counts so far', async () => {
    const api = new FakePushApi()
    api.requestStates = ['pending']
    api.countsSeq = [{ pending: 4 }]
    const clock = new ManualClock()
    const result = await waitForPush('0DV1', 4, 45_000, { api, clock, logger: new MemoryLogger() })
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
    const result = await waitForPush('0DV1', 1, 3_600_000, {
      api,
      clock: new ManualClock(),
      logger
    })
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
