/**
 * REST deployRequest (`/services/data/vNN.0/metadata/deployRequest`): multipart POST to start, JSON
 * POST (collection or `/{id}`) to quick deploy, GET for status (with or without includeDetails),
 * PATCH to cancel.
 */
import type { SimContext } from '../core/context.ts'
import { isIdShaped } from '../core/ids.ts'
import type { SimRequest, SimResponse, Route } from '../core/route.ts'
import type { Session } from '../core/sessions.ts'
import type { DeployJob } from '../deploy/deploy-job.ts'
import { restDeployOptions, restDeployResult } from '../deploy/render-deploy-result.ts'
import { parseMultipart } from '../rest/multipart.ts'
import { REST_ERRORS, dataRoute, isResponse, json, readJson, restError } from '../rest/rest-kit.ts'
import { currentView } from './deploy-render.ts'
import { submitDeploy } from './deploy-submit.ts'

const COLLECTION = 'metadata/deployRequest'

function body(
  sim: SimContext,
  job: DeployJob,
  version: string,
  includeDetails: boolean,
  created: boolean
): Record<string, unknown> {
  const { view, render } = currentView(sim, job, includeDetails, version)
  const deployResult = restDeployResult(view, render)
  const validatedDeployRequestId = job.validatedDeployRequestId ?? null
  if (!created) return { id: job.id, validatedDeployRequestId, deployOptions: null, deployResult }
  return {
    id: job.id,
    validatedDeployRequestId,
    url: `${sim.baseUrl()}/services/data/v${version}/${COLLECTION}/${job.id}`,
    deployOptions: restDeployOptions(job.options),
    deployResult
  }
}

function quickDeploy(
  sim: SimContext,
  session: Session,
  version: string,
  validationId: unknown
): SimResponse {
  if (typeof validationId !== 'string' || validationId === '')
    return restError(400, 'INVALID_INPUT', 'validatedDeployRequestId is required')
  if (!isIdShaped(validationId)) return REST_ERRORS.malformedId(validationId)
  const job = sim.deploys.quickDeploy(validationId, session.user, 'rest', version, sim.clock.now())
  if ('error' in job) return REST_ERRORS.notFound()
  return json(201, body(sim, job, version, false, true))
}

async function start(
  req: SimRequest,
  sim: SimContext,
  session: Session,
  version: string
): Promise<SimResponse> {
  const contentType = String(req.headers['content-type'] ?? '')
  if (!/multipart\/form-data/i.test(contentType)) {
    // jsforce posts the quick-deploy body to the collection URL: treat JSON posts as quick deploys.
    const parsed = readJson(req)
    if (isResponse(parsed)) return parsed
    return quickDeploy(
      sim,
      session,
      version,
      (parsed as Record<string, unknown> | null)?.['validatedDeployRequestId']
    )
  }
  let parts
  try {
    parts = parseMultipart(req.body, contentType)
  } catch (error) {
    return restError(400, 'INVALID_MULTIPART_REQUEST', (error as Error).message)
  }
  const options = parts.find((part) => part.name === 'json' || part.name === 'entity_content')
  const file = parts.find((part) => part.name === 'file')
  if (!file)
    return restError(
      400,
      'INVALID_MULTIPART_REQUEST',
      "The request has no part named 'file' holding the zip"
    )
  let raw: Record<string, unknown> = {}
  if (options) {
    try {
      const parsed = JSON.parse(options.data.toString('utf8')) as {
        deployOptions?: Record<string, unknown>
      } | null
      raw = parsed?.deployOptions ?? {}
    } catch (error) {
      return REST_ERRORS.badJson((error as Error).message)
    }
  }
  const job = await submitDeploy(sim, {
    zip: file.data,
    rawOptions: raw,
    transport: 'rest',
    apiVersion: version,
    user: session.user
  })
  if ('kind' in job)
    return restError(
      400,
      'JSON_PARSER_ERROR',
      `Cannot deserialize value of type TestLevel from String "${job.value}": not one of the values accepted for Enum class`
    )
  return json(201, body(sim, job, version, false, true))
}

function lookup(sim: SimContext, id: string): DeployJob | SimResponse {
  if (!isIdShaped(id)) return REST_ERRORS.malformedId(id)
  return sim.deploys.find(id) ?? REST_ERRORS.notFound()
}

function cancel(
  req: SimRequest,
  sim: SimContext,
  session: Session,
  version: string,
  id: string
): SimResponse {
  const parsed = readJson(req)
  if (isResponse(parsed)) return parsed
  const status = (parsed as { deployResult?: { status?: unknown } } | null)?.deployResult?.status
  if (status !== 'Canceling')
    return restError(
      400,
      'INVALID_INPUT',
      'Only {"deployResult":{"status":"Canceling"}} is accepted'
    )
  const result = sim.deploys.cancel(id, session.user, sim.clock.now())
  if ('error' in result) {
    if (result.error === 'not-found') return REST_ERRORS.notFound()
    return restError(
      400,
      'INVALID_ID_FIELD',
      result.error === 'completed'
        ? 'Deployment already completed'
        : 'Deployment is finalizing and can no longer be canceled'
    )
  }
  return json(202, body(sim, sim.deploys.find(id) as DeployJob, version, false, false))
}

/** REST deployRequest routes. */
export const REST_DEPLOY_ROUTES: Route[] = [
  {
    ...dataRoute('deployRequest start', ['POST'], COLLECTION, 'deploy', start),
    operation: (req) =>
      /multipart\/form-data/i.test(String(req.headers['content-type'] ?? ''))
        ? 'deploy'
        : 'deployRecentValidation'
  },
  {
    ...dataRoute(
      'deployRequest item',
      ['GET', 'PATCH', 'POST'],
      `${COLLECTION}/(\\w+)`,
      'checkDeployStatus',
      (req, sim, session, version) => {
        const id = req.params[1] ?? ''
        if (req.method === 'POST') {
          const parsed = readJson(req)
          if (isResponse(parsed)) return parsed
          return quickDeploy(
            sim,
            session,
            version,
            (parsed as Record<string, unknown> | null)?.['validatedDeployRequestId'] ?? id
          )
        }
        const job = lookup(sim, id)
        if (isResponse(job)) return job
        if (req.method === 'PATCH') return cancel(req, sim, session, version, id)
        return json(200, body(sim, job, version, req.query.get('includeDetails') === 'true', false))
      }
    ),
    operation: (req) =>
      req.method === 'PATCH'
        ? 'cancelDeploy'
        : req.method === 'POST'
          ? 'deployRecentValidation'
          : 'checkDeployStatus'
  }
]
