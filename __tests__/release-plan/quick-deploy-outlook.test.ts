/**
 * The plan's "quick deploy on merge" row applies the rules the quick deploy on merge applies: each
 * case here is one the plan used to call possible while the merge's quick deploy passed the record
 * over, or the org refused it (and quick-deploy-fallback took over).
 */
import { describe, expect, it } from 'vitest'
import type { ComponentMessage, DeployResult } from '../../src/model/deploy-result.ts'
import { foreseeQuickDeploy, type OrgFacts } from '../../src/modes/plan/foresee-quick-deploy.ts'
import type { QuickDeployOutlook } from '../../src/modes/plan/quick-deploy-outlook.ts'
import { renderPlan, type PlanInput } from '../../src/modes/plan/render-plan.ts'
import { ApiError } from '../../src/shared/errors.ts'
import type { ReadValidation } from '../../src/validation-record/confirm-record.ts'
import type { ValidationRecord } from '../../src/validation-record/record.ts'
import {
  DEFAULT_RECORD_TRUST,
  type FoundRecord
} from '../../src/validation-record/select-record.ts'
import type { PackageComponents } from '../../src/validation-record/verify-validation.ts'
import { deployResult } from '../support/fakes.ts'
import { validationRecord } from '../support/validation-record.ts'

const VALIDATED = '2026-03-01T10:00:00.000Z'
const now = Date.parse(VALIDATED) + 60_000

/** The package: an object with one field, and a class. */
const contents: PackageComponents = {
  members: [
    { type: 'CustomObject', fullName: 'Invoice__c' },
    { type: 'ApexClass', fullName: 'InvoiceService' }
  ],
  deletions: [],
  files: new Set(['package.xml', 'objects/Invoice__c.object', 'classes/InvoiceService.cls'])
}

function message(type: string, fullName: string, fileName: string): ComponentMessage {
  return {
    componentType: type,
    fullName,
    fileName,
    success: true,
    created: false,
    changed: true,
    deleted: false
  }
}

/** The org's validation of exactly this package (its field reported as a child), 3 tests run. */
const COVERED = [
  message('CustomObject', 'Invoice__c', 'objects/Invoice__c.object'),
  message('CustomField', 'Invoice__c.Amount__c', 'objects/Invoice__c.object'),
  message('ApexClass', 'InvoiceService', 'classes/InvoiceService.cls')
]

function orgValidation(id: string, over: Partial<DeployResult> = {}): DeployResult {
  return deployResult({
    id,
    checkOnly: true,
    done: true,
    success: true,
    status: 'Succeeded',
    completedDate: new Date(VALIDATED),
    runTestsEnabled: true,
    numberTestsTotal: 3,
    numberTestsCompleted: 3,
    details: { componentSuccesses: COVERED, componentFailures: [] },
    ...over
  })
}

const REPO = 'acme/app'

/** A record as the artifact store finds it, uploaded by a trusted pull_request run. */
function found(record: ValidationRecord, artifactId: number): FoundRecord {
  return {
    record,
    source: {
      artifactId,
      artifactName: `sf-validation-${artifactId}`,
      runId: artifactId,
      fromFork: false,
      expired: false,
      run: {
        event: 'pull_request',
        branch: 'feature',
        workflow: '.github/workflows/validate.yml',
        headSha: record.commitSha,
        repository: REPO,
        headRepository: REPO
      }
    }
  }
}

const newest = validationRecord({ validationId: '0Af5g0000000002AAA', validatedAt: VALIDATED })
const older = validationRecord({
  validationId: '0Af5g0000000001AAA',
  validatedAt: '2026-03-01T09:00:00.000Z'
})

/** The org answers each id from `answers` (an Error is thrown). */
function orgAnswers(answers: Record<string, DeployResult | Error>): ReadValidation {
  return (id) => {
    const answer = answers[id]
    if (!answer) return Promise.reject(new Error(`unexpected read of ${id}`))
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer)
  }
}

/** The plan's foresight of the quick deploy, over these records and the org's answers. */
function outlook(
  answers: Record<string, DeployResult | Error>,
  org: OrgFacts = {},
  records: ValidationRecord[] = [newest, older]
): Promise<QuickDeployOutlook> {
  const read = orgAnswers(answers)
  return foreseeQuickDeploy(
    {
      contentHash: newest.contentHash,
      orgId: newest.orgId,
      nowMs: now,
      repository: REPO,
      trust: DEFAULT_RECORD_TRUST
    },
    () => contents,
    {
      findRecords: () => Promise.resolve(records.map((r, i) => found(r, i + 1))),
      readWithDetails: read,
      readStatus: read,
      log: () => {}
    },
    org
  )
}

const reasonOf = (o: QuickDeployOutlook): string => ('reason' in o ? o.reason : '')

