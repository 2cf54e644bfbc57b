import { describe, expect, it } from 'vitest'
import { judgeOutlook } from '../../src/modes/plan/quick-deploy-outlook.ts'
import {
  COMMENT_LIMIT,
  planMarker,
  renderPlanComment,
  type PlanInput
} from '../../src/modes/plan/render-plan.ts'
import type { DeployReceipt } from '../../src/receipt/build-receipt.ts'
import type { ValidationRecord } from '../../src/validation-record/record.ts'
import type { RecordSelection } from '../../src/validation-record/select-record.ts'
import { deployResult } from '../support/fakes.ts'

const VALIDATED = '2026-01-01T10:00:00.000Z'
const record: ValidationRecord = {
  validationId: '0Af000000000001AAA',
  orgId: '00D000000000001AAA',
  instanceUrl: 'https://acme.my.salesforce.com',
  apiVersion: '62.0',
  runTests: [],
  testsRun: 3,
  status: 'Succeeded',
  contentHash: 'a'.repeat(64),
  commitSha: 'abc',
  validatedAt: VALIDATED
}
const chosen: RecordSelection = {
  chosen: {
    record,
    source: { artifactId: 1, artifactName: 'sf-validation-x', fromFork: false, expired: false }
  },
  alternatives: [],
  passedOver: []
}
const validation = deployResult({
  id: record.validationId,
  checkOnly: true,
  done: true,
  status: 'Succeeded',
  completedDate: new Date(VALIDATED),
  runTestsEnabled: true,
  numberTestsTotal: 3
})
const now = Date.parse(VALIDATED) + 60_000

describe('judgeOutlook', () => {
  it('is eligible until 10 days minus the hour margin, and names the org limit', () => {
    expect(judgeOutlook({ selection: chosen, validation, nowMs: now })).toEqual({
      kind: 'eligible',
      validationId: record.validationId,
      artifactName: 'sf-validation-x',
      validatedAt: VALIDATED,
      usableUntil: '2026-01-11T09:00:00.000Z',
      expiresAt: '2026-01-11T10:00:00.000Z',
      caveats: []
    })
  })

  it('is not once a receipt shows a deploy after the validation', () => {
    const receipt = {
      deployId: '0Af000000000009AAA',
      deployedAt: '2026-01-02T00:00:00.000Z'
    } as DeployReceipt
    const outlook = judgeOutlook({
      selection: chosen,
      validation,
      lastReceipt: receipt,
      nowMs: now
    })
    expect(outlook).toMatchObject({ kind: 'not-eligible', validationId: record.validationId })
    expect('reason' in outlook && outlook.reason).toContain(
      'deploy 0Af000000000009AAA reached the org'
    )
  })

  it('is not when the org says the validation failed, and unknown when the org cannot be asked', () => {
    const failed = deployResult({ ...validation, status: 'Failed' })
    expect(judgeOutlook({ selection: chosen, validation: failed, nowMs: now })).toMatchObject({
      kind: 'not-eligible',
      reason: expect.stringContaining('it did not succeed (status Failed)')
    })
    expect(judgeOutlook({ selection: chosen, validation: 'timeout', nowMs: now })).toMatchObject({
      kind: 'unknown'
    })
  })

  it('says to validate first when no record was found, and why others were passed over', () => {
    expect(
      judgeOutlook({ selection: { alternatives: [], passedOver: [] }, nowMs: now })
    ).toMatchObject({
      kind: 'not-eligible',
      reason: expect.stringContaining('validate it first')
    })
  })
})

describe('renderPlanComment', () => {
  const plan: PlanInput = {
    components: 1,
    deletions: 0,
    tests: { level: 'RunLocalTests', classes: [], why: 'from test-level' },
    packageSections: [],
    drift: { unchecked: 'no receipt' },
    quickDeploy: { kind: 'unchecked', reason: 'no org' },
    rollback: { unchecked: 'no org' },
    unchecked: []
  }

  it('starts with the marker and keeps a marker that could close the HTML comment harmless', () => {
    expect(renderPlanComment(plan, 'release-plan').split('\n')[0]).toBe(planMarker('release-plan'))
    expect(planMarker('a-->b')).toBe('<!-- salesforce-release-plan:v1 key=ab -->')
  })

  it('drops the details beyond the comment limit and points to the summary', () => {
    const big = { ...plan, packageSections: ['x'.repeat(COMMENT_LIMIT)] }
    const body = renderPlanComment(
      big,
      'release-plan',
      'https://github.com/acme/app/actions/runs/1'
    )
    expect(body.length).toBeLessThan(COMMENT_LIMIT)
    expect(body).toContain('[the job summary](https://github.com/acme/app/actions/runs/1)')
    expect(body).toContain('| Tests | RunLocalTests (from test-level) |')
  })
})
