import { PackageFiles } from './package-files.ts'
/** Files per deploy, the Metadata API limit. */
export const MAX_FILES = 10_000
/** Compressed zip limit through SOAP (~39 MB; base64 grows it by 4/3 under the 50 MB message cap). */
export const MAX_ZIP_BYTES_SOAP = 39_000_000
/** Uncompressed package limit, per the current Metadata API docs: 600 MB. */
export const MAX_UNCOMPRESSED_BYTES = 629_145_600
/** Warn when a limit is 80 % used, as the CLI does. */
const WARN_RATIO = 0.8

/** The limits a package is checked against (tests give small ones). */
export interface PackageLimits {
  maxFiles: number
  maxUncompressedBytes: number
}

export const PACKAGE_LIMITS: PackageLimits = {
  maxFiles: MAX_FILES,
  maxUncompressedBytes: MAX_UNCOMPRESSED_BYTES
}

/** Outcome of a limit check: errors fail the build, warnings are reported. */
export interface LimitReport {
  errors: string[]
  warnings: string[]
}

function mb(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`
}

/** The top-level folders that weigh most, for the message. */
function largest(files: Map<string, Uint8Array>, by: 'count' | 'bytes'): string {
  const totals = new Map<string, number>()
  for (const path of files.keys()) {
    const length =
      files instanceof PackageFiles ? files.byteLength(path) : (files.get(path)?.length ?? 0)
    const top = path.includes('/') ? path.slice(0, path.indexOf('/')) : path
    totals.set(top, (totals.get(top) ?? 0) + (by === 'count' ? 1 : length))
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([top, n]) => `${top}/ ${by === 'count' ? `${n} files` : mb(n)}`)
    .join(', ')
}

/** Checks file count and uncompressed size of a package before zipping. */
export function checkPackageLimits(
  files: Map<string, Uint8Array>,
  limits: PackageLimits = PACKAGE_LIMITS
): LimitReport {
  const report: LimitReport = { errors: [], warnings: [] }
  const { maxFiles, maxUncompressedBytes } = limits
  const count = files.size
  let bytes = 0
  // Sizes without inflating files kept compressed.
  if (files instanceof PackageFiles)
    for (const name of files.keys()) bytes += files.byteLength(name)
  else for (const f of files.values()) bytes += f.length
  if (count > maxFiles) {
    report.errors.push(
      `The package has ${count} files; a deploy takes at most ${maxFiles}. Largest folders: ${largest(files, 'count')}. Deploy in several parts (--source-dir or a manifest).`
    )
  } else if (count > maxFiles * WARN_RATIO) {
    report.warnings.push(
      `The package has ${count} files, close to the ${maxFiles}-file limit of a deploy.`
    )
  }
  if (bytes > maxUncompressedBytes) {
    report.errors.push(
      `The package is ${mb(bytes)} uncompressed; a deploy takes at most ${mb(maxUncompressedBytes)}. Largest folders: ${largest(files, 'bytes')}.`
    )
  } else if (bytes > maxUncompressedBytes * WARN_RATIO) {
    report.warnings.push(
      `The package is ${mb(bytes)} uncompressed, close to the ${mb(maxUncompressedBytes)} limit.`
    )
  }
  return report
}

/** Checks the compressed size for a SOAP deploy (REST deploys are not bound by it). */
export function checkZipSize(zipBytes: number, transport: 'soap' | 'rest' = 'soap'): LimitReport {
  const report: LimitReport = { errors: [], warnings: [] }
  if (transport !== 'soap') return report
  if (zipBytes > MAX_ZIP_BYTES_SOAP) {
    report.errors.push(
      `The deploy zip is ${mb(zipBytes)}; SOAP deploys take at most ${mb(MAX_ZIP_BYTES_SOAP)}. Use the REST transport or deploy in several parts.`
    )
  } else if (zipBytes > MAX_ZIP_BYTES_SOAP * WARN_RATIO) {
    report.warnings.push(
      `The deploy zip is ${mb(zipBytes)}, close to the ${mb(MAX_ZIP_BYTES_SOAP)} SOAP limit.`
    )
  }
  return report
}
