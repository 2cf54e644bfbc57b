/**
 * A REST status read whose 2xx body holds no `deployResult` object (`{}`, `null`, `[]`, a proxy's
 * own JSON) is a broken answer the poller retries, as an empty SOAP `<result/>` is: not a deploy
 * with no status that never finishes, and not a TypeError.
 */
import { describe, expect, it } from 'vitest'
import type { Session } from '../../src/auth/session.ts'
import type { HttpResponse, HttpTransport } from '../../src/http/transport.ts'
import { OrgCaller } from '../../src/metadata-api/org-caller.ts'
import { createRestMetadataApi } from '../../src/metadata-api/rest/rest-client.ts'
import { TransientError } from '../../src/shared/errors.ts'
import { vectorText } from '../support/fixtures.ts'

function apiAnswering(body: string) {
  const connection = { instanceUrl: 'https://acme.my.salesforce.com', accessToken: '00D!token' }
  const session = { connection, refresh: () => Promise.resolve(connection) } as unknown as Session
  const response: HttpResponse = {
    status: 200,
    headers: { 'content-type': 'application/json;charset=UTF-8' },
    body
  }
  const http: HttpTransport = { send: () => Promise.resolve(response) }
  return createRestMetadataApi(new OrgCaller(session, http), '62.0')
}

describe('REST status body without a deployResult', () => {
  it.each([
    ['{}'],
    ['null'],
    ['[]'],
    ['{"id":"0Af7A00000l6BaoSAE"}'],
    ['{"id":"0Af7A00000l6BaoSAE","deployResult":null}'],
    ['{"status":"ok"}']
  ])('%s is a transient error to retry', async (body) => {
    const error = await apiAnswering(body)
      .checkDeployStatus('0Af7A00000l6BaoSAE', true)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TransientError)
    expect((error as Error).message).toBe('checkDeployStatus: the response carried no result')
  })

  it('the recorded body still reads', async () => {
    const api = apiAnswering(vectorText('rest-deployRequest-get-includeDetails-succeeded.json'))
    const result = await api.checkDeployStatus('0Af7A00000l6BaoSAE', true)
    expect(result).toMatchObject({ id: '0Af7A00000l6BaoSAE', status: 'Succeeded', done: true })
  })
})
