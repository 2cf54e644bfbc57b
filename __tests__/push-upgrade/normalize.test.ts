import { describe, expect, it } from 'vitest'
import * as n from '../../src/push-upgrade/normalize.ts'
import { to18 as simTo18 } from '../../simulator/core/ids.ts'

describe('push status spellings', () => {
  it.each([
    ['Created', 'created'],
    ['Pending', 'pending'],
    ['In Progress', 'in-progress'],
    ['InProgress', 'in-progress'],
    ['in progress', 'in-progress'],
    ['Succeeded', 'succeeded'],
    ['Failed', 'failed'],
    ['Canceled', 'canceled'],
    ['Cancelled', 'canceled'],
    ['CANCELLED', 'canceled']
  ])('%s → %s', (raw, expected) => {
    expect(n.normalizePushStatus(raw)).toBe(expected)
  })

  it('knows no other words', () => {
    expect(n.normalizePushStatus('Queued')).toBeUndefined()
    expect(n.normalizePushStatus(null)).toBeUndefined()
  })

  it('writes Canceled with one l and In Progress with a space', () => {
    expect(n.STATUS_LABEL.canceled).toBe('Canceled')
    expect(n.STATUS_LABEL['in-progress']).toBe('In Progress')
  })

  it('counts GROUP BY rows with an alias or expr0, adds both canceled spellings, and keeps unknown words in progress', () => {
    const { counts, unknown } = n.toStatusCounts([
      { Status: 'Succeeded', n: 10 },
      { Status: 'Canceled', expr0: 2 },
      { Status: 'Cancelled', expr0: 3 },
      { Status: 'In Progress', n: 4 },
      { Status: 'Paused', n: 1 }
    ])
    expect(counts).toEqual({
      created: 0,
      pending: 0,
      'in-progress': 5,
      succeeded: 10,
      failed: 0,
      canceled: 5
    })
    expect(unknown).toEqual(['Paused'])
  })
})

describe('org ids', () => {
  it('accepts 15 and 18 character 00D ids only', () => {
    expect(n.isOrgId('00D5g0000000SIM')).toBe(true)
    expect(n.isOrgId('00D5g0000000SIMEA2')).toBe(true)
    expect(n.isOrgId('00D5g0000000SI')).toBe(false)
    expect(n.isOrgId('0015g0000000SIM')).toBe(false)
  })

  it('reads an 18-character id case-insensitively, restoring the case from its checksum', () => {
    for (const id of ['00D5g0000000SIM', '00DxX0000001gHI', '00DABCDEFGHIJKL']) {
      const safe = n.to18(id)
      expect(n.readOrgId(safe.toUpperCase())).toEqual({ id: safe })
      expect(n.readOrgId(safe.toLowerCase())).toEqual({ id: safe })
    }
    expect(n.readOrgId('00D5g0000000sim')).toEqual({ id: '00D5g0000000sim' })
    expect(n.readOrgId('00D5g0000000SIMEA9')).toEqual({ problem: 'checksum' })
    expect(n.readOrgId('00D5g0000000SIM2AA')).toEqual({ problem: 'checksum' })
    expect(n.readOrgId('00d5g0000000sim')).toEqual({ problem: 'shape' })
  })

  it('computes the 18-character checksum like the platform (same as the simulator)', () => {
    for (const id of ['00D5g0000000SIM', '00DxX0000001gHI', '00D000000000001', '00DABCDEFGHIJKL'])
      expect(n.to18(id)).toBe(simTo18(id))
    expect(n.to18('00D5g0000000SIMEA2')).toBe('00D5g0000000SIMEA2')
  })
})

describe('version numbers', () => {
  it('parses 2 to 4 parts and compares numerically with missing parts as 0', () => {
    expect(n.parseVersionNumber('1.4')).toEqual([1, 4, 0, 0])
    expect(n.parseVersionNumber('1.4.2.7')).toEqual([1, 4, 2, 7])
    expect(n.parseVersionNumber('1')).toBeUndefined()
    expect(n.parseVersionNumber('1.x')).toBeUndefined()
    expect(n.compareVersions([1, 10, 0, 0], [1, 9, 0, 0])).toBeGreaterThan(0)
    expect(n.compareVersions([1, 4, 0, 0], [1, 4, 0, 0])).toBe(0)
    expect(n.compareVersions([1, 4, 0, 0], [1, 4, 0, 1])).toBeLessThan(0)
  })

  it('matches a shorter number on the parts it gives', () => {
    expect(n.versionMatches([1, 4, 2, 7], '1.4.2')).toBe(true)
    expect(n.versionMatches([1, 4, 3, 0], '1.4.2')).toBe(false)
  })

  it('shows versions the way the org does (1GP without a zero patch, 2GP with the build)', () => {
    const row = {
      Id: '04t000000000001',
      MetadataPackageId: '033000000000001',
      Name: 'x',
      MajorVersion: 1,
      MinorVersion: 2,
      PatchVersion: 0,
      BuildNumber: null,
      ReleaseState: 'Released',
      IsDeprecated: false
    }
    expect(n.toPackageVersion(row).numberText).toBe('1.2')
    expect(n.toPackageVersion({ ...row, PatchVersion: 1 }).numberText).toBe('1.2.1')
    expect(n.toPackageVersion({ ...row, BuildNumber: 4 }).numberText).toBe('1.2.0.4')
    expect(n.toPackageVersion({ ...row, ReleaseState: 'Beta' }).released).toBe(false)
    expect(n.toPackageVersion({ ...row, IsDeprecated: null }).deprecated).toBe(false)
  })
})

describe('wire shapes', () => {
  it('reads per-record statusCode and top-level errorCode alike', () => {
    expect(
      n.recordErrorOf({
        success: false,
        errors: [{ statusCode: 'DUPLICATE_VALUE', message: 'dup', fields: [] }]
      })
    ).toEqual({ code: 'DUPLICATE_VALUE', message: 'dup' })
    expect(
      n.recordErrorOf({
        success: false,
        errors: [{ errorCode: 'INVALID_OPERATION', message: 'no' }]
      })
    ).toEqual({ code: 'INVALID_OPERATION', message: 'no' })
    expect(n.recordErrorOf({ success: false })).toEqual({
      code: 'UNKNOWN_ERROR',
      message: 'no message'
    })
  })

  it('reads a null PackagePushErrors sub-query as no errors', () => {
    expect(
      n.toFailedJob({
        Id: '0DX1',
        SubscriberOrganizationKey: '00D1',
        Status: 'Failed',
        PackagePushErrors: null
      }).errors
    ).toEqual([])
    const job = n.toFailedJob({
      Id: '0DX1',
      SubscriberOrganizationKey: '00D1',
      Status: 'Failed',
      PackagePushErrors: {
        totalSize: 1,
        done: true,
        records: [
          {
            ErrorSeverity: 'Error',
            ErrorType: 'DeployError',
            ErrorTitle: null,
            ErrorMessage: 'm',
            ErrorDetails: null
          }
        ]
      }
    })
    expect(job.errors).toEqual([
      { severity: 'Error', type: 'DeployError', title: '', message: 'm', details: '' }
    ])
  })

  it('keeps an unknown request status raw and does not treat it as terminal', () => {
    const state = n.toRequestState('0DV1', { Status: 'Paused', DurationSeconds: null })
    expect(state.rawStatus).toBe('Paused')
    expect(n.isTerminal(state.status)).toBe(false)
    expect(state.durationSeconds).toBeUndefined()
  })
})
