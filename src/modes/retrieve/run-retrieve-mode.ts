/**
 * Retrieve mode: reads what to retrieve (retrieve-manifest, or the package the builder would
 * deploy), signs in, retrieves, writes the folder and zip under results-dir, uploads them as an
 * artifact, and returns its result (summary, outputs; warnings for missing members).
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { OrgSession } from '../../deploy/ports.ts'
import { waitOptionsFrom } from '../../deploy/wait-options.ts'
import type { OrgCaller } from '../../metadata-api/org-caller.ts'
import { createSoapRetrieveApi } from '../../metadata-api/soap/retrieve-client.ts'
import { connectForRun } from '../../runner/connect.ts'
import type { RunDeps } from '../../runner/run-deps.ts'
import type { RunResult } from '../../runner/run-result.ts'
import { buildDeployPackage } from '../../runner/package-builder.ts'
import type { RetrieveModeSettings } from '../../settings/settings.ts'
import { ActionError } from '../../shared/errors.ts'
import { BuildError } from '../../source/build-error.ts'
import { parsePackageXml } from '../../source/manifest.ts'
import { decodeUtf8 } from '../../source/xml.ts'
import { unzipEntries, zipPackage } from '../../source/zip.ts'
import { countChanges } from '../../retrieve/compare.ts'
import { createFolderStore } from '../../retrieve/fs-package-folder.ts'
import type { ComponentRef } from '../../retrieve/metadata-paths.ts'
import { packageMembers } from '../../retrieve/package-members.ts'
import { retrieveComponents, type RetrievedComponents } from '../../retrieve/retrieve-components.ts'
import { retrievePackageInOrg, type PackageInOrg } from '../../retrieve/retrieve-package.ts'
import { missingMembers, renderRetrieveSummary, retrievedPackage } from './retrieve-summary.ts'

/** What to retrieve: a manifest's members, or the package the builder would deploy. */
type Wanted =
  | { kind: 'manifest'; members: ComponentRef[]; version?: string }
  | { kind: 'package'; files: Map<string, Uint8Array>; version?: string }

/** The org's copy, and, for a package, what deploying it would change. */
interface Fetched {
  retrieved: RetrievedComponents
  compared?: Omit<PackageInOrg, 'retrieved'>
}

/** Runs retrieve mode. */
export async function runRetrieveMode(
  settings: RetrieveModeSettings,
  deps: RunDeps
): Promise<RunResult> {
  const wanted = await readWanted(settings, deps)
  if (nothingWanted(wanted))
    throw new ActionError('Nothing to retrieve: the manifest lists no members.')
  const session = await connectForRun(settings, deps, 'soap', wanted.version)
  const { retrieved, compared } = await retrieveWanted(wanted, settings, deps, session)
  // The org wrote the files for the version they were retrieved in (api-version, or lowered to the org's).
  const files = retrievedPackage(retrieved, session.apiVersion)
  const store = createFolderStore({
    dir: path.join(settings.report.resultsDir, 'retrieve'),
    workspace: settings.workspace,
    ...(settings.report.uploadArtifact
      ? { artifactName: `${settings.report.artifactName}-retrieve` }
      : {}),
    uploader: deps.artifactUploader
  })
  const dir = await store.write(files)
  const zipPath = path.join(settings.report.resultsDir, 'retrieve.zip')
  await writeFile(zipPath, await zipPackage(files))
  const artifact = await store.upload()
  const deletions = compared?.manifest.deletions ?? []
  for (const m of missingMembers(retrieved, deletions))
    deps.logger.warning(`${m.type} ${m.fullName} is not in the org.`)
  const zip = path.relative(settings.workspace, zipPath).split(path.sep).join('/')
  const summary = renderRetrieveSummary({
    orgLabel: new URL(session.connection.instanceUrl).host,
    retrieved,
    dir,
    zip,
    artifact,
    ...(compared
      ? { changes: compared.changes, deletions, absentDeletions: compared.absentDeletions }
      : {})
  })
  const counts = compared ? countChanges(compared.changes) : undefined
  return {
    verdict: { success: true },
    summary: [summary],
    outputs: {
      'retrieve-dir': dir,
      'retrieve-zip': zip,
      'results-dir': settings.report.resultsDir,
      ...(counts
        ? {
            'changes-new': String(counts.new),
            'changes-changed': String(counts.changed),
            'changes-unchanged': String(counts.unchanged),
            'changes-deleted': String(counts.deleted)
          }
        : {})
    }
  }
}

function nothingWanted(wanted: Wanted): boolean {
  if (wanted.kind === 'manifest') return wanted.members.length === 0
  const manifest = packageMembers(wanted.files)
  return manifest.members.length === 0 && manifest.deletions.length === 0
}

/** Retrieves a manifest's members as they are; a package's with its deletions, compared with it. */
async function retrieveWanted(
  wanted: Wanted,
  settings: RetrieveModeSettings,
  deps: RunDeps,
  session: OrgSession & { caller: OrgCaller }
): Promise<Fetched> {
  const ports = {
    api: createSoapRetrieveApi(session.caller, session.apiVersion),
    clock: deps.clock,
    logger: deps.logger
  }
  const options = {
    apiVersion: session.apiVersion,
    wait: waitOptionsFrom(settings, deps.random),
    ...(deps.retrieveLimits ? { limits: deps.retrieveLimits } : {})
  }
  if (wanted.kind === 'manifest')
    return { retrieved: await retrieveComponents(wanted.members, ports, options) }
  const { retrieved, ...compared } = await retrievePackageInOrg(wanted.files, ports, options)
  return { retrieved, compared }
}

async function readWanted(settings: RetrieveModeSettings, deps: RunDeps): Promise<Wanted> {
  const manifest = settings.retrieve.manifest
  if (manifest) {
    let text: string
    try {
      text = decodeUtf8(await readFile(manifest))
    } catch (error) {
      throw new ActionError(
        `retrieve-manifest: ${manifest} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); give the path of a package.xml in the workspace.`
      )
    }
    try {
      const parsed = parsePackageXml(text, path.relative(settings.workspace, manifest))
      return {
        kind: 'manifest',
        members: parsed.members,
        ...(parsed.version ? { version: parsed.version } : {})
      }
    } catch (error) {
      if (error instanceof BuildError) throw new ActionError(`retrieve-manifest: ${error.message}`)
      throw error
    }
  }
  const pkg = await buildDeployPackage(settings, deps)
  const files = unzipEntries(pkg.zip, 'package')
  const version = packageMembers(files).version
  return { kind: 'package', files, ...(version ? { version } : {}) }
}
