/** The real RecordPorts: REST finder with the action's token, the given uploader, core outputs and the step summary. */
import { createJobSummaryWriter } from '../action/github/job-summary.ts'
import { readEventPayload, readRunContext } from '../github/run-context.ts'
import type { Settings } from '../settings/settings.ts'
import { setOutputs } from '../action/outputs.ts'
import { createRestRecordFinder, type RecordUploader } from './artifact-store.ts'
import type { RecordPorts } from './ports.ts'

/** Wires the ports from the runner's environment; `uploader` comes from RunDeps so tests can replace it. */
export function createRecordPorts(
  settings: Settings,
  uploader: RecordUploader,
  env: NodeJS.ProcessEnv = process.env
): RecordPorts {
  const context = readRunContext(env, readEventPayload(env))
  return {
    finder: createRestRecordFinder({
      ...(settings.report.githubToken ? { token: settings.report.githubToken } : {}),
      ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {})
    }),
    uploader,
    summary: createJobSummaryWriter(),
    // Through the one outputs module: typed names, redacted values.
    setOutput: (name, value) => setOutputs({ [name]: value }),
    run: {
      commitSha: context?.headSha || env.GITHUB_SHA || '',
      ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
      ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
      ...(env.GITHUB_RUN_ATTEMPT ? { runAttempt: env.GITHUB_RUN_ATTEMPT } : {})
    }
  }
}
