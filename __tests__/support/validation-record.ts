import type { ValidationRecord } from '../../src/validation-record/record.ts'

/** A validation record of the simulator's org, as validate mode writes one; `over` changes fields. */
export function validationRecord(over: Partial<ValidationRecord> = {}): ValidationRecord {
  return {
    validationId: '0Af5g0000000001AAA',
    orgId: '00D5g0000000SIMEA2',
    instanceUrl: 'https://acme.my.salesforce.com',
    apiVersion: '62.0',
    testLevel: 'RunLocalTests',
    runTests: [],
    testsRun: 3,
    status: 'Succeeded',
    contentHash: 'a'.repeat(64),
    commitSha: 'c'.repeat(40),
    validatedAt: '2026-03-01T10:00:00.000Z',
    ...over
  }
}
