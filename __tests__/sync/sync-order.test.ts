import { describe, expect, it } from 'vitest'
import type { CrudApi } from '../../src/metadata-api/soap/crud-client.ts'
import { MemoryLogger } from '../../src/shared/logger.ts'
import { defaultRegistry } from '../../src/source/registry/registry.ts'
import { planSync } from '../../src/sync/sync-plan.ts'
import { syncChanges, type SyncPorts } from '../../src/sync/sync.ts'
import { deployResult, ManualClock } from '../support/fakes.ts'

const m = (type: string, fullName: string): { type: string; fullName: string } => ({
  type,
  fullName
})

/** Ports that record the order of the calls that write to the org. */
function recordingPorts(calls: string[]): SyncPorts {
  const crud: CrudApi = {
    upsert: (records) => {
      calls.push(`upsert ${records.map((r) => r.type).join(',')}`)
      return Promise.resolve([])
    },
    delete: (type, fullNames) => {
      calls.push(`delete ${type} ${fullNames.join(',')}`)
      return Promise.resolve(fullNames.map((fullName) => ({ fullName, success: true, errors: [] })))
    },
    rename: (type, from, to) => {
      calls.push(`rename ${type} ${from}`)
      return Promise.resolve({ fullName: to, success: true, errors: [] })
    },
    read: () => Promise.resolve([])
  }
  return {
    crud,
    clock: new ManualClock(),
    logger: new MemoryLogger(),
    registry: defaultRegistry(),
    saveApex: (components) => {
      calls.push(`tooling ${components.map((c) => c.fullName).join(',')}`)
      return Promise.resolve({
        results: components.map((c) => ({ ...c, state: 'saved', via: 'ContainerAsyncRequest' }))
      })
    },
    deploy: (components) => {
      calls.push(`deploy ${components.map((c) => `${c.change} ${c.fullName}`).join(',')}`)
      return Promise.resolve({
        mode: 'deploy',
        deployId: '0Af000000000001AAA',
        result: deployResult({ status: 'Succeeded', done: true, success: true }),
        notes: []
      })
    }
  }
}

describe('sync order', () => {
  it('deletes configuration after the Apex and the deploy that stop referring to it', async () => {
    // The field goes, and the class and the flow that used it change (the flow through the
    // deploy, with a class deleted there too). The org refuses to delete a field its current
    // Apex or flows still refer to, so the deletion must come last, as a destructiveChangesPost
    // does; deleting first fails the run, and every rerun the same way.
    const plan = planSync(
      [m('ApexClass', 'InvoiceService'), m('Flow', 'Invoice_Flow')],
      [m('CustomField', 'Invoice__c.Old__c'), m('ApexClass', 'OldHelper')],
      []
    )
    const calls: string[] = []
    const outcome = await syncChanges(plan, new Map(), recordingPorts(calls))
    expect(calls).toEqual([
      'tooling InvoiceService',
      'deploy upsert Invoice_Flow,delete OldHelper',
      'delete CustomField Invoice__c.Old__c'
    ])
    expect(outcome.stoppedBecause).toBeUndefined()
    expect(outcome.results.map((r) => `${r.fullName} ${r.state}`)).toEqual([
      'InvoiceService saved',
      'Invoice_Flow deployed',
      'OldHelper deleted',
      'Invoice__c.Old__c deleted'
    ])
  })

  it('leaves the deletions unsent when the deploy before them fails', async () => {
    const plan = planSync([m('Flow', 'Invoice_Flow')], [m('CustomField', 'Invoice__c.Old__c')], [])
    const calls: string[] = []
    const ports = recordingPorts(calls)
    ports.deploy = (components) => {
      calls.push(`deploy ${components.map((c) => c.fullName).join(',')}`)
      return Promise.resolve({
        mode: 'deploy',
        deployId: '0Af000000000001AAA',
        result: deployResult({ status: 'Failed', done: true, success: false }),
        notes: []
      })
    }
    const outcome = await syncChanges(plan, new Map(), ports)
    expect(calls).toEqual(['deploy Invoice_Flow'])
    expect(outcome.results.find((r) => r.fullName === 'Invoice__c.Old__c')?.state).toBe(
      'not applied'
    )
  })
})
