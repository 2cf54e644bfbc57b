import { describe, expect, it } from 'vitest'
import {
  fallbackTests,
  noMatchReason,
  passedOverNotes,
  renderNoQuickDeploySummary
} from '../../src/validation-record/match-notes.ts'
import type { ValidationRecord } from '../../src/validation-record/record.ts'
import { parseAny as parseSettings } from '../support/parse-any.ts'
import { rawInputs } from '../support/raw-inputs.ts'

const base: ValidationRecord = {
  validationId: '0Af5g0000000001AAA',
  orgId: '00D5g0000000SIMEA2',
  instanceUrl: 'https://acme.my.salesforce.com',
  apiVersion: '62.0',
  runTests: [],
  testsRun: 3,
  status: 'Succeeded',
  contentHash: 'a'.repeat(64),
  commitSha: 'c'.repeat(40),
  validatedAt: '2026-03-01T10:00:00.000Z'
}
const source = { artifactId: 1, artifactName: 'sf-validation-x', fromFork: false, expired: false }

describe('fallback test level', () => {
  it('prefers the test-level input, then the record, then RunLocalTests', () => {
    expect(
      fallbackTests(
        { testLevel: 'RunAllTestsInOrg', runTests: [] },
        { ...base, testLevel: 'RunLocalTests' }
      )
    ).toMatchObject({ testLevel: 'RunAllTestsInOrg', from: 'the test-level input' })
    expect(
      fallbackTests(
        { runTests: [] },
        { ...base, testLevel: 'RunSpecifiedTests', runTests: ['ATest'] }
      )
    ).toMatchObject({
      testLevel: 'RunSpecifiedTests',
      runTests: ['ATest'],
      from: 'validation 0Af5g0000000001AAA'
    })
    expect(fallbackTests({ runTests: [] }, undefined)).toMatchObject({
      testLevel: 'RunLocalTests',
      runTests: []
    })
  })

  it('never inherits NoTestRun: a deploy in place of a quick deploy runs tests', () => {
    expect(fallbackTests({ runTests: [] }, { ...base, testLevel: 'NoTestRun' }).testLevel).toBe(
      'RunLocalTests'
    )
  })
})

describe('reasons and summary', () => {
  it('says when no record exists at all, and lists each distinct reason otherwise', () => {
    expect(noMatchReason({ passedOver: [] }, 'sf-validation-x')).toContain(
      'no artifact named sf-validation-x'
    )
    const two = {
      passedOver: [
        { source, reason: 'too old' },
        { source, reason: 'too old' },
        { source, reason: 'fork' }
      ]
    }
    expect(noMatchReason(two, 'n')).toBe(
      'no usable validation record for this package in this org: too old; fork'
    )
  })

  it('caps the list of passed-over records', () => {
    const many = {
      passedOver: Array.from({ length: 8 }, (_, i) => ({
        source: { ...source, artifactId: i },
        reason: 'r'
      }))
    }
    const lines = passedOverNotes(many)
    expect(lines).toHaveLength(6)
    expect(lines.at(-1)).toBe('… and 3 more records not used.')
  })

  it('renders the failure summary with the reason and the way out', () => {
    const md = renderNoQuickDeploySummary({
      reason: 'no record <here>',
      contentHash: 'a'.repeat(64),
      artifactName: 'sf-validation-x',
      notes: ['Not used: y']
    })
    expect(md).toContain('## ❌ No quick deploy')
    expect(md).toContain('**Why:** no record &lt;here&gt;.')
    expect(md).toContain('`quick-deploy-fallback: deploy`')
    expect(md).toContain('- Not used: y')
  })
})

describe('settings', () => {
  const TOKEN = {
    'access-token': '00D5g0000000SIM!AQ',
    'instance-url': 'https://acme.my.salesforce.com'
  }

  it('builds the package in quick-deploy mode, to match it or to back it up', () => {
    const matched = parseSettings(rawInputs({ ...TOKEN, mode: 'quick-deploy' }))
    expect(matched.validationId).toBeUndefined()
    expect(matched.packageSource?.kind).toBe('source')
    expect(matched.quickDeployMatch).toEqual({
      fallback: 'fail',
      uploadRecord: true,
      trust: { events: ['push', 'pull_request'], branches: ['**'], workflows: ['**'] }
    })
    const byId = parseSettings(
      rawInputs({ ...TOKEN, mode: 'quick-deploy', 'validation-id': '0Af5g00000ABCDEFGH' })
    )
    // With an id the package is built only for the backup, when one is taken.
    expect(byId.validationId).toBe('0Af5g00000ABCDEFGH')
    expect(byId.packageSource?.kind).toBe('source')
  })

  it('reads which runs may supply validation records, and names a bad event', () => {
    const s = parseSettings(
      rawInputs({
        ...TOKEN,
        'validation-record-events': 'push workflow_dispatch',
        'validation-record-branches': 'main, release/*',
        'validation-record-workflows': '.github/workflows/validate.yml'
      })
    )
    expect(s.quickDeployMatch.trust).toEqual({
      events: ['push', 'workflow_dispatch'],
      branches: ['main', 'release/*'],
      workflows: ['.github/workflows/validate.yml']
    })
    expect(() =>
      parseSettings(rawInputs({ ...TOKEN, 'validation-record-events': 'Push' }))
    ).toThrow(/validation-record-events: "Push" is not a GitHub event name/)
    // A glob that makes no pattern is named at input time, not thrown when records are matched.
    expect(() =>
      parseSettings(rawInputs({ ...TOKEN, 'validation-record-branches': 'release/[z-a]' }))
    ).toThrow(/validation-record-branches: "release\/\[z-a\]" is not a valid pattern/)
  })

  it('reads quick-deploy-fallback and validation-record, and names bad values', () => {
    const s = parseSettings(
      rawInputs({ ...TOKEN, 'quick-deploy-fallback': 'deploy', 'validation-record': 'false' })
    )
    expect(s.quickDeployMatch).toEqual({
      fallback: 'deploy',
      uploadRecord: false,
      trust: { events: ['push', 'pull_request'], branches: ['**'], workflows: ['**'] }
    })
    expect(() =>
      parseSettings(
        rawInputs({ ...TOKEN, 'quick-deploy-fallback': 'Deploy', 'validation-record': 'yes' })
      )
    ).toThrow(
      /quick-deploy-fallback: got "Deploy", expected one of deploy, fail \(did you mean deploy\?\)[\s\S]*validation-record: got "yes", expected true or false/
    )
  })
})
