import type { RawInputs } from './inputs.ts'
import { readExistingPath } from './parse-paths.ts'
import { optional, readBoolean, splitPaths, type Problems } from './parse-values.ts'
import type { Mode, PackageSource } from './settings.ts'

/** Modes that build or upload a package. */
const PACKAGE_MODES: readonly Mode[] = ['deploy', 'validate', 'build', 'retrieve', 'plan', 'sync']
/** Modes that send no package but read the project (its package or its API version). */
const FOLLOW_MODES: readonly Mode[] = ['quick-deploy', 'report', 'cancel']

/** Reads where the package comes from: a metadata folder or zip, or SFDX source. */
export function parsePackageSource(
  raw: RawInputs,
  mode: Mode,
  problems: Problems
): PackageSource | undefined {
  const v = raw.values
  const metadataDir = optional(v['metadata-dir'])
  const sourceDirs = splitPaths(v['source-dir'])
  const manifest = optional(v.manifest)
  const ignoreUnknown = readBoolean('ignore-unknown', v['ignore-unknown'], problems)
  const check = raw.checkFiles === true
  // quick-deploy builds the package to match it to a validation record (without validation-id)
  // and to back up what it will change (with one). Report and cancel send no package; they read
  // the project's sourceApiVersion to follow the deploy at its version (deploy/follow-api-version).
  if (!PACKAGE_MODES.includes(mode) && !FOLLOW_MODES.includes(mode)) return undefined
  if (metadataDir && (sourceDirs.length > 0 || manifest)) {
    problems.push(
      `metadata-dir: given together with ${sourceDirs.length > 0 ? 'source-dir' : 'manifest'}; ` +
        'use metadata-dir for a metadata-format folder or zip, or source-dir/manifest for SFDX source, not both.'
    )
    return undefined
  }
  if (metadataDir) {
    const path = readExistingPath(
      'metadata-dir',
      metadataDir,
      raw.workspace,
      'file or folder',
      check,
      problems
    )
    if (!path) return undefined
    return { kind: /\.zip$/i.test(path) ? 'metadata-zip' : 'metadata-dir', path }
  }
  const projectDir = readExistingPath(
    'project-dir',
    optional(v['project-dir']) ?? '.',
    raw.workspace,
    'folder',
    check,
    problems
  )
  const manifestPath = manifest
    ? readExistingPath('manifest', manifest, projectDir ?? raw.workspace, 'file', check, problems)
    : undefined
  if (!projectDir) return undefined
  // Relative to the project, as the builder reads them; it still checks each is inside a
  // package directory.
  for (const dir of sourceDirs)
    readExistingPath('source-dir', dir, projectDir, 'file or folder', check, problems)
  return {
    kind: 'source',
    projectDir,
    sourceDirs,
    ...(manifestPath ? { manifest: manifestPath } : {}),
    ignoreUnknown
  }
}

/** Reads the destructive manifest paths. */
export function parseDestructive(
  raw: RawInputs,
  problems: Problems
): { pre?: string; post?: string } {
  const read = (
    name: 'pre-destructive-changes' | 'post-destructive-changes'
  ): string | undefined => {
    const value = optional(raw.values[name])
    return value
      ? readExistingPath(name, value, raw.workspace, 'file', raw.checkFiles === true, problems)
      : undefined
  }
  const pre = read('pre-destructive-changes')
  const post = read('post-destructive-changes')
  return { ...(pre ? { pre } : {}), ...(post ? { post } : {}) }
}
