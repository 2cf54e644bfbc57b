/** Builds the test section: counts, failures located via their stack traces, slowest tests. */
import type { DeployResult, TestResult } from '../model/deploy-result.ts'
import type { ApexSourceResolver, TestRow, TestSection } from './report-types.ts'
import { frameCandidates, frameIsInClass, parseStackTrace } from './stack-trace.ts'

/** How many of the slowest tests the report lists. */
export const SLOWEST_TESTS = 10

/** Builds the test section from the run test result. */
export function buildTestSection(
  result: DeployResult,
  resolveApex?: ApexSourceResolver
): TestSection {
  const run = result.details?.runTestResult
  const rows = (run?.tests ?? []).map((t) => toRow(t, resolveApex))
  const failures = rows.filter((r) => r.outcome === 'Fail')
  const passes = rows.filter((r) => r.outcome === 'Pass')
  const slowest = [...rows]
    .sort((a, b) => b.timeMs - a.timeMs || testName(a).localeCompare(testName(b)))
    .slice(0, SLOWEST_TESTS)
  // Displayed numbers come from details when present (the counters can disagree with them), counters otherwise.
  const total =
    rows.length > 0 ? rows.length : Math.max(run?.numTestsRun ?? 0, result.numberTestsTotal)
  const failed =
    rows.length > 0 ? failures.length : Math.max(run?.numFailures ?? 0, result.numberTestErrors)
  return {
    ran: total > 0,
    total,
    passed: rows.length > 0 ? passes.length : result.numberTestsCompleted,
    failed,
    totalTimeMs: run?.totalTimeMs ?? 0,
    failures,
    passes,
    slowest
  }
}

/** `Class.method`, or `Class (class-level)` when the method is unknown. */
export function testName(t: Pick<TestRow, 'qualifiedClass' | 'methodName'>): string {
  return t.methodName ? `${t.qualifiedClass}.${t.methodName}` : `${t.qualifiedClass} (class-level)`
}

function toRow(t: TestResult, resolveApex?: ApexSourceResolver): TestRow {
  const path = resolveApex?.('Class', t.className)
  const location = t.outcome === 'Fail' ? locateFailure(t, path, resolveApex) : undefined
  const exceptionType = t.message ? exceptionTypeOf(t.message) : undefined
  return {
    className: t.className,
    ...(t.namespace ? { namespace: t.namespace } : {}),
    qualifiedClass: t.namespace ? `${t.namespace}.${t.className}` : t.className,
    ...(t.methodName ? { methodName: t.methodName } : {}),
    outcome: t.outcome,
    timeMs: t.timeMs,
    ...(t.message !== undefined ? { message: t.message } : {}),
    ...(t.stackTrace ? { stackTrace: t.stackTrace } : {}),
    ...(exceptionType ? { exceptionType } : {}),
    ...(path ? { path } : {}),
    ...(location ? { location } : {}),
    ...(t.retryNote ? { retryNote: t.retryNote } : {}),
    ...(t.flakyFailure ? { flakyFailure: t.flakyFailure } : {})
  }
}

/**
 * Annotate at the first frame inside the failing test class; otherwise at the first frame that
 * maps to a repository file (docs/reports.md). No frame → no location.
 */
function locateFailure(
  t: TestResult,
  testPath: string | undefined,
  resolveApex?: ApexSourceResolver
): TestRow['location'] {
  const frames = parseStackTrace(t.stackTrace)
  const own = frames.find((f) => frameIsInClass(f, t.className, t.namespace))
  if (own && testPath)
    return { path: testPath, line: own.line, ...(own.column ? { column: own.column } : {}) }
  for (const frame of frames) {
    for (const candidate of frameCandidates(frame)) {
      const path = resolveApex?.(candidate.type, candidate.name)
      if (path) return { path, line: frame.line, ...(frame.column ? { column: frame.column } : {}) }
    }
  }
  return undefined
}

/** `System.AssertException: …` → `System.AssertException`; only when it looks like a type name. */
export function exceptionTypeOf(message: string): string | undefined {
  const head = message.split(':', 1)[0]?.trim() ?? ''
  return /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*(Exception|Error)$/.test(head) ? head : undefined
}
