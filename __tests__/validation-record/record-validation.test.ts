import { describe, expect, it } from 'vitest'
import type { Outcome } from '../../src/deploy/deploy-package.ts'
import { parseFor } from '../support/parse-any.ts'
import { MemoryLogger } from '../../src/shared/logger.ts'
import type { RecordUploader } from '../../src/validation-record/artifact-store.ts'
import type { RecordPorts } from '../../src/validation-record/ports.ts'
import { recordValidation } from '../../src/validation-record/record-validation.ts'
import type { ValidationRecord } from '../../src/validation-record/record.ts'
import { deployResult, ManualClock } from '../support/fakes.ts'
import { rawInputs } from '../support/raw-inputs.ts'

const HASH = 'd'.repeat(64)
const TOKEN = {
  'access-token': '00D5g0000000SIM!AQ',
  'instance-url': 'https://acme.my.salesforce.com'
}

function outcome(over: Partial<Outcome> = {}, status = 'Succeeded'): Outcome {
  return {
    mode: 'validate',
    deployId: '0Af5g0000000009AAA',
    result: deployResult({
      id: '0Af5g0000000009AAA',
      status,
      done: true,
      success: status === 'Succeeded',
      checkOnly: true,
      completedDate: new Date('2026-03-01T10:00:00Z'),
      numberTestsCompleted: 4
    }),
    notes: [],
    instanceUrl: 'https://acme.my.salesforce.com',
    orgId: '00D5g0000000SIM',
    apiVersion: '62.0',
    package: {
      zip: new Uint8Array(),
      fileCount: 1,
      unzippedBytes: 1,
      packageXml: '',
      components: [],
      warnings: [],
      contentHash: HASH
    },
    ...over
  }
}

function ports(uploader: RecordUploader): RecordPorts & { outputs: Record<string, string> } {
  const outputs: Record<string, string> = {}
  return {
    outputs,
    finder: { find: () => Promise.reject(new Error('not used')) },
    uploader,
    summary: { write: () => Promise.resolve() },
    setOutput: (name, value) => void (outputs[name] = value),
    run: { commitSha: 'e'.repeat(40), repository: 'acme/app', runId: '77' }
  }
}

describe('recordValidation', () => {
  const settings = parseFor(
    'validate',
    rawInputs({
      ...TOKEN,
      mode: 'validate',
      'test-level': 'RunSpecifiedTests',
      'run-tests': 'ATest'
    })
  )
  const deps = (): { clock: ManualClock; logger: MemoryLogger } => ({
    clock: new ManualClock(),
    logger: new MemoryLogger()
  })

  it('uploads the record of a successful validation and says where it went', async () => {
    const uploaded: { name: string; record: ValidationRecord }[] = []
    const p = ports({
      upload: async (name, record) => (uploaded.push({ name, record }), { id: 5 })
    })
    const out = await recordValidation(outcome(), settings, p, deps(), true)
    expect(uploaded).toHaveLength(1)
    expect(uploaded[0]?.name).toBe(`sf-validation-00D5g0000000SIMEA2-${'d'.repeat(32)}`)
    expect(uploaded[0]?.record).toEqual({
      validationId: '0Af5g0000000009AAA',
      orgId: '00D5g0000000SIMEA2',
      instanceUrl: 'https://acme.my.salesforce.com',
      apiVersion: '62.0',
      testLevel: 'RunSpecifiedTests',
      runTests: ['ATest'],
      testsRun: 4,
      status: 'Succeeded',
      contentHash: HASH,
      commitSha: 'e'.repeat(40),
      validatedAt: '2026-03-01T10:00:00.000Z',
      run: { repository: 'acme/app', id: '77', attempt: '1' }
    })
    expect(p.outputs['content-hash']).toBe(HASH)
    expect(JSON.parse(p.outputs['validation-record'] ?? '{}')).toMatchObject({
      kind: 'salesforce-validation-record',
      version: 1
    })
    expect(out.notes.at(-1)).toContain('finds it until 2026-03-11T10:00:00.000Z')
  })

  it('turns an upload failure into a warning that gives the id to use instead', async () => {
    const d = deps()
    const out = await recordValidation(
      outcome(),
      settings,
      ports({ upload: () => Promise.reject(new Error('ACTIONS_RUNTIME_TOKEN is not set')) }),
      d,
      true
    )
    expect(out.notes.at(-1)).toContain('could not be uploaded')
    expect(out.notes.at(-1)).toContain('validation-id: 0Af5g0000000009AAA')
    expect(
      d.logger.lines.some((l) =>
        l.startsWith('warning: The validation record could not be uploaded')
      )
    ).toBe(true)
  })

  it('records nothing for a failed validation, an unknown org, or validation-record: false', async () => {
    const never: RecordUploader = { upload: () => Promise.reject(new Error('must not upload')) }
    const off = parseFor(
      'validate',
      rawInputs({ ...TOKEN, mode: 'validate', 'validation-record': 'false' })
    )
    for (const [o, s] of [
      [outcome({}, 'Failed'), settings],
      [outcome({ orgId: undefined }), settings],
      [outcome(), off]
    ] as const) {
      const p = ports(never)
      const out = await recordValidation(o, s, p, deps(), true)
      expect(out.notes).toEqual([])
      expect(p.outputs['validation-record']).toBeUndefined()
      expect(p.outputs['content-hash']).toBe(HASH)
    }
  })
})
