/**
 * The SOAP Metadata endpoint: `/services/Soap/m/{ver}` and `/services/Soap/m/{ver}/{anything}`.
 * Dispatches on the local name of the body's first child (SOAPAction is ignored), checks the
 * session id from SessionHeader, and renders faults as the org does (`soapFault`) with HTTP 500.
 */
import type { SimContext } from '../core/context.ts'
import type { Route, SimRequest, SimResponse } from '../core/route.ts'
import type { Session } from '../core/sessions.ts'
import { parseSoapRequest, soapFault } from '../core/soap-xml.ts'
import { SoapFault } from './soap-fault.ts'
import { SOAP_DEPLOY_OPERATIONS } from './soap-deploy-ops.ts'
import { SOAP_RETRIEVE_OPERATIONS } from './soap-retrieve-ops.ts'
import { SOAP_CRUD_OPERATIONS } from '../crud/crud-ops.ts'

/** Content type of every SOAP answer (jsforce parses XML only with exactly this shape). */
export const SOAP_TYPE = 'text/xml;charset=UTF-8'

/** What an operation handler gets. */
export interface SoapCall {
  args: Record<string, unknown>
  sim: SimContext
  session: Session
  apiVersion: string
}

/** An operation handler: returns the full response envelope or throws a SoapFault. */
export type SoapOperation = (call: SoapCall) => Promise<string> | string

/** Every SOAP operation the simulator answers; extensions may add to this map. */
export const SOAP_OPERATIONS = new Map<string, SoapOperation>([
  ...SOAP_DEPLOY_OPERATIONS,
  ...SOAP_RETRIEVE_OPERATIONS,
  ...SOAP_CRUD_OPERATIONS
])

function xml(status: number, body: string): SimResponse {
  return { status, headers: { 'content-type': SOAP_TYPE }, body }
}

/** The operation name of a SOAP body, read cheaply (used for recordings and fault matching). */
export function soapOperationOf(req: SimRequest): string {
  const head = req.body.subarray(0, 4096).toString('utf8')
  return /<(?:[\w-]+:)?Body[^>]*>\s*<(?:[\w-]+:)?([\w]+)/.exec(head)?.[1] ?? 'unknown'
}

async function handleSoap(req: SimRequest, sim: SimContext): Promise<SimResponse> {
  const apiVersion = req.params[0] ?? sim.maxApiVersion
  let request
  try {
    request = parseSoapRequest(req.body.toString('utf8'))
  } catch (error) {
    return xml(
      500,
      soapFault(
        'INVALID_XML',
        `Unable to parse the request: ${(error as Error).message}`,
        'soapenv:Client'
      )
    )
  }
  if (Number(apiVersion) > Number(sim.maxApiVersion) || Number(apiVersion) < 20) {
    return xml(
      500,
      soapFault('UNSUPPORTED_API_VERSION', `Invalid Api version specified on URL: ${apiVersion}`)
    )
  }
  const session = sim.sessions.lookup(request.sessionId)
  if (!session)
    return xml(
      500,
      soapFault('INVALID_SESSION_ID', 'Invalid Session ID found in SessionHeader: Illegal Session')
    )
  const operation = SOAP_OPERATIONS.get(request.operation)
  if (!operation) {
    return xml(
      500,
      soapFault(
        'INVALID_OPERATION',
        `No operation available for request {http://soap.sforce.com/2006/04/metadata}${request.operation}`,
        'soapenv:Client'
      )
    )
  }
  try {
    return xml(200, await operation({ args: request.args, sim, session, apiVersion }))
  } catch (error) {
    if (error instanceof SoapFault)
      return xml(500, soapFault(error.code, error.message, error.faultcode))
    return xml(
      500,
      soapFault('UNKNOWN_EXCEPTION', `An unexpected error occurred: ${(error as Error).message}`)
    )
  }
}

/** SOAP Metadata API route. */
export const SOAP_ROUTES: Route[] = [
  {
    name: 'soap metadata',
    methods: ['POST'],
    path: /^\/services\/Soap\/m\/(\d+\.\d+)(?:\/.*)?$/,
    transport: 'soap',
    operation: soapOperationOf,
    handle: handleSoap
  }
]
