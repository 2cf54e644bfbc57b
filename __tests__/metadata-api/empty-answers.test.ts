/**
 * A Metadata API answer whose result element (SOAP) or body (REST) is empty is a broken answer,
 * not a crash: the deploy call says it carried no id (so the step warns that a deploy may have
 * started), and a status read is a transient error the poller retries.
 */
import { describe, expect, it } from 'vitest'
import type { Session } from '../../src/auth/session.ts'
import type { HttpResponse, HttpTransport } from '../../src/http/transport.ts'
import { OrgCaller } from '../../src/metadata-api/org-caller.ts'
import { createRestMetadataApi } from '../../src/metadata-api/rest/rest-client.ts'
import { createSoapMetadataApi } from '../../src/metadata-api/soap/soap-client.ts'
import type { DeployOptions } from '../../src/model/deploy-result.ts'
import { TransientError } from '../../src/shared/errors.ts'

const OPTIONS: DeployOptions = {
  checkOnly: false,
  ignoreWarnings: false,
  purgeOnDelete: false,
  rollbackOnError: true,
  runTests: [],
  singlePackage: true
}

/** An org caller whose every request gets `response`. */
function callerAnswering(response: HttpResponse): OrgCaller {
  const connection = { instanceUrl: 'https://acme.my.salesforce.com', accessToken: '00D!token' }
  const session = { connection, refresh: () => Promise.resolve(connection) } as unknown as Session
  const http: HttpTransport = { send: () => Promise.resolve(response) }
  return new OrgCaller(session, http)
}

const soapAnswer = (operation: string, inner: string): HttpResponse => ({
  status: 200,
  headers: {},
  body:
    '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" ' +
    `xmlns="http://soap.sforce.com/2006/04/metadata"><soapenv:Body><${operation}Response>${inner}</${operation}Response></soapenv:Body></soapenv:Envelope>`
})

describe('empty Metadata API answers', () => {
  it('SOAP deploy with an empty result: no id, a transient error (not a TypeError)', async () => {
    const api = createSoapMetadataApi(callerAnswering(soapAnswer('deploy', '<result/>')), '62.0')
    const error = await api.deploy(new Uint8Array([1]), OPTIONS).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TransientError)
    expect((error as Error).message).toBe('deploy: the response carried no id')
  })

  it('SOAP checkDeployStatus with an empty response element: a transient error to retry', async () => {
    const api = createSoapMetadataApi(callerAnswering(soapAnswer('checkDeployStatus', '')), '62.0')
    const error = await api.checkDeployStatus('0Af1', true).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TransientError)
    expect((error as Error).message).toBe('checkDeployStatus: the response carried no result')
  })

  it('SOAP cancelDeploy with an empty result: not done, the id asked for', async () => {
    const api = createSoapMetadataApi(
      callerAnswering(soapAnswer('cancelDeploy', '<result/>')),
      '62.0'
    )
    expect(await api.cancelDeploy('0Af1')).toEqual({ done: false, id: '0Af1' })
  })

  it('REST calls answered with an empty 2xx body', async () => {
    const api = createRestMetadataApi(
      callerAnswering({ status: 201, headers: {}, body: '' }),
      '62.0'
    )
    const error = await api.deploy(new Uint8Array([1]), OPTIONS).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TransientError)
    expect((error as Error).message).toBe('deploy: the response carried no id')
    const status = await api.checkDeployStatus('0Af1', true).catch((e: unknown) => e)
    expect(status).toBeInstanceOf(TransientError)
    expect((status as Error).message).toBe('checkDeployStatus: the response carried no result')
    expect(await api.cancelDeploy('0Af1')).toEqual({ done: false, id: '0Af1' })
  })
})
