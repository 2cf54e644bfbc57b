import { describe, expect, it } from 'vitest'
import type { SyncOutcome } from '../../src/sync/sync-model.ts'
import { renderSyncSummary } from '../../src/modes/sync/sync-summary.ts'
import { syncVerdict } from '../../src/modes/sync/sync-verdict.ts'

const outcome: SyncOutcome = {
  results: [
    {
      type: 'CustomField',
      fullName: 'Inv__c.A__c',
      change: 'upsert',
      path: 'crud',
      state: 'created',
      via: 'upsertMetadata'
    },
    {
      type: 'CustomField',
      fullName: 'Inv__c.B__c',
      change: 'upsert',
      path: 'crud',
      state: 'failed',
      via: 'upsertMetadata',
      detail: 'FIELD_INTEGRITY_EXCEPTION: bad | <img src=x> value'
    },
    {
      type: 'Layout',
      fullName: 'Inv__c-Main',
      change: 'upsert',
      path: 'crud',
      state: 'not applied',
      via: 'upsertMetadata'
    }
  ],
  stoppedBecause: 'upsertMetadata CustomField failed for Inv__c.B__c',
  inputErrors: [],
  deployQueueMs: 4200,
  deploy: { mode: 'deploy', notes: [] },
  crudCalls: 3,
  totalMs: 1500
}

describe('sync summary and verdict', () => {
  it('says what stayed applied, escapes the org text in cells, and shows the deploy queue wait', () => {
    const verdict = syncVerdict(outcome, 'sf-deploy-results/rollback')
    expect(verdict).toMatchObject({ success: false, status: 'PartiallyApplied' })
    expect(verdict.message).toContain(
      'Applied before the failure (CRUD calls are not transactional; these stay in the org): CustomField Inv__c.A__c.'
    )
    expect(verdict.message).toContain('metadata-dir: sf-deploy-results/rollback')
    const md = renderSyncSummary({
      outcome,
      verdict,
      orgLabel: 'x.my.salesforce.com',
      orgKind: 'sandbox',
      totalMs: 1500,
      sections: []
    })
    expect(md).toContain('## ⚠️ Sync: partially applied in 1.5 s')
    expect(md).not.toContain('<img')
    expect(md).toContain('bad \\| ')
    expect(md).toContain('waited 4.2 s in the org')
    expect(md).toMatch(/`Layout Inv__c-Main` \| CRUD \(upsertMetadata\) \| not applied/)
  })

  it('passes when every component reached the org', () => {
    const ok = {
      ...outcome,
      results: outcome.results.slice(0, 1),
      stoppedBecause: undefined
    } as SyncOutcome
    delete ok.stoppedBecause
    expect(syncVerdict(ok)).toEqual({ success: true, status: 'Succeeded', message: '' })
  })
})
