import { validationRecord } from '../support/validation-record.ts'
import { describe, expect, it } from 'vitest'
import {
  parseRecord,
  recordArtifactName,
  serializeRecord,
  type ValidationRecord
} from '../../src/validation-record/record.ts'
import {
  DEFAULT_RECORD_TRUST,
  EXPIRY_SAFETY_MARGIN_MS,
  selectRecord,
  type FoundRecord,
  type RecordSource,
  type UploadingRun
} from '../../src/validation-record/select-record.ts'

const HASH = 'a'.repeat(64)
const DAY = 86_400_000

function record(over: Partial<ValidationRecord> = {}): ValidationRecord {
  return validationRecord({ run: { repository: 'o/r', id: '11', attempt: '1' }, ...over })
}

describe('record JSON', () => {
  it('round-trips, with kind and version', () => {
    const r = record()
    const text = serializeRecord(r)
    expect(JSON.parse(text)).toMatchObject({
      kind: 'salesforce-validation-record',
      version: 1,
      validationId: r.validationId
    })
    expect(parseRecord(text, 'x').record).toEqual(r)
    const noLevel = record({ testLevel: undefined })
    delete noLevel.testLevel
    expect(JSON.parse(serializeRecord(noLevel)).testLevel).toBeNull()
    expect(parseRecord(serializeRecord(noLevel), 'x').record).toEqual(noLevel)
  })

  it('expands a 15-character org id to 18', () => {
    const text = serializeRecord(record({ orgId: '00D000000000062' }))
    expect(parseRecord(text, 'x').record?.orgId).toBe('00D000000000062EAA')
  })

  it('lists every problem of a bad record, naming the source', () => {
    const bad = {
      kind: 'salesforce-validation-record',
      version: 1,
      validationId: '001xx',
      orgId: 'nope',
      contentHash: 'ABC',
      testsRun: -1
    }
    const parsed = parseRecord(JSON.stringify(bad), 'artifact sf-validation-x')
    expect(parsed.problems?.every((p) => p.startsWith('artifact sf-validation-x: '))).toBe(true)
    const text = parsed.problems?.join('\n') ?? ''
    for (const field of [
      'validationId',
      'orgId',
      'instanceUrl',
      'apiVersion',
      'runTests',
      'testsRun',
      'status',
      'contentHash',
      'commitSha',
      'validatedAt'
    ]) {
      expect(text).toContain(`${field} is`)
    }
  })

  it('refuses other JSON and other versions with a hint', () => {
    expect(parseRecord('not json', 's').problems?.[0]).toContain('not JSON')
    expect(parseRecord('[]', 's').problems?.[0]).toContain('expected a JSON object')
    expect(parseRecord('{"kind":"x"}', 's').problems?.[0]).toContain(
      'expected "salesforce-validation-record"'
    )
    const v2 = JSON.stringify({ ...JSON.parse(serializeRecord(record())), version: 2 })
    expect(parseRecord(v2, 's').problems?.[0]).toContain('record version 2 is not supported')
  })

  it('names the artifact by org and content hash', () => {
    expect(recordArtifactName(HASH, '00D000000000062')).toBe(
      `sf-validation-00D000000000062EAA-${'a'.repeat(32)}`
    )
  })
})

/** The run that uploaded the records of these tests, as GitHub tells it. */
const RUN: UploadingRun = {
  event: 'push',
  branch: 'main',
  workflow: '.github/workflows/validate.yml',
  headSha: 'c'.repeat(40),
  repository: 'o/r',
  headRepository: 'o/r'
}

function found(
  r: ValidationRecord | undefined,
  over: Partial<RecordSource> = {},
  problem?: string
): FoundRecord {
  return {
    source: {
      artifactId: Number(over.artifactId ?? 1),
      artifactName: 'sf-validation-x',
      runId: 11,
      fromFork: false,
      expired: false,
      run: RUN,
      ...over
    },
    ...(r ? { record: r } : {}),
    ...(problem ? { problem } : {})
  }
}

