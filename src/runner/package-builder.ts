import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { deltaForSettings, type ActionDelta } from '../delta/action-delta.ts'
import type { DeployPackage } from '../deploy/deploy-package.ts'
import { resolveSource, type SourceMap } from '../model/source-map.ts'
import type { InlineManifests, BuildRequest } from '../settings/settings.ts'
import { ActionError } from '../shared/errors.ts'
import type { RunEnv } from '../shared/env.ts'
import type { Logger } from '../shared/logger.ts'
import { buildPackage, type BuiltPackage } from '../source/build-package.ts'
import { BuildError } from '../source/build-error.ts'
import { FsSourceTree } from '../source/fs-source-tree.ts'
import { joinTreePath } from '../source/source-tree.ts'
import { InlineFilesTree } from './inline-files-tree.ts'
import { readMetadataDir, readMetadataZip } from '../source/metadata-dir.ts'
import { zipPackage } from '../source/zip.ts'
import { PackageFiles } from '../source/package-files.ts'
import { contentHash } from '../validation-record/content-hash.ts'
import { parsePackageXml } from '../source/manifest.ts'
import { decodeUtf8 } from '../source/xml.ts'

/** Builds the deploy package the settings describe, from the workspace on disk. */
export async function buildDeployPackage(
  settings: BuildRequest,
  deps: { logger: Logger; env: RunEnv }
): Promise<DeployPackage> {
  const delta = await deltaForSettings(settings, deps.logger, deps.env)
  if (delta) return deltaDeployPackage(delta)
  const built = await buildFromSettings(settings, deps.env)
  refuseEmpty(built, settings)
  const zip = await zipPackage(built.files)
  return toDeployPackage(built, zip)
}

/**
 * A full package with nothing in it would be submitted and reported green ("0/0") while
 * deploying nothing: almost always a .forceignore or manifest that drops everything. (An empty
 * delta is different: it is a success with no API call.)
 */
function refuseEmpty(built: BuiltPackage, settings: BuildRequest): void {
  if (settings.allowEmptyDeploy) return
  if (built.components.length > 0 || destructiveMembers(built).length > 0) return
  const source = settings.packageSource
  const where =
    source?.kind === 'source'
      ? source.manifest
        ? 'the manifest names no component'
        : 'every file of the package directories is ignored or none holds metadata; check source-dir and .forceignore (a line such as ** ignores everything)'
      : 'metadata-dir holds no component'
  throw new ActionError(
    `The package is empty: ${where}. Nothing would be deployed, yet the org would report success, so the run stops (allow-empty-deploy: true submits it anyway).`
  )
}

export async function buildFromSettings(
  settings: BuildRequest,
  env: RunEnv
): Promise<BuiltPackage> {
  const source = settings.packageSource
  if (!source)
    throw new ActionError(
      `mode ${settings.mode} needs a package: set source-dir, manifest or metadata-dir.`
    )
  const relative = (abs: string): string =>
    path.relative(settings.workspace, abs).split(path.sep).join('/')
  const disk = new FsSourceTree(settings.workspace)
  try {
    if (source.kind === 'metadata-zip') return await readMetadataZip(await readFile(source.path))
    if (source.kind === 'metadata-dir') return await readMetadataDir(disk, relative(source.path))
    const projectDir = relative(source.projectDir)
    const inline = inlineManifests(projectDir, source.inline)
    return await buildPackage(inline ? new InlineFilesTree(disk, inline.files) : disk, {
      projectDir,
      sourceDirs: source.sourceDirs,
      ...(inline?.manifest
        ? { manifest: inline.manifest }
        : source.manifest
          ? { manifest: relative(source.manifest) }
          : {}),
      ...(settings.preDestructiveChanges
        ? { preDestructiveChanges: relative(settings.preDestructiveChanges) }
        : {}),
      ...(inline?.postDestructiveChanges
        ? { postDestructiveChanges: inline.postDestructiveChanges }
        : settings.postDestructiveChanges
          ? { postDestructiveChanges: relative(settings.postDestructiveChanges) }
          : {}),
      ...(settings.apiVersion ? { apiVersion: settings.apiVersion } : {}),
      ignoreUnknown: source.ignoreUnknown,
      env
    })
  } catch (error) {
    if (error instanceof BuildError) throw new ActionError(error.message, { cause: error })
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ActionError(
        `metadata-dir: ${(error as NodeJS.ErrnoException).path ?? 'the file'} does not exist.`
      )
    }
    throw error
  }
}

