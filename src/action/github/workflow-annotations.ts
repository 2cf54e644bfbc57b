/**
 * Emits annotations as workflow commands through @actions/core, within GitHub's per-step limits
 * (10 per level; the rest would be silently dropped), most important first.
 */
import type { AnnotationProperties } from '@actions/core'
import { selectWorkflowAnnotations, type Annotation } from '../../report/annotations.ts'

/** The three @actions/core functions used; tests pass a recorder. */
export interface AnnotationCommands {
  error(message: string, properties?: AnnotationProperties): void
  warning(message: string, properties?: AnnotationProperties): void
  notice(message: string, properties?: AnnotationProperties): void
}

/** Emits the budgeted selection; returns how many were emitted. @actions/core escapes values. */
export function emitWorkflowAnnotations(
  annotations: Annotation[],
  commands: AnnotationCommands
): number {
  const selected = selectWorkflowAnnotations(annotations)
  for (const a of selected) {
    const properties = toProperties(a)
    if (a.level === 'failure') commands.error(a.message, properties)
    else if (a.level === 'warning') commands.warning(a.message, properties)
    else commands.notice(a.message, properties)
  }
  return selected.length
}

function toProperties(a: Annotation): AnnotationProperties {
  const singleLine =
    a.startLine !== undefined && (a.endLine === undefined || a.endLine === a.startLine)
  return {
    title: a.title,
    ...(a.path ? { file: a.path } : {}),
    ...(a.path && a.startLine ? { startLine: a.startLine, endLine: a.endLine ?? a.startLine } : {}),
    // Columns only make sense when the annotation covers a single line.
    ...(a.path && singleLine && a.startColumn
      ? { startColumn: a.startColumn, endColumn: a.endColumn ?? a.startColumn }
      : {})
  }
}
