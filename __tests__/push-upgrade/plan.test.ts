import { describe, expect, it } from 'vitest'
import {
  checkStartTime,
  countExclusions,
  groupEligible,
  pickTargetVersion
} from '../../src/push-upgrade/plan.ts'
import { InputError } from '../../src/shared/errors.ts'
import { subscriber, version } from './fixtures.ts'

const versions = [
  version(1, '1.4.2.1', { released: false }),
  version(2, '1.4.2.2'),
  version(3, '1.4.3.1'),
  version(4, '1.5.0.1'),
  version(5, '1.5.0.2'),
  version(6, '2.0.0.1', { deprecated: true })
]
const byNumber = (n: string) => ({
  kind: 'version-number' as const,
  packageId: '033000000000001',
  versionNumber: n
})

describe('pickTargetVersion', () => {
  it('finds a version id by its 15-character prefix', () => {
    expect(
      pickTargetVersion(versions, { kind: 'version-id', versionId: `${versions[1]?.id ?? ''}AAA` })
    ).toBe(versions[1])
  })

  it('resolves a number to the one released build it matches', () => {
    expect(pickTargetVersion(versions, byNumber('1.4.2'))).toBe(versions[1])
    expect(pickTargetVersion(versions, byNumber('1.4.3.1'))).toBe(versions[2])
  })

  it('refuses a number with several released builds, listing them', () => {
    expect(() => pickTargetVersion(versions, byNumber('1.5'))).toThrow(
      /1\.5 matches 2 released versions \(1\.5\.0\.1 .*, 1\.5\.0\.2 .*\); give the full number/
    )
  })

  it('refuses beta, deprecated and unknown targets with the reason', () => {
    expect(() =>
      pickTargetVersion(versions, { kind: 'version-id', versionId: versions[0]?.id ?? '' })
    ).toThrow(/is a beta version; only released versions can be pushed/)
    expect(() => pickTargetVersion(versions, byNumber('2.0'))).toThrow(
      /matches no released version, only 2\.0\.0\.1 .*deprecated/
    )
    expect(() => pickTargetVersion(versions, byNumber('3.0'))).toThrow(
      /no version 3\.0 in package .*latest released: 1\.5\.0\.2, 1\.5\.0\.1/
    )
    expect(() =>
      pickTargetVersion(versions, { kind: 'version-id', versionId: '04t999999999999' })
    ).toThrow(/is not a version of this package/)
  })
})

describe('checkStartTime', () => {
  it('accepts a future time or none, refuses the past as an input error', () => {
    const now = Date.parse('2026-05-01T00:00:00Z')
    expect(() => checkStartTime(undefined, now)).not.toThrow()
    expect(() => checkStartTime('2026-05-01T06:00:00Z', now)).not.toThrow()
    expect(() => checkStartTime('2026-04-30T06:00:00Z', now)).toThrow(InputError)
  })
})

describe('dry-run groupings', () => {
  it('groups eligible orgs by installed version (highest first) and org type, with samples', () => {
    const a = version(1, '1.0')
    const b = version(2, '1.10')
    const subs = [
      subscriber(1, a.id),
      subscriber(2, b.id),
      subscriber(3, b.id, { orgType: 'Sandbox' }),
      subscriber(4, b.id),
      subscriber(5, b.id),
      subscriber(6, b.id)
    ]
    expect(groupEligible(subs, [a, b])).toEqual([
      { versionText: '1.10', orgType: 'Production', count: 4, sample: ['Org 2', 'Org 4', 'Org 5'] },
      { versionText: '1.10', orgType: 'Sandbox', count: 1, sample: ['Org 3'] },
      { versionText: '1.0', orgType: 'Production', count: 1, sample: ['Org 1'] }
    ])
  })

  it('counts exclusions by reason, most first', () => {
    expect(
      countExclusions([
        { orgKey: 'a', reason: 'x' },
        { orgKey: 'b', reason: 'y' },
        { orgKey: 'c', reason: 'y' }
      ])
    ).toEqual([
      { reason: 'y', count: 2 },
      { reason: 'x', count: 1 }
    ])
  })
})
