import { describe, expect, it } from 'vitest'
import { nextPollDelay } from '../../src/deploy/poll-schedule.ts'
import { formatProgress } from '../../src/deploy/progress.ts'
import { waitForDeploy, type WaitOptions } from '../../src/deploy/wait-for-deploy.ts'
import { ApiError, TransientError } from '../../src/shared/errors.ts'
import { MemoryLogger } from '../../src/shared/logger.ts'
import { deployResult, FakeMetadataApi, ManualClock } from '../support/fakes.ts'

const options: WaitOptions = {
  waitMs: 60 * 60_000,
  maxIntervalMs: 10_000,
  maxErrorStreakMs: 10 * 60_000,
  random: () => 0.5
}

describe('nextPollDelay', () => {
  it('starts at 1 s, grows 1.5x to the cap, and drops to 2 s on a status change', () => {
    const delays: number[] = []
    let d: number | undefined
    for (let i = 0; i < 8; i++) delays.push((d = nextPollDelay(d, false, 10_000, () => 0.5)))
    expect(delays).toEqual([1000, 1500, 2250, 3375, 5063, 7595, 10000, 10000])
    expect(nextPollDelay(10_000, true, 10_000, () => 0.5)).toBe(2000)
  })

  it('adds at most 10 % jitter', () => {
    expect(nextPollDelay(undefined, false, 10_000, () => 0)).toBe(900)
    expect(nextPollDelay(undefined, false, 10_000, () => 1)).toBe(1100)
  })
})

describe('formatProgress', () => {
  it('shows components, errors, tests and the current step', () => {
    const line = formatProgress(
      deployResult({
        numberComponentsDeployed: 302,
        numberComponentsTotal: 450,
        numberComponentErrors: 45,
        numberTestsTotal: 120,
        numberTestsCompleted: 76,
        numberTestErrors: 1,
        stateDetail: 'Running Test: FooTest.testBar'
      })
    )
    expect(line).toBe(
      'InProgress · components 302/450 deployed (45 errors) · tests 77/120 (1 failed) · Running Test: FooTest.testBar'
    )
  })
})

