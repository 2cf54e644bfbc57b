/**
 * SOAP retrieve operations: retrieve, checkRetrieveStatus, listMetadata, and the legacy
 * checkStatus for retrieve ids.
 */
import {
  asRecord,
  boolOf,
  listOf,
  soapResponse,
  textOf,
  textsOf,
  type XmlObject
} from '../core/soap-xml.ts'
import { normalizeMember } from '../org/component-index.ts'
import type { Manifest } from '../org/package-xml.ts'
import type { RetrieveRequest } from '../retrieve/retrieve-engine.ts'
import { listMetadata } from '../retrieve/list-metadata.ts'
import { SoapFault, invalidCrossReference } from './soap-fault.ts'
import type { SoapCall, SoapOperation } from './soap-route.ts'

/** At most 3 queries per listMetadata call, the Metadata API limit. */
export const MAX_LIST_QUERIES = 3

function manifestOf(value: unknown): Manifest | undefined {
  const record = asRecord(value)
  if (!record) return undefined
  const types = new Map<string, string[]>()
  for (const entry of listOf(record['types'])) {
    const type = asRecord(entry)
    const name = textOf(type?.['name'])
    if (name)
      types.set(name, [
        ...(types.get(name) ?? []),
        ...textsOf(type?.['members']).map(normalizeMember)
      ])
  }
  return { types, version: textOf(record['version']) ?? undefined }
}

function requestOf(args: Record<string, unknown>): RetrieveRequest {
  // WSDL: <retrieveRequest>; jsforce and the CLI: <request>. Take whichever single child is there.
  const key = Object.keys(args).find((name) => !name.startsWith('@_'))
  const raw = asRecord(key ? args[key] : undefined) ?? {}
  return {
    apiVersion: textOf(raw['apiVersion']) ?? undefined,
    singlePackage: boolOf(raw['singlePackage']) ?? false,
    specificFiles: textsOf(raw['specificFiles']),
    packageNames: textsOf(raw['packageNames']),
    unpackaged: manifestOf(raw['unpackaged'])
  }
}

function retrieve({ args, sim, session }: SoapCall): string {
  const job = sim.retrieves.submit(requestOf(args), session.user, sim.clock.now())
  return soapResponse('retrieve', { done: false, id: job.id, state: 'Queued' })
}

async function checkRetrieveStatus({ args, sim }: SoapCall): Promise<string> {
  const job = sim.retrieves.find(textOf(args['asyncProcessId']) ?? '')
  if (!job) throw invalidCrossReference()
  const includeZip = boolOf(args['includeZip']) ?? true
  const status = sim.retrieves.status(job, sim.clock.now())
  if (status === 'Pending' || status === 'InProgress') {
    return soapResponse('checkRetrieveStatus', {
      done: false,
      id: job.id,
      status,
      success: false,
      zipFile: null
    })
  }
  await sim.retrieves.materialize(job)
  const outcome = job.outcome
  if (!outcome || outcome.error) {
    return soapResponse('checkRetrieveStatus', {
      done: true,
      errorMessage: outcome?.error?.message,
      errorStatusCode: outcome?.error?.statusCode,
      id: job.id,
      status: 'Failed',
      success: false,
      zipFile: null
    })
  }
  const deliverable =
    includeZip &&
    job.zip !== undefined &&
    !(job.zipDelivered && sim.switches.deleteZipAfterDelivery)
  if (deliverable) job.zipDelivered = true
  const result: XmlObject = {
    done: true,
    fileProperties: outcome.fileProperties,
    id: job.id,
    messages: outcome.messages.map((msg) => ({ fileName: msg.fileName, problem: msg.problem })),
    status: 'Succeeded',
    success: true,
    zipFile: deliverable ? (job.zip as Buffer).toString('base64') : null
  }
  return soapResponse('checkRetrieveStatus', result)
}

function checkStatus({ args, sim }: SoapCall): string {
  const job = sim.retrieves.find(textOf(args['asyncProcessId']) ?? '')
  if (!job) throw invalidCrossReference()
  const status = sim.retrieves.status(job, sim.clock.now())
  const state =
    status === 'Pending'
      ? 'Queued'
      : status === 'InProgress'
        ? 'InProgress'
        : status === 'Failed'
          ? 'Error'
          : 'Completed'
  return soapResponse('checkStatus', {
    done: state === 'Completed' || state === 'Error',
    id: job.id,
    state
  })
}

function listMetadataOp({ args, sim }: SoapCall): string {
  const queries = listOf(args['queries']).map((entry) => {
    const record = asRecord(entry)
    return { type: textOf(record?.['type']) ?? '', folder: textOf(record?.['folder']) ?? undefined }
  })
  if (queries.length > MAX_LIST_QUERIES) {
    throw new SoapFault(
      'INVALID_OPERATION',
      `listMetadata accepts at most ${MAX_LIST_QUERIES} queries per call, got ${queries.length}`
    )
  }
  const results = listMetadata(sim.org, queries)
  if ('unknownType' in results)
    throw new SoapFault('INVALID_TYPE', `Unknown type: ${results.unknownType}`)
  return soapResponse('listMetadata', results.length > 0 ? results : undefined)
}

/** Retrieve operations by body element name. */
export const SOAP_RETRIEVE_OPERATIONS: [string, SoapOperation][] = [
  ['retrieve', retrieve],
  ['checkRetrieveStatus', checkRetrieveStatus],
  ['checkStatus', checkStatus],
  ['listMetadata', listMetadataOp]
]
