import { randomBytes } from 'node:crypto'
import type { DeployOptions, DeployResult } from '../../model/deploy-result.ts'
import { TransientError } from '../../shared/errors.ts'
import type { CancelResult, MetadataApi } from '../metadata-api.ts'
import { normalizeDeployResult } from '../normalize.ts'
import type { OrgCaller } from '../org-caller.ts'
import type * as wire from '../wire.ts'
import { sendRest, type RestBody } from './rest-send.ts'
import { buildDeployMultipart, deployRequestPath } from './requests.ts'

/** The Metadata API over REST (`/services/data/vXX.0/metadata/deployRequest`). */
export function createRestMetadataApi(caller: OrgCaller, apiVersion: string): MetadataApi {
  const send = (what: string, method: 'GET' | 'POST' | 'PATCH', path: string, body?: RestBody) =>
    sendRest(caller, what, method, path, body)
  return {
    transport: 'rest',
    async deploy(zip: Uint8Array, options: DeployOptions): Promise<string> {
      const multipart = buildDeployMultipart(
        zip,
        options,
        `sfdeploy${randomBytes(12).toString('hex')}`
      )
      const result = (await send('deploy', 'POST', deployRequestPath(apiVersion), {
        data: multipart.body,
        contentType: multipart.contentType
      })) as { id?: unknown } | undefined
      return requireId(result?.id, 'deploy')
    },
    async checkDeployStatus(id: string, includeDetails: boolean): Promise<DeployResult> {
      const path =
        deployRequestPath(apiVersion, id) + (includeDetails ? '?includeDetails=true' : '')
      const result = await send('checkDeployStatus', 'GET', path)
      return normalizeDeployResult({ id, ...requireDeployResult(result) })
    },
    async deployRecentValidation(validationId: string): Promise<string> {
      const result = (await send(
        'deployRecentValidation',
        'POST',
        deployRequestPath(apiVersion, validationId),
        {
          data: JSON.stringify({ validatedDeployRequestId: validationId }),
          contentType: 'application/json'
        }
      )) as { id?: unknown } | undefined
      return requireId(result?.id, 'deployRecentValidation')
    },
    async cancelDeploy(id: string): Promise<CancelResult> {
      const result = (await send('cancelDeploy', 'PATCH', deployRequestPath(apiVersion, id), {
        data: JSON.stringify({ deployResult: { status: 'Canceling' } }),
        contentType: 'application/json'
      })) as { deployResult?: wire.DeployResult } | undefined
      const status = normalizeDeployResult({ id, ...(result?.deployResult ?? {}) })
      return { done: status.status === 'Canceled', id }
    }
  }
}

/**
 * The `deployResult` of a deployRequest body. A 2xx answer without one (an empty body, `{}`,
 * `null`, a proxy's own JSON) is a broken answer and the read is repeated: read as a DeployResult
 * it would be a deploy with no status that never finishes, or a TypeError.
 */
function requireDeployResult(body: unknown): wire.DeployResult {
  const result = isRecord(body) ? body['deployResult'] : undefined
  if (!isRecord(result))
    throw new TransientError('checkDeployStatus: the response carried no result')
  return result as wire.DeployResult
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function requireId(id: unknown, what: string): string {
  if (typeof id !== 'string' || id === '')
    throw new TransientError(`${what}: the response carried no id`)
  return id
}
