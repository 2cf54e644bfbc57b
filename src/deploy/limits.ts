import type { ApiTransport } from '../settings/settings.ts'
import type { DeployPackage } from './deploy-package.ts'

/** Files per deploy. https://developer.salesforce.com/docs/atlas.en-us.salesforce_app_limits_cheatsheet.meta/salesforce_app_limits_cheatsheet/salesforce_app_limits_platform_metadata.htm */
export const MAX_FILES = 10_000
/** Compressed zip through SOAP (base64 must fit a 50 MB message). Same page. */
export const MAX_SOAP_ZIP_BYTES = 39_000_000
/** Uncompressed size of a deploy. Same page. */
export const MAX_UNZIPPED_BYTES = 629_145_600

/** The Metadata API limits a deploy is checked against (tests give small ones). */
export interface DeployLimits {
  maxFiles: number
  maxSoapZipBytes: number
  maxUnzippedBytes: number
}

export const DEPLOY_LIMITS: DeployLimits = {
  maxFiles: MAX_FILES,
  maxSoapZipBytes: MAX_SOAP_ZIP_BYTES,
  maxUnzippedBytes: MAX_UNZIPPED_BYTES
}

/** Result of checking a package against the Metadata API limits before upload. */
export interface LimitCheck {
  transport: ApiTransport
  problems: string[]
  notes: string[]
}

/** Checks the limits; a SOAP package over 39 MB switches to REST, which is not bound by it. */
export function checkPackageLimits(
  pkg: DeployPackage,
  transport: ApiTransport,
  limits: DeployLimits = DEPLOY_LIMITS
): LimitCheck {
  const problems: string[] = []
  const notes: string[] = []
  if (pkg.fileCount > limits.maxFiles) {
    problems.push(
      `The package has ${pkg.fileCount} files; the Metadata API accepts at most ${limits.maxFiles} per deploy. ` +
        'Split it (source-dir or manifest) or deploy a delta.'
    )
  }
  if (pkg.unzippedBytes > limits.maxUnzippedBytes) {
    problems.push(
      `The package is ${mb(pkg.unzippedBytes)} uncompressed; the Metadata API accepts at most ${mb(limits.maxUnzippedBytes)}. Split it.`
    )
  }
  let chosen = transport
  if (transport === 'soap' && pkg.zip.byteLength > limits.maxSoapZipBytes) {
    chosen = 'rest'
    notes.push(
      `The zip is ${mb(pkg.zip.byteLength)}, over SOAP's ${mb(limits.maxSoapZipBytes)} limit; deploying through REST instead.`
    )
  }
  return { transport: chosen, problems, notes }
}

function mb(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`
}
