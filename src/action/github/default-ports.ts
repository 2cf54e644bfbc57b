/** The real adapters for publishReport; main.ts wires these, tests pass fakes. */
import type { Logger } from '../../shared/logger.ts'
import { createArtifactUploader } from './artifact-uploader.ts'
import { createOctokit } from './octokit.ts'
import type { PublishPorts } from '../../github/publish-report.ts'
import { nodeFileSystem } from '../../github/report-files.ts'
import { createCoreReportSink } from './report-sink.ts'

/** Ports over node:fs, @actions/core, @actions/github and @actions/artifact. */
export function createPublishPorts(logger: Logger): PublishPorts {
  return {
    fs: nodeFileSystem,
    sink: createCoreReportSink(),
    octokit: (token) => createOctokit(token),
    artifact: createArtifactUploader,
    logger
  }
}
