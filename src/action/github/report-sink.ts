/** The runner-facing sink for the report: step summary plus workflow-command annotations. */
import * as core from '@actions/core'
import type { JobSummaryWriter, ReportSink } from '../../github/ports.ts'
import { createJobSummaryWriter } from './job-summary.ts'
import { emitWorkflowAnnotations, type AnnotationCommands } from './workflow-annotations.ts'

/** The real sink over @actions/core. */
export function createCoreReportSink(
  summary: JobSummaryWriter = createJobSummaryWriter(),
  commands: AnnotationCommands = core
): ReportSink {
  return {
    writeSummary: (markdown) => summary.write(markdown),
    annotate: (annotations) => emitWorkflowAnnotations(annotations, commands)
  }
}