describe('waitForDeploy', () => {
  it('polls light until done, then reads details once', async () => {
    const done = deployResult({
      status: 'Succeeded',
      done: true,
      success: true,
      numberComponentsDeployed: 10
    })
    const api = new FakeMetadataApi([
      deployResult({ status: 'Pending' }),
      deployResult(),
      deployResult({ numberComponentsDeployed: 5 }),
      done
    ])
    const logger = new MemoryLogger()
    const result = await waitForDeploy(
      '0Af000000000001AAA',
      { api, clock: new ManualClock(), logger },
      options
    )
    expect(result.kind).toBe('done')
    expect(api.calls).toEqual([
      'status:light',
      'status:light',
      'status:light',
      'status:light',
      'status:details'
    ])
    expect(logger.lines).toEqual([
      'Pending · components 0/10 deployed',
      'InProgress · components 0/10 deployed',
      'InProgress · components 5/10 deployed',
      'Succeeded · components 10/10 deployed'
    ])
  })

  it('polls on when the light poll says done but the detailed read does not yet', async () => {
    const done = deployResult({ status: 'Succeeded', done: true, success: true })
    // Light and detailed reads share the script: light InProgress, light done, detailed
    // InProgress (the flip), light done, detailed done.
    const api = new FakeMetadataApi([deployResult(), done, deployResult(), done])
    const logger = new MemoryLogger()
    const result = await waitForDeploy('0Af', { api, clock: new ManualClock(), logger }, options)
    expect(result).toMatchObject({ kind: 'done', result: { status: 'Succeeded', done: true } })
    expect(api.calls).toEqual([
      'status:light',
      'status:light',
      'status:details',
      'status:light',
      'status:details'
    ])
    expect(logger.lines).toContain(
      'The status poll says Succeeded but the detailed read still says InProgress; polling on.'
    )
  })

  it('reports the not-done detailed read, not the done light poll, when the wait ends during a flip', async () => {
    const done = deployResult({ status: 'Succeeded', done: true, success: true })
    const api = new FakeMetadataApi([done])
    api.checkDeployStatus = async (_id, details) => (details ? deployResult() : done)
    const result = await waitForDeploy(
      '0Af',
      { api, clock: new ManualClock(), logger: new MemoryLogger() },
      { ...options, waitMs: 30_000 }
    )
    expect(result).toMatchObject({ kind: 'timed-out', last: { status: 'InProgress', done: false } })
  })

  it('stops at the wait limit and returns the last status', async () => {
    const api = new FakeMetadataApi([deployResult()])
    const clock = new ManualClock()
    const result = await waitForDeploy(
      '0Af',
      { api, clock, logger: new MemoryLogger() },
      { ...options, waitMs: 60_000 }
    )
    expect(result).toMatchObject({ kind: 'timed-out', last: { status: 'InProgress' } })
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBe(60_000)
    // Backoff keeps the call count low: 1 s growing to 10 s over a minute is about 10 calls.
    expect(api.calls.length).toBeLessThanOrEqual(11)
  })

  it('reads the status once with a wait limit of 0 (mode: report, wait: 0)', async () => {
    const done = deployResult({ status: 'Succeeded', done: true, success: true })
    const api = new FakeMetadataApi([done])
    const result = await waitForDeploy(
      '0Af',
      { api, clock: new ManualClock(), logger: new MemoryLogger() },
      { ...options, waitMs: 0 }
    )
    // A finished deploy is reported as it ended, not as "still running after the wait limit".
    expect(result).toMatchObject({ kind: 'done', result: { status: 'Succeeded' } })
    expect(api.calls).toEqual(['status:light', 'status:details'])
    const running = new FakeMetadataApi([deployResult()])
    const clock = new ManualClock()
    const last = await waitForDeploy(
      '0Af',
      { api: running, clock, logger: new MemoryLogger() },
      { ...options, waitMs: 0 }
    )
    expect(last).toMatchObject({ kind: 'timed-out', last: { status: 'InProgress' } })
    expect(running.calls).toEqual(['status:light'])
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBe(0)
  })

  it('rides out transient errors with one warning per streak', async () => {
    const done = deployResult({ status: 'Succeeded', done: true, success: true })
    const api = new FakeMetadataApi([
      deployResult(),
      new TransientError('HTTP 503'),
      new TransientError('HTTP 503'),
      new TransientError('HTTP 502'),
      done
    ])
    const logger = new MemoryLogger()
    const result = await waitForDeploy('0Af', { api, clock: new ManualClock(), logger }, options)
    expect(result.kind).toBe('done')
    expect(logger.lines.filter((l) => l.startsWith('warning:'))).toEqual([
      'warning: HTTP 503; will keep polling'
    ])
    expect(logger.lines).toContain('The org answers again.')
  })

  it('gives up when the org keeps failing longer than the streak budget', async () => {
    const api = new FakeMetadataApi([new TransientError('HTTP 503')])
    await expect(
      waitForDeploy(
        '0Af',
        { api, clock: new ManualClock(), logger: new MemoryLogger() },
        { ...options, maxErrorStreakMs: 120_000 }
      )
    ).rejects.toThrow('The org kept failing for 2 minutes (HTTP 503); giving up polling.')
  })

  it('says the status could not be read when every read of the wait failed', async () => {
    const api = new FakeMetadataApi([new TransientError('HTTP 503')])
    await expect(
      waitForDeploy(
        '0Af',
        { api, clock: new ManualClock(), logger: new MemoryLogger() },
        { ...options, waitMs: 5 * 60_000 }
      )
    ).rejects.toThrow(
      'The status of deploy 0Af could not be read before the 5-minute wait limit ended (HTTP 503).'
    )
  })

  it('stops at once on a fatal API error', async () => {
    const api = new FakeMetadataApi([
      new ApiError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', 500)
    ])
    await expect(
      waitForDeploy('0Af', { api, clock: new ManualClock(), logger: new MemoryLogger() }, options)
    ).rejects.toThrow('INVALID_CROSS_REFERENCE_KEY')
    expect(api.calls).toEqual(['status:light'])
  })

  it('re-reads details when coverage lines are not ready yet (Q24)', async () => {
    const raceResult = deployResult({
      status: 'Succeeded',
      done: true,
      success: true,
      details: {
        componentSuccesses: [],
        componentFailures: [],
        runTestResult: {
          numTestsRun: 1,
          numFailures: 0,
          totalTimeMs: 5,
          tests: [],
          coverageWarnings: [],
          coverage: [
            {
              name: 'A',
              type: 'Class',
              numLocations: 4,
              numLocationsNotCovered: 1,
              linesNotCovered: []
            }
          ]
        }
      }
    })
    const api = new FakeMetadataApi([raceResult])
    await waitForDeploy(
      '0Af',
      { api, clock: new ManualClock(), logger: new MemoryLogger() },
      options
    )
    expect(api.calls.filter((c) => c === 'status:details')).toHaveLength(4)
  })

  it('logs new component failures early, at most once per 30 s', async () => {
    const failing = deployResult({ numberComponentErrors: 1 })
    const done = deployResult({ status: 'Failed', done: true })
    const api = new FakeMetadataApi([failing, failing, done])
    const original = api.checkDeployStatus.bind(api)
    api.checkDeployStatus = async (id, details) => {
      const r = await original(id, details)
      return details && !r.done
        ? {
            ...r,
            details: {
              componentSuccesses: [],
              componentFailures: [
                {
                  componentType: 'ApexClass',
                  fullName: 'Foo',
                  fileName: 'classes/Foo.cls',
                  success: false,
                  created: false,
                  changed: false,
                  deleted: false,
                  problem: 'Unexpected token'
                }
              ]
            }
          }
        : r
    }
    const logger = new MemoryLogger()
    await waitForDeploy('0Af', { api, clock: new ManualClock(), logger }, options)
    expect(logger.lines).toContain('  ✗ ApexClass Foo: Unexpected token')
  })
})
