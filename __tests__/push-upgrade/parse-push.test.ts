import { describe, expect, it } from 'vitest'
import { parseAny as parseSettings } from '../support/parse-any.ts'
import { inputProblems, rawInputs } from '../support/raw-inputs.ts'

const AUTH = { 'access-token': 'x', 'instance-url': 'https://acme.my.salesforce.com' }
const V = '04t5g0000000AAA'

const problems = (values: Record<string, string>): string[] =>
  inputProblems({ mode: 'push-upgrade', ...AUTH, ...values })

describe('push-upgrade settings', () => {
  it('reads the defaults of action.yml', () => {
    const settings = parseSettings(
      rawInputs({ mode: 'push-upgrade', ...AUTH, 'package-version-id': V, orgs: 'all' })
    )
    expect(settings.push).toEqual({
      target: { kind: 'version-id', versionId: V },
      selection: { kind: 'all' },
      excludeOrgs: [],
      orgTypes: ['Production', 'Sandbox'],
      orgStatuses: ['Active', 'Demo', 'Free', 'Trial'],
      maxOrgs: 1000,
      dryRun: false,
      failThreshold: 0
    })
    expect(settings.waitMinutes).toBe(60)
  })

  it('has no push settings in other modes', () => {
    expect(parseSettings(rawInputs({ mode: 'validate', ...AUTH })).push).toBeUndefined()
  })

  it('reads package-id with a version number, explicit orgs, a file, filters and a naive start time as UTC', () => {
    const settings = parseSettings(
      rawInputs(
        {
          mode: 'push-upgrade',
          ...AUTH,
          'package-id': '0335g0000000AAA',
          'package-version': '1.4.2',
          orgs: '00D5g0000000AAA, 00D5g0000000BBBEA2',
          'orgs-file': 'orgs.csv',
          'org-types': 'sandbox',
          'org-statuses': 'active trial',
          'min-version': '1.2',
          'start-time': '2026-05-01 06:00',
          'max-orgs': '20000',
          'fail-threshold': '2.5',
          'dry-run': 'true'
        },
        { orgsFile: { path: 'orgs.csv', text: 'OrganizationId\n00D5g0000000CCC\n' } }
      )
    )
    expect(settings.push).toMatchObject({
      target: { kind: 'version-number', packageId: '0335g0000000AAA', versionNumber: '1.4.2' },
      selection: {
        kind: 'explicit',
        orgs: ['00D5g0000000AAA', '00D5g0000000BBBEA2', '00D5g0000000CCC']
      },
      orgTypes: ['Sandbox'],
      orgStatuses: ['Active', 'Trial'],
      minVersion: '1.2',
      startTime: '2026-05-01T06:00:00Z',
      maxOrgs: 20000,
      failThreshold: 2.5,
      dryRun: true
    })
  })

  it('converts a start time with an offset to UTC', () => {
    const settings = parseSettings(
      rawInputs({
        mode: 'push-upgrade',
        ...AUTH,
        'package-version-id': V,
        orgs: 'all',
        'start-time': '2026-05-01T08:00:00+02:00'
      })
    )
    expect(settings.push?.startTime).toBe('2026-05-01T06:00:00Z')
  })

  it('refuses a start time on a day the month does not have, instead of rolling it over', () => {
    // Date would read 2026-04-31 as May 1 and 2026-02-29 as March 1: a push days off.
    for (const day of ['2026-04-31T06:00:00Z', '2026-02-29 06:00', '2026-06-31T08:00:00+02:00'])
      expect(problems({ 'package-version-id': V, orgs: 'all', 'start-time': day })).toEqual([
        `start-time: got "${day}", expected now or an ISO-8601 time such as 2026-05-01T06:00:00Z (times without a zone are UTC).`
      ])
    expect(
      problems({ 'package-version-id': V, orgs: 'all', 'start-time': '2028-02-29T06:00:00Z' })
    ).toEqual([])
  })

  it('reads 18-character org ids in the case their checksum records, whatever case they were written in', () => {
    // 18-character ids are case-safe: a spreadsheet or warehouse that upper-cases them loses nothing.
    const settings = parseSettings(
      rawInputs(
        {
          mode: 'push-upgrade',
          ...AUTH,
          'package-version-id': V,
          orgs: '00D5G0000000BBBEA2',
          'orgs-file': 'orgs.csv',
          'exclude-orgs': '00d5g0000000simea2'
        },
        { orgsFile: { path: 'orgs.csv', text: '00D5G0000000SIMEA2\n' } }
      )
    )
    expect(settings.push?.selection).toEqual({
      kind: 'explicit',
      orgs: ['00D5g0000000BBBEA2', '00D5g0000000SIMEA2']
    })
    expect(settings.push?.excludeOrgs).toEqual(['00D5g0000000SIMEA2'])
  })

  it('refuses an 18-character org id whose last 3 characters cannot be its checksum', () => {
    // `9` is outside the checksum alphabet; `E2A` marks the `0`s of the second block as capitals.
    expect(
      problems({
        'package-version-id': V,
        orgs: '00D5g0000000BBBEA9',
        'exclude-orgs': '00D5g0000000BBBE2A'
      })
    ).toEqual([
      'orgs: "00D5g0000000BBBEA9": not an org id: the last 3 characters of an 18-character id are the checksum of the first 15, and these cannot be (the id is cut or mistyped); copy the id again.',
      'exclude-orgs: "00D5g0000000BBBE2A": not an org id: the last 3 characters of an 18-character id are the checksum of the first 15, and these cannot be (the id is cut or mistyped); copy the id again.'
    ])
  })

  it('reports every problem at once, naming the input and what was expected', () => {
    expect(
      problems({
        'package-version-id': '033bad',
        orgs: '00Dbad, 00D5g0000000AAA',
        'exclude-orgs': 'nope',
        'org-types': 'Scratch',
        'org-statuses': 'Active,Inactive',
        'min-version': 'v1',
        'start-time': 'tomorrow',
        'max-orgs': '0',
        'fail-threshold': '101',
        'dry-run': 'yes'
      })
    ).toEqual([
      'package-version-id: got "033bad", expected a package version id: 15 or 18 characters starting with 04t.',
      'orgs: "00Dbad" is not an org id; expected 00D followed by 12 or 15 letters and digits.',
      'min-version: got "v1", expected a version number such as 1.2 or 1.2.3.',
      'start-time: got "tomorrow", expected now or an ISO-8601 time such as 2026-05-01T06:00:00Z (times without a zone are UTC).',
      'exclude-orgs: "nope" is not an org id; expected 00D followed by 12 or 15 letters and digits.',
      'org-types: got "Scratch", expected any of Production, Sandbox.',
      'org-statuses: Inactive orgs cannot receive push upgrades; remove Inactive.',
      'max-orgs: got "0", expected a number from 1 to 1000000.',
      'dry-run: got "yes", expected true or false.',
      'fail-threshold: got "101", expected a number from 0 to 100.'
    ])
  })

  it('needs a target and an org selection, and not both kinds of target', () => {
    expect(problems({})).toEqual([
      'package-version-id: required in push-upgrade mode; give the 04t id of the version to push, or package-id (033...) with package-version (e.g. 1.4.2).',
      'orgs: required in push-upgrade mode; list subscriber org ids (00D...), give orgs-file, or write "all" for every eligible subscriber.'
    ])
    expect(
      problems({
        'package-version-id': V,
        'package-version': '1.0',
        orgs: 'all',
        'orgs-file': 'x.csv'
      })
    ).toEqual([
      'package-version-id: given together with package-id/package-version; give the 04t id alone, or package-id with package-version.',
      'orgs: "all" given together with orgs-file; use one or the other.'
    ])
  })

  it('keeps orgs-file inside the workspace', () => {
    expect(problems({ 'package-version-id': V, 'orgs-file': '../../etc/passwd' })[0]).toMatch(
      /^orgs-file: "..\/..\/etc\/passwd" is outside the workspace/
    )
  })
})