describe('selectRecord', () => {
  const now = Date.parse('2026-03-02T00:00:00Z')
  const target = {
    contentHash: HASH,
    orgId: '00D5g0000000SIM',
    nowMs: now,
    repository: 'o/r',
    trust: DEFAULT_RECORD_TRUST
  }

  it('picks the newest usable validation and says why the others were passed over', () => {
    const older = record({
      validationId: '0Af5g0000000001AAA',
      validatedAt: '2026-03-01T08:00:00.000Z'
    })
    const newer = record({
      validationId: '0Af5g0000000002AAA',
      validatedAt: '2026-03-01T09:00:00.000Z'
    })
    const s = selectRecord(
      [found(older, { artifactId: 2 }), found(newer, { artifactId: 1 })],
      target
    )
    expect(s.chosen?.record.validationId).toBe('0Af5g0000000002AAA')
    // The older one is kept in reserve, in case the org disowns the newer.
    expect(s.alternatives.map((a) => a.record.validationId)).toEqual(['0Af5g0000000001AAA'])
    expect(s.passedOver).toEqual([])
  })

  it("trusts only records of this repository's runs of allowed events, branches and workflows", () => {
    const trust = {
      events: ['push'],
      branches: ['main', 'release/*'],
      workflows: ['.github/workflows/validate.yml']
    }
    const s = selectRecord(
      [
        found(record(), { run: { ...RUN, event: 'pull_request' } }),
        found(record(), { run: { ...RUN, branch: 'feature/x' } }),
        found(record(), { run: { ...RUN, workflow: '.github/workflows/mine.yml' } }),
        found(record(), { run: { ...RUN, repository: 'o/other', headRepository: 'o/other' } }),
        found(record(), { run: undefined, runProblem: 'its workflow run could not be read (404)' }),
        found(record(), { runId: 12 }),
        found(record(), { run: { ...RUN, headSha: 'd'.repeat(40) } }),
        found(record(), { run: { ...RUN, branch: 'release/1.2' } })
      ],
      { ...target, trust }
    )
    expect(s.passedOver.map((p) => p.reason)).toEqual([
      'it was uploaded by a pull_request run; validation-record-events allows push',
      'it was uploaded by a run on branch feature/x; validation-record-branches allows main, release/*',
      'it was uploaded by workflow .github/workflows/mine.yml; validation-record-workflows allows .github/workflows/validate.yml',
      'it was uploaded by a run of o/other, not of o/r',
      'its workflow run could not be read (404)',
      'the record names run 11, but run 12 uploaded it',
      'the record names commit cccccccccccc, but its run built dddddddddddd'
    ])
    expect(s.passedOver.every((p) => !p.trusted)).toBe(true)
    expect(s.chosen?.source.run?.branch).toBe('release/1.2')
  })

  it('rejects other orgs, other contents, failures, forks, expired artifacts and unreadable records', () => {
    const s = selectRecord(
      [
        found(record({ orgId: '00D5g0000000OTHER' })),
        found(record({ contentHash: 'b'.repeat(64) })),
        found(record({ status: 'Failed' })),
        found(record(), { fromFork: true }),
        found(record(), { expired: true }),
        found(undefined, {}, 'artifact y holds no validation-record.json')
      ],
      target
    )
    expect(s.chosen).toBeUndefined()
    expect(s.passedOver.map((p) => p.reason)).toEqual([
      expect.stringContaining(
        'ran in another org (00D5g0000000OTHER, this org is 00D5g0000000SIM)'
      ),
      expect.stringContaining('is for other package contents'),
      expect.stringContaining('did not succeed (status Failed)'),
      expect.stringContaining('workflow run for a fork'),
      expect.stringContaining('the artifact has expired'),
      'artifact y holds no validation-record.json'
    ])
  })

  it('stops using a record one hour before the 10-day window ends', () => {
    const validatedAt = Date.parse('2026-03-01T10:00:00Z')
    const r = record({ validatedAt: new Date(validatedAt).toISOString() })
    const justInside = validatedAt + 10 * DAY - EXPIRY_SAFETY_MARGIN_MS - 1
    expect(selectRecord([found(r)], { ...target, nowMs: justInside }).chosen).toBeDefined()
    const inMargin = selectRecord([found(r)], { ...target, nowMs: justInside + 1 })
    expect(inMargin.chosen).toBeUndefined()
    expect(inMargin.passedOver[0]?.reason).toContain(
      'is too old: it completed 2026-03-01T10:00:00.000Z and can be quick-deployed until 2026-03-11T10:00:00.000Z'
    )
    expect(inMargin.passedOver[0]?.record).toEqual(r)
  })
})
