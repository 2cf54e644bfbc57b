import type { DeployOptions } from '../../model/deploy-result.ts'

/** The deployRequest collection path for an API version. */
export function deployRequestPath(apiVersion: string, id?: string): string {
  return `/services/data/v${apiVersion}/metadata/deployRequest${id ? `/${id}` : ''}`
}

/**
 * Builds the multipart body of `POST deployRequest`: a `json` part with the options and a `file`
 * part with the raw zip bytes (a base64 text part would deploy nothing: "No package.xml found").
 */
export function buildDeployMultipart(
  zip: Uint8Array,
  options: DeployOptions,
  boundary: string
): { body: Uint8Array; contentType: string } {
  const json = JSON.stringify({
    deployOptions: {
      checkOnly: options.checkOnly,
      ignoreWarnings: options.ignoreWarnings,
      purgeOnDelete: options.purgeOnDelete,
      rollbackOnError: options.rollbackOnError,
      runTests: options.runTests.length > 0 ? options.runTests : null,
      singlePackage: options.singlePackage,
      ...(options.testLevel ? { testLevel: options.testLevel } : {})
    }
  })
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="json"\r\nContent-Type: application/json\r\n\r\n${json}\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="deploy.zip"\r\nContent-Type: application/zip\r\n\r\n`
  const tail = `\r\n--${boundary}--\r\n`
  const body = Buffer.concat([
    Buffer.from(head, 'utf8'),
    Buffer.from(zip),
    Buffer.from(tail, 'utf8')
  ])
  return { body, contentType: `multipart/form-data; boundary=${boundary}` }
}

/** Reads the first Salesforce REST error (`[{errorCode, message}]`) from a body, if any. */
export function readRestError(body: string): { code: string; message: string } | undefined {
  try {
    const parsed = JSON.parse(body) as unknown
    const first = Array.isArray(parsed)
      ? (parsed[0] as { errorCode?: unknown; message?: unknown } | undefined)
      : undefined
    if (first && typeof first.errorCode === 'string') {
      return {
        code: first.errorCode,
        message: typeof first.message === 'string' ? first.message : ''
      }
    }
  } catch {
    // not JSON: the caller falls back to the HTTP status
  }
  return undefined
}