describe('the plan foresees a quick deploy on merge by its rules', () => {
  it('is possible with the validation the org confirms, child components included', async () => {
    expect(
      await outlook({ [newest.validationId]: orgValidation(newest.validationId) })
    ).toMatchObject({ kind: 'eligible', validationId: newest.validationId, caveats: [] })
  })

  it('is not when the org says the validation did not cover a component of this package', async () => {
    const partial = orgValidation(newest.validationId, {
      details: { componentSuccesses: COVERED.slice(0, 2), componentFailures: [] }
    })
    expect(await outlook({ [newest.validationId]: partial }, {}, [newest])).toEqual({
      kind: 'not-eligible',
      reason: `no usable validation record of this package content: the org's validation ${newest.validationId} is not of this package: it did not validate ApexClass InvoiceService of this package`
    })
  })

  it('is not when the org validated a component this package does not hold, or has no such deploy', async () => {
    const extra = orgValidation(newest.validationId, {
      details: {
        componentSuccesses: [
          ...COVERED,
          // Named like a child of Invoice__c, but a component of its own.
          message('QuickAction', 'Invoice__c.Send', 'quickActions/Invoice__c.Send.quickAction')
        ],
        componentFailures: []
      }
    })
    const answer = await outlook({
      [newest.validationId]: extra,
      [older.validationId]: new ApiError('INVALID_CROSS_REFERENCE_KEY', 'no such id', 500)
    })
    expect(answer.kind).toBe('not-eligible')
    expect(reasonOf(answer)).toContain(
      'it also validated QuickAction Invoice__c.Send, which this package does not hold'
    )
    expect(reasonOf(answer)).toContain(
      `the org's validation ${older.validationId} is not of this package: the org has no such deploy (INVALID_CROSS_REFERENCE_KEY)`
    )
  })

  it('is not when the org ran other tests than the record says, or it is a deploy', async () => {
    const answer = await outlook({
      [newest.validationId]: orgValidation(newest.validationId, {
        numberTestsCompleted: 1,
        numberTestsTotal: 1
      }),
      [older.validationId]: orgValidation(older.validationId, { checkOnly: false })
    })
    expect(answer.kind).toBe('not-eligible')
    expect(reasonOf(answer)).toContain('it ran 1 tests, the record says 3')
    expect(reasonOf(answer)).toContain('it is a deploy, not a validation')
  })

  it('names the older validation the quick deploy will use when the org disowns the newest', async () => {
    const answer = await outlook({
      [newest.validationId]: orgValidation(newest.validationId, {
        details: { componentSuccesses: [], componentFailures: [] }
      }),
      [older.validationId]: orgValidation(older.validationId)
    })
    expect(answer).toMatchObject({ kind: 'eligible', validationId: older.validationId })
  })

  it('is not when the validation ran no Apex tests: the org refuses to quick-deploy it', async () => {
    const untested = validationRecord({
      validationId: newest.validationId,
      validatedAt: VALIDATED,
      testLevel: 'NoTestRun',
      testsRun: 0
    })
    const noTests = orgValidation(newest.validationId, {
      runTestsEnabled: false,
      numberTestsTotal: 0,
      numberTestsCompleted: 0
    })
    expect(await outlook({ [newest.validationId]: noTests }, {}, [untested])).toEqual({
      kind: 'not-eligible',
      validationId: newest.validationId,
      reason: `validation ${newest.validationId}: it ran no Apex tests (NoTestRun), and the org quick-deploys only validations whose Apex tests ran and passed: validate with a test level that runs tests`
    })
  })

  it('is not when drift: fail will stop the run before the quick deploy', async () => {
    const answers = { [newest.validationId]: orgValidation(newest.validationId) }
    expect(await outlook(answers, { drift: { choice: 'fail', drifted: 2 } })).toMatchObject({
      kind: 'not-eligible',
      reason: expect.stringContaining(
        '2 components changed in the org since the last deploy, and drift: fail'
      )
    })
    expect(await outlook(answers, { drift: { choice: 'warn', drifted: 2 } })).toMatchObject({
      kind: 'eligible'
    })
  })

  it('says what it could not check rather than claiming a plain yes', async () => {
    const answer = await outlook(
      { [newest.validationId]: orgValidation(newest.validationId) },
      { receiptsUnread: 'HTTP 403' }
    )
    expect(answer).toMatchObject({ kind: 'eligible' })
    const row = quickDeployRow(answer)
    expect(row).toContain('but the deploy receipts could not be read (HTTP 403)')
    expect(row).toContain(
      'This holds if the merge job runs mode: quick-deploy without validation-id, builds the package with the same inputs as this plan'
    )
    expect(
      quickDeployRow({ kind: 'not-eligible', reason: 'no validation of this package content' })
    ).toContain("On merge, the quick deploy's quick-deploy-fallback decides")
  })
})

function quickDeployRow(quickDeploy: PlanInput['quickDeploy']): string {
  const plan = renderPlan({
    components: 1,
    deletions: 0,
    tests: { level: 'RunLocalTests', classes: [], why: 'from test-level' },
    packageSections: [],
    drift: { unchecked: 'no receipt' },
    quickDeploy,
    rollback: { unchecked: 'no org' },
    unchecked: []
  })
  return plan.split('\n').find((l) => l.startsWith('| Quick deploy on merge')) ?? ''
}
