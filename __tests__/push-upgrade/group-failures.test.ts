import { describe, expect, it } from 'vitest'
import {
  failedOrgRows,
  groupFailures,
  maskMessage,
  primaryError,
  supportNumberOf
} from '../../src/push-upgrade/group-failures.ts'
import type { FailedJob, PushError } from '../../src/push-upgrade/push-model.ts'
import { subscriber, version } from './fixtures.ts'

const err = (type: string, title: string, message: string, severity = 'Error'): PushError => ({
  severity,
  type,
  title,
  message,
  details: ''
})
const job = (n: number, ...errors: PushError[]): FailedJob => ({
  jobId: `0DX${n}`,
  orgKey: subscriber(n, '').orgKey,
  errors
})

describe('failure grouping', () => {
  it('groups by error type and title, largest first, with sample orgs and message variants', () => {
    const jobs = [
      job(
        1,
        err(
          'UnclassifiedError',
          'Unexpected Failure',
          'An unexpected error occurred: 731858695-80805 (-151184096)'
        )
      ),
      job(
        2,
        err(
          'UnclassifiedError',
          'Unexpected Failure',
          'An unexpected error occurred: 1234-5678 (90)'
        )
      ),
      job(3, err('IneligibleUpgrade', 'Dependent Package Conflict', 'Install Sim Core 3.2')),
      job(4, err('UnclassifiedError', 'Unexpected Failure', 'Something else broke'))
    ]
    const names = new Map(
      [1, 2, 3, 4].map((n) => [subscriber(n, '').orgKey.slice(0, 15), subscriber(n, '')])
    )
    expect(groupFailures(jobs, names)).toEqual([
      {
        type: 'UnclassifiedError',
        title: 'Unexpected Failure',
        count: 3,
        sampleOrgs: ['Org 1', 'Org 2', 'Org 4'],
        firstMessage: 'An unexpected error occurred: 731858695-80805 (-151184096)',
        variants: 2
      },
      {
        type: 'IneligibleUpgrade',
        title: 'Dependent Package Conflict',
        count: 1,
        sampleOrgs: ['Org 3'],
        firstMessage: 'Install Sim Core 3.2',
        variants: 1
      }
    ])
  })

  it('explains a job by its first Error-severity error, and a job without errors plainly', () => {
    expect(
      primaryError(
        job(
          1,
          err('DeployError', 'w', 'warning first', 'Warning'),
          err('ApexTestFailure', 't', 'the failure')
        )
      ).type
    ).toBe('ApexTestFailure')
    expect(primaryError(job(1))).toMatchObject({ type: 'Unknown', title: 'No error details' })
  })

  it('extracts support numbers and masks ids so per-org messages compare equal', () => {
    expect(supportNumberOf('contact support: 731858695-80805 (-151184096).')).toBe(
      '731858695-80805 (-151184096)'
    )
    expect(supportNumberOf('no number')).toBe('')
    expect(maskMessage('Org 00D5g0000000SIMEA2 failed: 1-2 (3)')).toBe(
      maskMessage('Org 00D5g0000000XYZEA2 failed: 4-5 (-6)')
    )
    expect(maskMessage('Dependent package conflict')).toBe('Dependent package conflict')
  })

  it('lists failed and refused orgs with subscriber details for the table and CSV', () => {
    const v = version(1, '1.3')
    const sub = subscriber(1, v.id, { orgType: 'Sandbox', instanceName: 'CS9' })
    const rows = failedOrgRows(
      [
        job(1, {
          ...err('UnclassifiedError', 'Unexpected Failure', 'boom 1-2 (3)'),
          details: 'Class.PostInstall.onInstall: line 12, column 1'
        })
      ],
      [{ orgKey: '00D000000000099', statusCode: 'INVALID_OPERATION', message: 'nope' }],
      new Map([[sub.orgKey.slice(0, 15), sub]]),
      [v]
    )
    expect(rows).toEqual([
      {
        orgKey: sub.orgKey,
        orgName: 'Org 1',
        orgType: 'Sandbox',
        instance: 'CS9',
        installedVersion: '1.3',
        outcome: 'Failed',
        errorType: 'UnclassifiedError',
        errorTitle: 'Unexpected Failure',
        message: 'boom 1-2 (3)',
        supportNumber: '1-2 (3)',
        details: 'Class.PostInstall.onInstall: line 12, column 1'
      },
      {
        orgKey: '00D000000000099',
        orgName: '',
        orgType: '',
        instance: '',
        installedVersion: '',
        outcome: 'Rejected',
        errorType: 'INVALID_OPERATION',
        errorTitle: 'Job not created',
        message: 'nope',
        supportNumber: '',
        details: ''
      }
    ])
  })
})
