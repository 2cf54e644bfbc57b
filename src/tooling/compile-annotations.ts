/**
 * Compile problems → line annotations on the repository's files. Paths come from the files that
 * were sent (type + name → path), never from rewriting the org's `fileName`; a problem without a
 * line is placed on line 1 without a column (the org sends null or -1 lines).
 */
import {
  ANNOTATION_MESSAGE_MAX,
  ANNOTATION_TITLE_MAX,
  type Annotation
} from '../report/annotations.ts'
import type { ClassifiedFile, CompileMessage } from './compile-model.ts'
import { namesMember } from './member-name.ts'

/** Annotations for a final request status, errors first, dependants last. Pure. */
export function compileAnnotations(
  messages: CompileMessage[],
  files: ClassifiedFile[]
): Annotation[] {
  const members = files.filter((f) => f.kind === 'member')
  const ordered = [
    ...messages.filter((m) => m.severity === 'error' && !m.dependant),
    ...messages.filter((m) => m.severity === 'warning'),
    ...messages.filter((m) => m.severity === 'error' && m.dependant)
  ]
  const sentPath = (m: CompileMessage): string | undefined =>
    members.find((f) => namesMember(m, f.type, f.name))?.path
  return ordered.map((m) => toAnnotation(m, sentPath(m)))
}

function toAnnotation(m: CompileMessage, path: string | undefined): Annotation {
  const location: Partial<Annotation> = path
    ? {
        path,
        startLine: m.line ?? 1,
        endLine: m.line ?? 1,
        ...(m.line && m.column ? { startColumn: m.column, endColumn: m.column } : {})
      }
    : {}
  const message = path
    ? m.problem
    : `${m.problem}\n(${m.fileName || `${m.componentType} ${m.fullName}`})`
  return {
    level: m.severity === 'error' && !m.dependant ? 'failure' : 'warning',
    ...location,
    title: clip(
      `${m.dependant ? 'Dependant ' : ''}${m.componentType} ${m.fullName}`,
      ANNOTATION_TITLE_MAX
    ),
    message: clip(message, ANNOTATION_MESSAGE_MAX)
  }
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
