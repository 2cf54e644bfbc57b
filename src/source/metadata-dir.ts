import { emptySourceMap } from '../model/source-map.ts'
import { BuildError } from './build-error.ts'
import type { BuiltPackage } from './build-package.ts'
import { FALLBACK_API_VERSION } from './build-package.ts'
import { checkPackageLimits } from './limits.ts'
import { parsePackageXml } from './manifest.ts'
import type { SourceTree } from './source-tree.ts'
import { joinTreePath } from './source-tree.ts'
import { decodeUtf8 } from './xml.ts'
import { unzipEntries } from './zip.ts'

/** Builds the package object from metadata-format files keyed by zip path (package.xml at the root). */
function fromFiles(
  files: Map<string, Uint8Array>,
  label: string,
  sourceOf: (zipPath: string) => string | undefined
): BuiltPackage {
  const manifest = files.get('package.xml')
  if (!manifest)
    throw new BuildError([
      `${label} has no package.xml at its root; a metadata-format package needs one.`
    ])
  const parsed = parsePackageXml(decodeUtf8(manifest), `${label}/package.xml`)
  const warnings: string[] = []
  const wildcards = parsed.members.filter((m) => m.fullName === '*').map((m) => m.type)
  if (wildcards.length > 0)
    warnings.push(
      `${label}/package.xml uses wildcards (${wildcards.join(', ')}); the org decides what they cover.`
    )
  const limits = checkPackageLimits(files)
  if (limits.errors.length > 0) throw new BuildError(limits.errors)
  warnings.push(...limits.warnings)
  const sourceMap = emptySourceMap()
  for (const path of files.keys()) {
    const source = sourceOf(path)
    if (source !== undefined) sourceMap.files[path] = [source]
  }
  const apiVersion = parsed.version ?? FALLBACK_API_VERSION
  if (parsed.version === undefined)
    warnings.push(`${label}/package.xml has no <version>; using ${FALLBACK_API_VERSION}.`)
  return {
    files,
    packageXml: decodeUtf8(manifest),
    components: parsed.members,
    apiVersion,
    sourceMap,
    warnings
  }
}

/** Metadata-format passthrough: a folder with package.xml at its root, deployed as it is. */
export async function readMetadataDir(tree: SourceTree, dir: string): Promise<BuiltPackage> {
  const base = joinTreePath(dir)
  const prefix = base === '' ? '' : `${base}/`
  const paths = await tree.listFiles(base)
  if (paths.length === 0)
    throw new BuildError([`Metadata folder ${dir || '.'} is empty or does not exist.`])
  const files = new Map<string, Uint8Array>()
  for (const path of paths) files.set(path.slice(prefix.length), await tree.readFile(path))
  return fromFiles(files, dir || '.', (zipPath) => `${prefix}${zipPath}`)
}

/**
 * Metadata-format passthrough from a zip. A single top folder holding package.xml
 * (`unpackaged/package.xml`) is lifted to the root, since deploys use singlePackage.
 */
export function readMetadataZip(zip: Uint8Array): Promise<BuiltPackage> {
  let files: Map<string, Uint8Array>
  try {
    // The reader refuses what declares more than the Metadata API's limit before inflating it:
    // checkPackageLimits below counts inflated bytes, too late for a zip bomb.
    files = unzipEntries(zip, 'metadata zip')
  } catch (error) {
    return Promise.reject(new BuildError([error instanceof Error ? error.message : String(error)]))
  }
  if (!files.has('package.xml')) {
    const tops = new Set([...files.keys()].map((p) => p.split('/')[0] ?? ''))
    const [top] = tops
    if (tops.size === 1 && top !== undefined && files.has(`${top}/package.xml`)) {
      const lifted = new Map<string, Uint8Array>()
      for (const [p, b] of files) lifted.set(p.slice(top.length + 1), b)
      files = lifted
    }
  }
  try {
    return Promise.resolve(fromFiles(files, 'metadata zip', () => undefined))
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)))
  }
}
