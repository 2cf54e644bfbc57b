import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { deltaForSettings } from '../../delta/action-delta.ts'
import type { RunDeps } from '../../runner/run-deps.ts'
import { buildFromSettings, destructiveMembers } from '../../runner/package-builder.ts'
import type { RunResult } from '../../runner/run-result.ts'
import type { BuildSettings } from '../../settings/settings.ts'
import { zipPackage } from '../../source/zip.ts'
import { renderBuildSummary } from './build-summary.ts'

/**
 * Build mode: writes the metadata-format tree and the zip and summarises what would be deployed
 * and deleted; no org involved. It passes when the package builds.
 */
export async function runBuildMode(
  settings: BuildSettings,
  deps: Pick<RunDeps, 'logger' | 'env'>
): Promise<RunResult> {
  const { logger } = deps
  const delta = await deltaForSettings(settings, logger, deps.env)
  const built = delta?.build.built ?? (await buildFromSettings(settings, deps.env))
  const outDir = path.join(settings.report.resultsDir, 'package')
  for (const [name, bytes] of built.files) {
    const target = path.join(outDir, name)
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, bytes)
  }
  const zipPath = path.join(settings.report.resultsDir, 'package.zip')
  const zip = await zipPackage(built.files)
  await writeFile(zipPath, zip)
  for (const warning of built.warnings) logger.warning(warning)
  for (const note of built.notes ?? []) logger.info(note)
  const deletions = destructiveMembers(built)
  logger.info(
    `Built ${built.components.length} components and ${deletions.length} deletions (${built.files.size} files) into ${outDir} and ${zipPath}`
  )
  return {
    verdict: { success: true },
    outputs: {
      ...(delta?.outputs ?? {}),
      'package-path': zipPath,
      'package-xml-path': path.join(outDir, 'package.xml')
    },
    summary: [
      renderBuildSummary({
        components: built.components,
        deletions,
        fileCount: built.files.size,
        zipBytes: zip.byteLength,
        apiVersion: built.apiVersion,
        zipPath: path.relative(settings.workspace, zipPath).split(path.sep).join('/'),
        warnings: built.warnings,
        sections: delta ? [delta.section] : []
      })
    ]
  }
}
