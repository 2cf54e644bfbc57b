/** The runner-facing sink for the report: step summary plus workflow-command annotations. */
import * as core from '@actions/core'
import type { Annotation } from '../../report/annotations.ts'
import { createJobSummaryWriter, type JobSummaryWriter } from './job-summary.ts'
import { emitWorkflowAnnotations, type AnnotationCommands } from './workflow-annotations.ts'

/** Port the orchestrator and publishReport use; tests pass an in-memory sink. */
export interface ReportSink {
  writeSummary(markdown: string): Promise<void>
  /** Emits within the per-step budget; returns how many were emitted. */
  annotate(annotations: Annotation[]): number
}

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
