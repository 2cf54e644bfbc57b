/**
 * Writes the report files into `results-dir`, which must stay inside the workspace: the full
 * summary, the raw result, JUnit and the coverage formats asked for. Paths inside the files are
 * repo-relative; the paths returned here are absolute, for step outputs and the artifact.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { toCoberturaXml } from '../report/cobertura.ts'
import { toJsonSummary } from '../report/json-summary.ts'
import { toJUnitXml } from '../report/junit.ts'
import { toLcov } from '../report/lcov.ts'
import type { Report } from '../report/report-types.ts'
import { redact } from '../shared/redact.ts'
import { toResultJson } from '../report/result-json.ts'
import { renderFullSummary } from '../report/summary.ts'

/** Formats the `coverage-formats` input accepts. */
export type ReportFormat = 'cobertura' | 'lcov' | 'json' | 'junit'

/** Keys of the returned file map. */
export type ReportFileKey = 'summary' | 'result' | ReportFormat

/** File-system port; the default uses node:fs/promises. */
export interface ReportFileSystem {
  mkdir(dir: string): Promise<void>
  writeFile(file: string, content: string): Promise<void>
}

/** Where to write. */
export interface ReportFileSettings {
  workspace: string
  /** Absolute, or relative to the workspace. */
  resultsDir: string
  formats: readonly ReportFormat[]
}

/** Relative file names inside results-dir (conventional names, no dot-files: upload-artifact skips hidden files). */
export const REPORT_FILE_NAMES: Record<ReportFileKey, string> = {
  summary: 'summary.md',
  result: 'deploy-result.json',
  junit: 'junit.xml',
  cobertura: 'coverage/cobertura.xml',
  lcov: 'coverage/lcov.info',
  json: 'coverage/coverage-summary.json'
}

/** node:fs implementation; report files (and the artifacts made of them) are redacted as written. */
export const nodeFileSystem: ReportFileSystem = {
  mkdir: async (dir) => {
    await mkdir(dir, { recursive: true })
  },
  writeFile: (file, content) => writeFile(file, redact(content), 'utf8')
}

/** Resolves results-dir and refuses anything outside the workspace. */
export function resolveResultsDir(workspace: string, resultsDir: string): string {
  const root = path.resolve(workspace)
  const dir = path.resolve(root, resultsDir)
  const relative = path.relative(root, dir)
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new Error(
      `results-dir: "${resultsDir}" resolves to ${dir}, outside the workspace ${root}. Use a folder inside the workspace, e.g. sf-deploy-results.`
    )
  }
  return dir
}

/** Renders and writes every file; returns absolute paths by key. */
export async function writeReportFiles(
  report: Report,
  settings: ReportFileSettings,
  fs: ReportFileSystem = nodeFileSystem
): Promise<Partial<Record<ReportFileKey, string>>> {
  const dir = resolveResultsDir(settings.workspace, settings.resultsDir)
  const renderers: Record<ReportFileKey, (r: Report) => string> = {
    summary: renderFullSummary,
    result: toResultJson,
    junit: toJUnitXml,
    cobertura: toCoberturaXml,
    lcov: toLcov,
    json: toJsonSummary
  }
  const keys: ReportFileKey[] = ['summary', 'result', ...new Set(settings.formats)]
  const written: Partial<Record<ReportFileKey, string>> = {}
  for (const key of keys) {
    const file = path.join(dir, REPORT_FILE_NAMES[key])
    await fs.mkdir(path.dirname(file))
    await fs.writeFile(file, renderers[key](report))
    written[key] = file
  }
  return written
}
