import { describe, expect, it } from 'vitest'
import { emptyCounts, type StatusCounts } from '../../src/push-upgrade/push-model.ts'
import type { PushOutcome } from '../../src/push-upgrade/push-outcome.ts'
import { decidePushVerdict } from '../../src/modes/push-upgrade/push-verdict.ts'
import { version } from './fixtures.ts'

function outcome(kind: PushOutcome['kind'], counts: Partial<StatusCounts> = {}): PushOutcome {
  return {
    kind,
    package: { id: '033', name: 'P', namespacePrefix: null },
    target: version(1, '2.0'),
    versions: [],
    selection: { eligible: [], excluded: [] },
    maxOrgs: 10,
    requestId: '0DV000000000001',
    scheduledCount: 0,
    rejected: [],
    counts: { ...emptyCounts(), ...counts },
    failedJobs: [],
    notes: [],
    apiVersion: '66.0'
  }
}

describe('fail-threshold', () => {
  it('0 fails on any failure and passes with none', () => {
    expect(decidePushVerdict(outcome('finished', { succeeded: 100 }), 0).result).toBe('passed')
    expect(decidePushVerdict(outcome('finished', { succeeded: 999, failed: 1 }), 0).result).toBe(
      'failed'
    )
  })

  it('fails only above the percentage of finished jobs, canceled ones not counted', () => {
    expect(
      decidePushVerdict(outcome('finished', { succeeded: 95, failed: 5, canceled: 50 }), 5)
    ).toMatchObject({ result: 'passed', failedPercent: 5 })
    expect(decidePushVerdict(outcome('finished', { succeeded: 94, failed: 6 }), 5)).toMatchObject({
      result: 'failed',
      failedPercent: 6,
      message: '6 of 100 orgs failed (6 %), above the fail-threshold of 5 %.'
    })
  })

  it('passes exactly at the threshold, whatever the floating-point rounding of the percentage', () => {
    // (failed / finished) * 100 is a hair above each threshold: 7.000000000000001, 55.00000000000001, …
    for (const [failed, finished, threshold] of [
      [7, 100, 7],
      [14, 100, 14],
      [11, 20, 55],
      [7, 25, 28]
    ] as const) {
      const counts = { succeeded: finished - failed, failed }
      expect(decidePushVerdict(outcome('finished', counts), threshold)).toMatchObject({
        result: 'passed',
        failedPercent: threshold
      })
    }
  })

  it('fails a request canceled in the org, even at a threshold of 100', () => {
    const canceled = {
      ...outcome('finished', { canceled: 40 }),
      request: { id: '0DV000000000001', status: 'canceled' as const, rawStatus: 'Canceled' }
    }
    expect(decidePushVerdict(canceled, 100)).toEqual({
      result: 'failed',
      message:
        'Push request 0DV000000000001 was canceled in the org (Setup > Push Upgrade History, or another client) before it ran: the jobs of 40 orgs were canceled.'
    })
  })

  it('100 never fails on job results', () => {
    expect(decidePushVerdict(outcome('finished', { failed: 10 }), 100).result).toBe('passed')
  })

  it('ends early: cap exceeded and all refused fail, a timeout is unfinished, dry runs and scheduling pass', () => {
    expect(decidePushVerdict(outcome('cap-exceeded'), 0).result).toBe('failed')
    expect(decidePushVerdict(outcome('all-rejected'), 100).result).toBe('failed')
    expect(decidePushVerdict(outcome('timed-out', { failed: 3 }), 0).result).toBe('unfinished')
    expect(decidePushVerdict(outcome('dry-run'), 0).result).toBe('passed')
    expect(decidePushVerdict(outcome('scheduled'), 0).result).toBe('passed')
    expect(decidePushVerdict(outcome('nothing-eligible'), 0).result).toBe('passed')
  })
})
