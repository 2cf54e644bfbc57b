import type { DeployOptions } from '../../model/deploy-result.ts'
import { escapeXml } from '../../shared/xml.ts'

const CLIENT_NAME = 'salesforce-deploy-action/0.1'

/** Wraps an operation body in a SOAP envelope with the session header (WSDL element order). */
export function envelope(sessionId: string, body: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:met="http://soap.sforce.com/2006/04/metadata">' +
    '<soapenv:Header>' +
    `<met:SessionHeader><met:sessionId>${escapeXml(sessionId)}</met:sessionId></met:SessionHeader>` +
    `<met:CallOptions><met:client>${CLIENT_NAME}</met:client></met:CallOptions>` +
    '</soapenv:Header>' +
    `<soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`
  )
}

const el = (name: string, value: string | boolean): string =>
  `<met:${name}>${typeof value === 'boolean' ? String(value) : escapeXml(value)}</met:${name}>`

/** `deploy` body: base64 zip and options in WSDL order, one runTests element per class. */
export function deployBody(zipBase64: string, options: DeployOptions): string {
  return (
    `<met:deploy><met:ZipFile>${zipBase64}</met:ZipFile><met:DeployOptions>` +
    el('checkOnly', options.checkOnly) +
    el('ignoreWarnings', options.ignoreWarnings) +
    el('purgeOnDelete', options.purgeOnDelete) +
    el('rollbackOnError', options.rollbackOnError) +
    options.runTests.map((t) => el('runTests', t)).join('') +
    el('singlePackage', options.singlePackage) +
    (options.testLevel ? el('testLevel', options.testLevel) : '') +
    '</met:DeployOptions></met:deploy>'
  )
}

export function checkDeployStatusBody(id: string, includeDetails: boolean): string {
  return `<met:checkDeployStatus>${el('asyncProcessId', id)}${el('includeDetails', includeDetails)}</met:checkDeployStatus>`
}

export function deployRecentValidationBody(validationId: string): string {
  return `<met:deployRecentValidation>${el('validationId', validationId)}</met:deployRecentValidation>`
}

/** The WSDL names the argument `String`. */
export function cancelDeployBody(id: string): string {
  return `<met:cancelDeploy>${el('String', id)}</met:cancelDeploy>`
}
