/** The real RecordPorts: REST finder with the action's token, the given uploader, and the run's result parts. */
import type { RunEnv } from '../shared/env.ts'
import { runContextOf } from '../github/run-context.ts'
import type { OctokitFactory } from '../github/ports.ts'
import type { ResultParts } from '../runner/run-result.ts'
import type { BaseSettings } from '../settings/settings.ts'
import { createRestRecordFinder, type RecordUploader } from './artifact-store.ts'
import type { RecordPorts } from './ports.ts'

/** Wires the ports from the run's environment; `uploader` comes from RunDeps so tests can replace it. */
export function createRecordPorts(
  settings: Pick<BaseSettings, 'report'>,
  deps: { recordUploader: RecordUploader; env: RunEnv; octokit: OctokitFactory },
  parts: ResultParts
): RecordPorts {
  const { env } = deps
  const context = runContextOf(env)
  return {
    finder: createRestRecordFinder({
      octokit: deps.octokit,
      ...(settings.report.githubToken ? { token: settings.report.githubToken } : {}),
      ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {})
    }),
    uploader: deps.recordUploader,
    summary: { write: async (markdown) => parts.section(markdown) },
    setOutput: (name, value) => parts.output(name, value),
    run: {
      commitSha: context?.headSha || env.GITHUB_SHA || '',
      ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
      ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
      ...(env.GITHUB_RUN_ATTEMPT ? { runAttempt: env.GITHUB_RUN_ATTEMPT } : {})
    }
  }
}
