/** Writes the job summary to the file named by GITHUB_STEP_SUMMARY. */
import * as core from '@actions/core'
import { appendFile } from 'node:fs/promises'
import type { JobSummaryWriter } from '../../github/ports.ts'
import { redact } from '../../shared/redact.ts'

/**
 * The runner's step summary. The file is looked up on every write (core.summary caches the first
 * path it sees, which breaks a second run in one process). Without GITHUB_STEP_SUMMARY (local
 * runs) it logs and skips. Every summary leaves the process here, so each is redacted here.
 */
export function createJobSummaryWriter(): JobSummaryWriter {
  return {
    async write(markdown: string): Promise<void> {
      const file = process.env.GITHUB_STEP_SUMMARY
      if (!file) {
        core.info('GITHUB_STEP_SUMMARY is not set; the job summary is only in the summary file.')
        return
      }
      const text = redact(markdown)
      await appendFile(file, text.endsWith('\n') ? text : `${text}\n`, 'utf8')
    }
  }
}
