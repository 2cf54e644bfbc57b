import { describe, expect, it } from 'vitest'
import {
  selectSubscribers,
  type SubscriberFilters
} from '../../src/push-upgrade/select-subscribers.ts'
import { subscriber, version } from './fixtures.ts'

const v10 = version(1, '1.0')
const v11 = version(2, '1.1')
const beta = version(3, '1.2', { released: false })
const v20 = version(4, '2.0')
const versions = [v10, v11, beta, v20]
const filters: SubscriberFilters = {
  orgTypes: ['Production', 'Sandbox'],
  orgStatuses: ['Active', 'Demo', 'Free', 'Trial'],
  exclude: []
}

describe('selectSubscribers', () => {
  it('keeps installed, active orgs on a lower released version and gives every other org its reason', () => {
    const subs = [
      subscriber(1, v10.id),
      subscriber(2, v11.id, { orgType: 'Sandbox' }),
      subscriber(3, v20.id),
      subscriber(4, beta.id),
      subscriber(5, v10.id, { installedStatus: 'u' }),
      subscriber(6, v10.id, { orgStatus: 'Inactive' }),
      subscriber(7, '04t999999999999')
    ]
    const { eligible, excluded } = selectSubscribers({
      target: v20,
      versions,
      subscribers: subs,
      filters
    })
    expect(eligible.map((s) => s.orgName)).toEqual(['Org 1', 'Org 2'])
    expect(Object.fromEntries(excluded.map((e) => [e.subscriber?.orgName, e.reason]))).toEqual({
      'Org 3': 'already on 2.0, at or above 2.0',
      'Org 4': 'installed version is a beta or unknown; cannot push',
      'Org 5': 'the package is not installed (uninstalled)',
      'Org 6': 'inactive orgs cannot receive push upgrades',
      'Org 7': 'installed version is a beta or unknown; cannot push'
    })
  })

  it('applies org-types, org-statuses, min-version and exclude-orgs (by 15-character key)', () => {
    const subs = [
      subscriber(1, v10.id),
      subscriber(2, v11.id, { orgType: 'Sandbox' }),
      subscriber(3, v11.id, { orgStatus: 'Trial' }),
      subscriber(4, v11.id)
    ]
    const { eligible, excluded } = selectSubscribers({
      target: v20,
      versions,
      subscribers: subs,
      filters: {
        orgTypes: ['Production'],
        orgStatuses: ['Active'],
        minVersion: [1, 1, 0, 0],
        exclude: [subscriber(4, '').orgKey.slice(0, 15)]
      }
    })
    expect(eligible).toEqual([])
    expect(excluded.map((e) => e.reason)).toEqual([
      'installed 1.0 is below min-version',
      'org type Sandbox is not in org-types',
      'org status Trial is not in org-statuses',
      'listed in exclude-orgs'
    ])
  })

  it('for a requested list: de-duplicates 15 and 18 character ids and reports orgs that are not subscribers', () => {
    const one = subscriber(1, v10.id)
    const { eligible, excluded } = selectSubscribers({
      target: v20,
      versions,
      subscribers: [one, subscriber(2, v10.id)],
      requested: [one.orgKey, one.orgKey.slice(0, 15), '00D0000000000ZZ'],
      filters
    })
    expect(eligible).toEqual([one])
    expect(excluded).toEqual([
      { orgKey: '00D0000000000ZZ', reason: 'not a subscriber of this package' }
    ])
  })

  it('matches org keys case-sensitively', () => {
    const one = subscriber(1, v10.id, { orgKey: '00D00000000000aAAA' })
    const { eligible } = selectSubscribers({
      target: v20,
      versions,
      subscribers: [one],
      requested: ['00D00000000000A'],
      filters
    })
    expect(eligible).toEqual([])
  })
})
