/** The real adapters for publishReport; main.ts wires these, tests pass fakes. */
import type { Logger } from '../../shared/logger.ts'
import type { ArtifactUploader, OctokitFactory } from '../../github/ports.ts'
import type { PublishPorts } from '../../github/publish-report.ts'
import { nodeFileSystem } from '../../github/report-files.ts'
import { createCoreReportSink } from './report-sink.ts'

/** Ports over node:fs, @actions/core, and the run's GitHub and artifact clients. */
export function createPublishPorts(
  logger: Logger,
  octokit: OctokitFactory,
  artifact: () => ArtifactUploader
): PublishPorts {
  return { fs: nodeFileSystem, sink: createCoreReportSink(), octokit, artifact, logger }
}
