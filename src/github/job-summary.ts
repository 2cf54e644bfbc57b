/** Writes the job summary through @actions/core (appends to the file named by GITHUB_STEP_SUMMARY). */
import * as core from '@actions/core'

/** Port for the step summary; the markdown must already be within budget (renderSummary). */
export interface JobSummaryWriter {
  write(markdown: string): Promise<void>
}

/** The runner's step summary. Without GITHUB_STEP_SUMMARY (local runs) it logs and skips. */
export function createJobSummaryWriter(): JobSummaryWriter {
  return {
    async write(markdown: string): Promise<void> {
      if (!process.env.GITHUB_STEP_SUMMARY) {
        core.info('GITHUB_STEP_SUMMARY is not set; the job summary is only in the summary file.')
        return
      }
      await core.summary.addRaw(markdown, true).write()
      core.summary.emptyBuffer()
    }
  }
}
