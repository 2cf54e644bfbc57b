import type { DeployOptions, DeployResult } from '../../model/deploy-result.ts'
import { TransientError } from '../../shared/errors.ts'
import { XmlError } from '../../shared/xml.ts'
import { parseRetryAfter } from '../../http/retry-after.ts'
import { apiErrorFor, httpErrorFor } from '../errors.ts'
import type { CancelResult, MetadataApi } from '../metadata-api.ts'
import { normalizeDeployResult } from '../normalize.ts'
import { bool, text } from '../normalize-leaf.ts'
import type { OrgCaller } from '../org-caller.ts'
import type * as wire from '../wire.ts'
import * as envelopes from './envelopes.ts'
import { isInvalidSessionFault, parseSoapResponse } from './parse.ts'

/** The Metadata API over SOAP (`/services/Soap/m/{version}`). */
export function createSoapMetadataApi(caller: OrgCaller, apiVersion: string): MetadataApi {
  const call = soapCaller(caller, apiVersion)
  return {
    transport: 'soap',
    async deploy(zip: Uint8Array, options: DeployOptions): Promise<string> {
      const result = (await call(
        'deploy',
        envelopes.deployBody(Buffer.from(zip).toString('base64'), options)
      )) as { id?: wire.Leaf } | undefined
      return requireId(text(result?.id), 'deploy')
    },
    async checkDeployStatus(id: string, includeDetails: boolean): Promise<DeployResult> {
      const result = await call(
        'checkDeployStatus',
        envelopes.checkDeployStatusBody(id, includeDetails)
      )
      return normalizeDeployResult(requireResult(result, 'checkDeployStatus'))
    },
    async deployRecentValidation(validationId: string): Promise<string> {
      const result = await call(
        'deployRecentValidation',
        envelopes.deployRecentValidationBody(validationId)
      )
      return requireId(text(result as wire.Leaf), 'deployRecentValidation')
    },
    async cancelDeploy(id: string): Promise<CancelResult> {
      const result = (await call('cancelDeploy', envelopes.cancelDeployBody(id))) as
        { done?: wire.Leaf; id?: wire.Leaf } | undefined
      return { done: bool(result?.done), id: text(result?.id) ?? id }
    }
  }
}

/**
 * Calls one Metadata API SOAP operation with the session in the header (signing in again once on
 * INVALID_SESSION_ID) and returns its `result`, or throws the classified error.
 */
export function soapCaller(
  caller: OrgCaller,
  apiVersion: string
): (operation: string, body: string) => Promise<unknown> {
  return async (operation, body) => {
    const response = await caller.send(
      (c) => ({
        method: 'POST',
        url: `${c.instanceUrl}/services/Soap/m/${apiVersion}`,
        headers: { 'content-type': 'text/xml; charset=UTF-8', soapaction: '""' },
        body: envelopes.envelope(c.accessToken, body)
      }),
      (r) => isInvalidSessionFault(r.status, r.body)
    )
    return readAnswer(
      operation,
      response.status,
      response.body,
      parseRetryAfter(response.headers['retry-after'], Date.now())
    )
  }
}

/** Reads a SOAP answer: the result, or a classified error (transient vs fatal). */
function readAnswer(
  operation: string,
  status: number,
  body: string,
  retryAfterMs: number | undefined
): unknown {
  let answer
  try {
    answer = parseSoapResponse(body)
  } catch (error) {
    // A 5xx HTML maintenance page or a truncated body: worth another try for idempotent calls.
    if (error instanceof XmlError) {
      if (status === 200)
        throw new TransientError(`${operation}: unreadable SOAP response (${error.message})`)
      throw httpErrorFor(status, operation, retryAfterMs)
    }
    throw error
  }
  if (answer.kind === 'fault') throw apiErrorFor(answer.code, answer.message, status, retryAfterMs)
  if (status !== 200) throw httpErrorFor(status, operation, retryAfterMs)
  return answer.result
}

function requireId(id: string | undefined, operation: string): string {
  if (!id) throw new TransientError(`${operation}: the response carried no id`)
  return id
}

/**
 * The DeployResult of an answer. An empty `<result/>` or response element is a broken answer (a
 * status read is repeated), not a deploy that has no fields.
 */
function requireResult(result: unknown, operation: string): wire.DeployResult {
  if (result === null || typeof result !== 'object')
    throw new TransientError(`${operation}: the response carried no result`)
  return result as wire.DeployResult
}
