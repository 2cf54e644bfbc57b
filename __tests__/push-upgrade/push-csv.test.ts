import { describe, expect, it } from 'vitest'
import { toFailuresCsv } from '../../src/modes/push-upgrade/push-csv.ts'
import type { FailedOrgRow } from '../../src/push-upgrade/group-failures.ts'

const row = (over: Partial<FailedOrgRow>): FailedOrgRow => ({
  orgKey: '00D5g0000000SIMEA2',
  orgName: 'Acme',
  orgType: 'Production',
  instance: 'NA1',
  installedVersion: '1.2',
  outcome: 'Failed',
  errorType: 'ApexError',
  errorTitle: 'Post-install script failed',
  message: 'boom',
  supportNumber: '731858695-80805 (-151184096)',
  details: '',
  ...over
})

describe('push CSV files', () => {
  it('keeps real org ids and support numbers as they are', () => {
    const line = toFailuresCsv([row({})]).split('\r\n')[1]
    expect(line).toBe(
      '00D5g0000000SIMEA2,Acme,Production,NA1,1.2,Failed,ApexError,Post-install script failed,boom,731858695-80805 (-151184096),'
    )
  })

  it('defuses an org id or support number the org sent as a spreadsheet formula', () => {
    const csv = toFailuresCsv([
      row({ orgKey: '=HYPERLINK("http://x.test","open")', supportNumber: '+1+cmd|calc' })
    ])
    const line = csv.split('\r\n')[1] ?? ''
    expect(line.startsWith(`"'=HYPERLINK(""http://x.test"",""open"")"`)).toBe(true)
    expect(line).toContain(",'+1+cmd|calc,")
  })
})
