import { describe, expect, it } from 'vitest'
import { pushUpgrade, type PushPorts } from '../../src/push-upgrade/push-upgrade.ts'
import type { PushSettings } from '../../src/push-upgrade/push-request.ts'
import { ApiError } from '../../src/shared/errors.ts'
import { MemoryLogger } from '../../src/shared/logger.ts'
import { ManualClock } from '../support/fakes.ts'
import { FakePushApi } from './fake-push-api.ts'
import { subscriber, version } from './fixtures.ts'

const v1 = version(1, '1.0')
const v2 = version(2, '2.0')

function setup(extra: Partial<PushSettings> = {}): {
  api: FakePushApi
  ports: PushPorts
  settings: PushSettings
  ids: string[]
  logger: MemoryLogger
} {
  const api = new FakePushApi()
  api.versions = [v1, v2]
  api.subscribers = [subscriber(1, v1.id), subscriber(2, v1.id), subscriber(3, v2.id)]
  const ids: string[] = []
  const logger = new MemoryLogger()
  const ports: PushPorts = {
    api,
    clock: new ManualClock(),
    logger,
    apiVersion: '66.0',
    onRequestId: (id) => ids.push(id)
  }
  const settings: PushSettings = {
    target: { kind: 'version-id', versionId: v2.id },
    selection: { kind: 'all' },
    excludeOrgs: [],
    orgTypes: ['Production', 'Sandbox'],
    orgStatuses: ['Active'],
    maxOrgs: 10,
    dryRun: false,
    failThreshold: 0,
    ...extra
  }
  return { api, ports, settings, ids, logger }
}

describe('pushUpgrade', () => {
  it('runs the steps in order and hands out the request id before creating jobs', async () => {
    const { api, ports, settings, ids } = setup()
    api.countsSeq = [{ succeeded: 2 }]
    const outcome = await pushUpgrade(settings, 3_600_000, ports)
    expect(api.calls).toEqual([
      'readVersion',
      'readPackage',
      'readVersions',
      'readAllSubscribers',
      'createRequest',
      'createJobs',
      'set Pending',
      'readRequest',
      'countJobs'
    ])
    expect(ids).toEqual(['0DV000000000001AAA'])
    expect(outcome).toMatchObject({ kind: 'finished', scheduledCount: 2, counts: { succeeded: 2 } })
  })

  it('creates nothing for a dry run, above the cap, or with nobody eligible', async () => {
    const cases: [Partial<PushSettings>, string][] = [
      [{ dryRun: true }, 'dry-run'],
      [{ maxOrgs: 1 }, 'cap-exceeded'],
      [{ orgTypes: ['Sandbox'] }, 'nothing-eligible']
    ]
    for (const [extra, kind] of cases) {
      const { api, ports, settings } = setup(extra)
      const outcome = await pushUpgrade(settings, 0, ports)
      expect(outcome.kind).toBe(kind)
      expect(api.calls).not.toContain('createRequest')
    }
  })

  it('looks only the explicit orgs up', async () => {
    const { api, ports, settings } = setup({
      selection: { kind: 'explicit', orgs: [subscriber(2, '').orgKey] }
    })
    const outcome = await pushUpgrade(settings, 0, ports)
    expect(api.calls).toContain('readSubscribers')
    expect(api.jobBatches).toEqual([[subscriber(2, '').orgKey]])
    expect(outcome.kind).toBe('scheduled')
  })

  it('cancels the request when job creation fails for another reason than a refusal', async () => {
    const { api, ports, settings } = setup()
    api.failCall = {
      call: 1,
      written: 0,
      error: new ApiError(
        'INSUFFICIENT_ACCESS',
        'insufficient access rights on cross-reference id',
        403
      )
    }
    await expect(pushUpgrade(settings, 0, ports)).rejects.toThrow(
      /Creating push jobs failed: INSUFFICIENT_ACCESS.*Push request 0DV000000000001AAA was canceled/
    )
    expect(api.statusWrites).toEqual(['Canceled'])
  })

  it('cancels the request when every job is refused', async () => {
    const { api, ports, settings } = setup()
    api.answer = () => ({ ok: false, code: 'INVALID_OPERATION', message: 'no' })
    const outcome = await pushUpgrade(settings, 0, ports)
    expect(outcome.kind).toBe('all-rejected')
    expect(api.statusWrites).toEqual(['Canceled'])
  })

  it('does not wait with wait 0, nor when the start is after the wait', async () => {
    const { api, ports, settings } = setup()
    expect((await pushUpgrade(settings, 0, ports)).kind).toBe('scheduled')
    const later = setup({
      startTime: new Date(new ManualClock().now() + 2 * 3_600_000).toISOString()
    })
    const outcome = await pushUpgrade(later.settings, 3_600_000, later.ports)
    expect(outcome.kind).toBe('scheduled')
    expect(outcome.notes[0]).toMatch(/after the wait ends; not waiting/)
    expect(api.calls).not.toContain('readRequest')
  })

  it('reads the failed jobs when any job failed', async () => {
    const { api, ports, settings } = setup()
    api.countsSeq = [{ succeeded: 1, failed: 1 }]
    api.requestStates = ['failed']
    api.failed = [{ jobId: '0DX1', orgKey: subscriber(1, '').orgKey, errors: [] }]
    const outcome = await pushUpgrade(settings, 3_600_000, ports)
    expect(outcome.failedJobs).toEqual(api.failed)
    expect(api.calls.at(-1)).toBe('readFailedJobs')
  })
})
