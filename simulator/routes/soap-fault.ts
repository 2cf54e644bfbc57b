/**
 * A fault an operation handler throws; the SOAP route turns it into a fault body
 * (`soapFault`) with HTTP 500.
 */

/** A SOAP fault with its code (`INVALID_ID_FIELD`) and message (without the code prefix). */
export class SoapFault extends Error {
  readonly code: string
  /** Full faultcode; `sf:CODE` unless a `soapenv:Client`-style code is given. */
  readonly faultcode: string

  constructor(code: string, message: string, faultcode?: string) {
    super(message)
    this.code = code
    this.faultcode = faultcode ?? `sf:${code}`
  }
}

/** The org's answer to an unknown or foreign id. */
export function invalidCrossReference(): SoapFault {
  return new SoapFault('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id')
}

/** An invalid enum value in a request (`soapenv:Client`). */
export function invalidEnum(value: string, enumName: string): SoapFault {
  return new SoapFault(
    'INVALID_ENUM',
    `'${value}' is not a valid value for the enum '${enumName}'`,
    'soapenv:Client'
  )
}
