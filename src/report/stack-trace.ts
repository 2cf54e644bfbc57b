/**
 * Apex stack traces, one frame per line:
 * `Class.Name.method: line N, column M`, `Class.ns.Name.method: …`, `Class.Outer.Inner.method: …`,
 * `Trigger.Name: line N, column M`, `AnonymousBlock: line 1, column 1`.
 */

/** One parsed frame; `segments` are the dotted names after `Class.`/`Trigger.`. */
export interface StackFrame {
  kind: 'Class' | 'Trigger' | 'Other'
  segments: string[]
  line: number
  column?: number
  /** The frame as it appeared, for messages. */
  text: string
}

const FRAME =
  /^(?:(Class|Trigger)\.)?([\w.<>$]+?)(?:\.<init>|\.<clinit>)?: line (\d+)(?:, column (\d+))?\s*$/

/** Parses every recognisable frame of a stack trace; unrecognised lines are skipped. */
export function parseStackTrace(stackTrace: string | undefined): StackFrame[] {
  if (!stackTrace) return []
  const frames: StackFrame[] = []
  for (const raw of stackTrace.split(/\r?\n/)) {
    const text = raw.trim()
    const match = FRAME.exec(text)
    if (!match) continue
    const [, kind, names, line, column] = match
    const lineNumber = Number(line)
    if (!names || !(lineNumber >= 1)) continue
    frames.push({
      kind: kind === 'Class' || kind === 'Trigger' ? kind : 'Other',
      segments: names.split('.'),
      line: lineNumber,
      ...(column !== undefined && Number(column) >= 1 ? { column: Number(column) } : {}),
      text
    })
  }
  return frames
}

/**
 * The class or trigger names a frame could belong to, most likely first.
 * `Class.A.B.c` is either class `A` (method `B.c`, i.e. inner class B) or namespace `A`, class `B`;
 * the caller decides by checking which exists in the repository.
 */
export function frameCandidates(
  frame: StackFrame
): { type: 'Class' | 'Trigger'; name: string; namespace?: string }[] {
  const [first, second] = frame.segments
  if (frame.kind === 'Trigger') {
    // Trigger frames are `Trigger.Name` or `Trigger.ns.Name`.
    if (frame.segments.length >= 2 && second)
      return [
        { type: 'Trigger', name: second, namespace: first },
        ...(first ? [{ type: 'Trigger' as const, name: first }] : [])
      ]
    return first ? [{ type: 'Trigger', name: first }] : []
  }
  if (frame.kind !== 'Class' || !first) return []
  const candidates: { type: 'Class'; name: string; namespace?: string }[] = [
    { type: 'Class', name: first }
  ]
  if (frame.segments.length >= 3 && second)
    candidates.push({ type: 'Class', name: second, namespace: first })
  return candidates
}

/** True when the frame is inside the given test class (optionally namespaced). */
export function frameIsInClass(frame: StackFrame, className: string, namespace?: string): boolean {
  if (frame.kind !== 'Class') return false
  const [first, second] = frame.segments
  if (namespace && first === namespace && second === className) return true
  return first === className
}