// Where the builder finds the run's own manifests: a folder no repository has, served from memory.
const INLINE_DIR = '.sf-deploy-action-inline'

/** The run's own manifests as files of an overlay, and the names the builder is given for them. */
function inlineManifests(
  projectDir: string,
  inline: InlineManifests | undefined
):
  | { files: Map<string, Uint8Array>; manifest?: string; postDestructiveChanges?: string }
  | undefined {
  if (!inline?.manifest && !inline?.postDestructiveChanges) return undefined
  const files = new Map<string, Uint8Array>()
  const add = (name: string, xml: string | undefined): string | undefined => {
    if (xml === undefined) return undefined
    const file = `${INLINE_DIR}/${name}`
    files.set(joinTreePath(projectDir, file), new TextEncoder().encode(xml))
    return file
  }
  const manifest = add('package.xml', inline.manifest)
  const post = add('destructiveChangesPost.xml', inline.postDestructiveChanges)
  return {
    files,
    ...(manifest ? { manifest } : {}),
    ...(post ? { postDestructiveChanges: post } : {})
  }
}

/** A delta's package, with the tests it chose and the "nothing to deploy" verdict. */
async function deltaDeployPackage(delta: ActionDelta): Promise<DeployPackage> {
  const pkg = toDeployPackage(delta.build.built, await zipPackage(delta.build.built.files))
  return {
    ...pkg,
    ...(delta.tests ? { tests: delta.tests } : {}),
    ...(delta.nothingToDeploy ? { nothingToDeploy: delta.nothingToDeploy } : {}),
    // The test choice is told once, in the delta's section (and the verdict's test level).
    notes: [...(pkg.notes ?? []), ...delta.notes.filter((note) => note !== delta.tests?.note)],
    outputs: delta.outputs,
    sections: [delta.section]
  }
}

/** Adds the zip and the source look-ups to a built package. */
export function toDeployPackage(built: BuiltPackage, zip: Uint8Array): DeployPackage {
  let unzippedBytes = 0
  // Sizes without inflating the files the builder keeps compressed.
  const files = built.files
  if (files instanceof PackageFiles)
    for (const name of files.keys()) unzippedBytes += files.byteLength(name)
  else for (const bytes of files.values()) unzippedBytes += bytes.byteLength
  const map: SourceMap = built.sourceMap
  return {
    zip,
    fileCount: built.files.size,
    unzippedBytes,
    packageXml: built.packageXml,
    components: built.components,
    deletions: destructiveMembers(built).length,
    apiVersion: built.apiVersion,
    resolveSource: (q) => resolveSource(map, q),
    resolveApexSource: (type, name) =>
      resolveSource(map, {
        fileName: type === 'Class' ? `classes/${name}.cls` : `triggers/${name}.trigger`
      })?.path,
    warnings: built.warnings,
    // What the builder left out on purpose (files that are not metadata), for the summary.
    ...(built.notes && built.notes.length > 0 ? { notes: built.notes } : {}),
    contentHash: contentHash(built.files)
  }
}

const DESTRUCTIVE = [
  'destructiveChangesPre.xml',
  'destructiveChanges.xml',
  'destructiveChangesPost.xml'
]

/** The members of the package's destructive manifests, each with its manifest's name. */
export function destructiveMembers(
  built: BuiltPackage
): { type: string; fullName: string; file: string }[] {
  return DESTRUCTIVE.flatMap((file) => {
    const bytes = built.files.get(file)
    if (!bytes) return []
    return parsePackageXml(decodeUtf8(bytes), file).members.map((m) => ({
      type: m.type,
      fullName: m.fullName,
      file
    }))
  })
}

/**
 * Source look-ups for runs that deploy no package of their own (report, cancel, quick deploy):
 * when the workspace holds an SFDX project, its source map lets the report annotate the repo's
 * files too. Undefined when there is no project or it does not build.
 */
export async function workspaceSourceLookups(
  workspace: string,
  env: RunEnv
): Promise<Pick<DeployPackage, 'resolveSource' | 'resolveApexSource'> | undefined> {
  const tree = new FsSourceTree(workspace)
  if (!(await tree.exists('sfdx-project.json'))) return undefined
  try {
    const built = await buildPackage(tree, {
      projectDir: '',
      sourceDirs: [],
      ignoreUnknown: true,
      env
    })
    const { resolveSource, resolveApexSource } = toDeployPackage(built, new Uint8Array())
    return {
      ...(resolveSource ? { resolveSource } : {}),
      ...(resolveApexSource ? { resolveApexSource } : {})
    }
  } catch {
    return undefined
  }
}
