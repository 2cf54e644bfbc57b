import type { JobSummaryWriter } from '../github/ports.ts'
import type { OutputName } from '../settings/inputs.ts'
import type { RecordFinder, RecordUploader } from './artifact-store.ts'

/** The workflow run a record belongs to. */
export interface RecordRun {
  /** Commit the package was built from (the PR head on pull_request events). */
  commitSha: string
  repository?: string
  runId?: string
  runAttempt?: string
}

/** What recording and matching validations need from the outside world. */
export interface RecordPorts {
  finder: RecordFinder
  uploader: RecordUploader
  summary: JobSummaryWriter
  setOutput(name: OutputName, value: string): void
  run: RecordRun
}
