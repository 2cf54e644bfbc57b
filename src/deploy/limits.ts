import type { ApiTransport } from '../settings/settings.ts'
import type { DeployPackage } from './deploy-package.ts'

/** Files per deploy. https://developer.salesforce.com/docs/atlas.en-us.salesforce_app_limits_cheatsheet.meta/salesforce_app_limits_cheatsheet/salesforce_app_limits_platform_metadata.htm */
export const MAX_FILES = 10_000
/** Compressed zip through SOAP (base64 must fit a 50 MB message). Same page. */
export const MAX_SOAP_ZIP_BYTES = 39_000_000
/** Uncompressed size of a deploy. Same page. */
export const MAX_UNZIPPED_BYTES = 629_145_600

/** Result of checking a package against the Metadata API limits before upload. */
export interface LimitCheck {
  transport: ApiTransport
  problems: string[]
  notes: string[]
}

/** Checks the limits; a SOAP package over 39 MB switches to REST, which is not bound by it. */
export function checkPackageLimits(pkg: DeployPackage, transport: ApiTransport): LimitCheck {
  const problems: string[] = []
  const notes: string[] = []
  if (pkg.fileCount > MAX_FILES) {
    problems.push(
      `The package has ${pkg.fileCount} files; the Metadata API accepts at most ${MAX_FILES} per deploy. ` +
        'Split it (source-dir or manifest) or deploy a delta.'
    )
  }
  if (pkg.unzippedBytes > MAX_UNZIPPED_BYTES) {
    problems.push(
      `The package is ${mb(pkg.unzippedBytes)} uncompressed; the Metadata API accepts at most ${mb(MAX_UNZIPPED_BYTES)}. Split it.`
    )
  }
  let chosen = transport
  if (transport === 'soap' && pkg.zip.byteLength > MAX_SOAP_ZIP_BYTES) {
    chosen = 'rest'
    notes.push(
      `The zip is ${mb(pkg.zip.byteLength)}, over SOAP's ${mb(MAX_SOAP_ZIP_BYTES)} limit; deploying through REST instead.`
    )
  }
  return { transport: chosen, problems, notes }
}

function mb(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`
}
