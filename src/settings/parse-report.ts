import type { RawInputs } from './inputs.ts'
import { readWorkspacePath } from './parse-paths.ts'
import { optional, readBoolean, readNumber, splitList, type Problems } from './parse-values.ts'
import { refuseLinksInResultsDir } from './results-dir.ts'
import type { ReportSettings } from './settings.ts'

const FORMATS = ['cobertura', 'lcov', 'json', 'junit'] as const
type Format = (typeof FORMATS)[number]

/** Reads the report inputs. */
export function parseReport(raw: RawInputs, problems: Problems): ReportSettings {
  const v = raw.values
  const threshold = optional(v['coverage-threshold'])
    ? readNumber('coverage-threshold', v['coverage-threshold'], { min: 0, max: 100 }, problems)
    : undefined
  const formats = splitList(v['coverage-formats'])
  const unknown = formats.filter((f) => !(FORMATS as readonly string[]).includes(f))
  if (unknown.length > 0) {
    problems.push(
      `coverage-formats: ${unknown.join(', ')} unknown; expected any of ${FORMATS.join(', ')}.`
    )
  }
  const token = optional(v['github-token'])
  const resultsDir = readWorkspacePath(
    'results-dir',
    optional(v['results-dir']) ?? 'sf-deploy-results',
    raw.workspace,
    problems
  )
  if (resultsDir) refuseLinksInResultsDir(resultsDir, raw.workspace, problems)
  return {
    ...(threshold === undefined ? {} : { coverageThreshold: threshold }),
    coverageFormats: formats.filter((f): f is Format => (FORMATS as readonly string[]).includes(f)),
    resultsDir: resultsDir ?? raw.workspace,
    uploadArtifact: readBoolean('upload-artifact', v['upload-artifact'], problems),
    artifactName: optional(v['artifact-name']) ?? 'salesforce-deploy-results',
    checkRun: readBoolean('check-run', v['check-run'], problems),
    prComment: readBoolean('pr-comment', v['pr-comment'], problems),
    ...(token ? { githubToken: token } : {})
  }
}
