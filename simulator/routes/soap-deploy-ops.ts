/**
 * SOAP deploy operations: deploy, checkDeployStatus, cancelDeploy,
 * deployRecentValidation.
 */
import { asRecord, boolOf, listOf, soapResponse, textOf, textsOf } from '../core/soap-xml.ts'
import { soapDeployResult } from '../deploy/render-deploy-result.ts'
import { currentView } from './deploy-render.ts'
import { submitDeploy } from './deploy-submit.ts'
import { SoapFault, invalidCrossReference, invalidEnum } from './soap-fault.ts'
import type { SoapCall, SoapOperation } from './soap-route.ts'

/** deployRecentValidation exists from this API version on. */
const QUICK_DEPLOY_MIN_VERSION = 33

function rawOptions(value: unknown): Record<string, unknown> {
  const record = asRecord(value) ?? {}
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(record)) {
    if (key.startsWith('@_')) continue
    out[key] = key === 'runTests' ? textsOf(item) : textOf(item)
  }
  return out
}

async function deploy({ args, sim, session, apiVersion }: SoapCall): Promise<string> {
  const zipText = textOf(args['ZipFile']) ?? ''
  const job = await submitDeploy(sim, {
    zip: Buffer.from(zipText.replace(/\s+/g, ''), 'base64'),
    rawOptions: rawOptions(args['DeployOptions']),
    transport: 'soap',
    apiVersion,
    user: session.user
  })
  if ('kind' in job) throw invalidEnum(job.value, 'TestLevel')
  return soapResponse('deploy', { done: false, id: job.id, state: 'Queued' })
}

function checkDeployStatus({ args, sim, apiVersion }: SoapCall): string {
  const job = sim.deploys.find(textOf(args['asyncProcessId']) ?? '')
  if (!job) throw invalidCrossReference()
  const includeDetails = boolOf(args['includeDetails']) ?? false
  const { view, render } = currentView(sim, job, includeDetails, apiVersion)
  return soapResponse('checkDeployStatus', soapDeployResult(view, render))
}

function firstText(args: Record<string, unknown>): string {
  const key = Object.keys(args).find((name) => !name.startsWith('@_'))
  return key ? (textOf(listOf(args[key])[0]) ?? '') : ''
}

function cancelDeploy({ args, sim, session }: SoapCall): string {
  // The WSDL names the argument <String>; jsforce and the CLI send <id>. Accept any single child.
  const result = sim.deploys.cancel(firstText(args), session.user, sim.clock.now())
  if ('error' in result) {
    if (result.error === 'completed')
      throw new SoapFault('INVALID_ID_FIELD', 'Deployment already completed')
    if (result.error === 'finalizing')
      throw new SoapFault(
        'INVALID_ID_FIELD',
        'Deployment is finalizing and can no longer be canceled'
      )
    throw invalidCrossReference()
  }
  return soapResponse('cancelDeploy', { done: result.done, id: result.id })
}

function deployRecentValidation({ args, sim, session, apiVersion }: SoapCall): string {
  if (Number(apiVersion) < QUICK_DEPLOY_MIN_VERSION) {
    throw new SoapFault(
      'INVALID_OPERATION',
      `deployRecentValidation is not available before API version ${QUICK_DEPLOY_MIN_VERSION}.0`,
      'soapenv:Client'
    )
  }
  const id = textOf(args['validationId']) ?? firstText(args)
  const job = sim.deploys.quickDeploy(id, session.user, 'soap', apiVersion, sim.clock.now())
  if ('error' in job)
    throw new SoapFault('INVALID_ID_FIELD', `invalid validation id ${id}: ${job.reason}`)
  return soapResponse('deployRecentValidation', job.id)
}

/** Deploy operations by body element name. */
export const SOAP_DEPLOY_OPERATIONS: [string, SoapOperation][] = [
  ['deploy', deploy],
  ['checkDeployStatus', checkDeployStatus],
  ['cancelDeploy', cancelDeploy],
  ['deployRecentValidation', deployRecentValidation]
]
