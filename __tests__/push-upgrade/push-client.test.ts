import { describe, expect, it } from 'vitest'
import { primaryError } from '../../src/push-upgrade/group-failures.ts'
import { createPushClient } from '../../src/push-upgrade/push-client.ts'
import type { SalesforceRest } from '../../src/salesforce-rest/rest-client.ts'

const BASE = '/services/data/v62.0'

/** A SalesforceRest answering one query and GETs by path; every GET is recorded. */
function fakeRest(
  rows: unknown[],
  pages: Record<string, unknown>
): SalesforceRest & { gets: string[] } {
  const gets: string[] = []
  const unused = (): never => {
    throw new Error('not used')
  }
  return {
    gets,
    apiVersion: '62.0',
    base: () => BASE,
    queryAll: async <T>() => rows as T[],
    get: async <T>(path: string) => {
      gets.push(path)
      if (!(path in pages)) throw new Error(`unexpected GET ${path}`)
      return pages[path] as T
    },
    post: unused,
    patch: unused,
    delete: unused
  }
}

function error(severity: string, title: string): Record<string, string> {
  return {
    ErrorSeverity: severity,
    ErrorType: 'DeployError',
    ErrorTitle: title,
    ErrorMessage: `${title} message`,
    ErrorDetails: ''
  }
}

describe('createPushClient readFailedJobs', () => {
  it('follows the nextRecordsUrl of a job whose PackagePushErrors came in several batches', async () => {
    const next = `${BASE}/query/01gxx0000000001-200`
    const rest = fakeRest(
      [
        {
          Id: '0DX000000000001',
          SubscriberOrganizationKey: '00D000000000001',
          Status: 'Failed',
          PackagePushErrors: {
            totalSize: 3,
            done: false,
            nextRecordsUrl: next,
            records: [error('Warning', 'First warning'), error('Warning', 'Second warning')]
          }
        }
      ],
      { [next]: { totalSize: 3, done: true, records: [error('Error', 'The real failure')] } }
    )
    const [job] = await createPushClient(rest).readFailedJobs('0DV000000000001')
    expect(job?.errors.map((e) => e.title)).toEqual([
      'First warning',
      'Second warning',
      'The real failure'
    ])
    expect(job && primaryError(job).title).toBe('The real failure')
    expect(rest.gets).toEqual([next])
  })
})
